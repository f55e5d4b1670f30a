/**
 * Step 4, DNS & reputation: the domain checks (`domainCheck`) for the sender's domain and each
 * recipient's domain, run side by side with progress per check, then the findings of each domain
 * grouped by severity. Results are stored in the case (`dns.sender`, `dns.recipient.<domain>`).
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { CancelButton } from '../findings/OperationError.tsx';
import { withoutResults } from '../findings/results.ts';
import { cancelRun, startRun, useOperationRun, useRunStates } from '../findings/run.ts';
import { useSessionStore } from '../findings/session.tsx';
import { currentLang } from '../i18n/index.ts';
import { DnsOptions, optionOfField } from './DnsOptions.tsx';
import { DomainPanel } from './DomainPanel.tsx';
import { domainTask, runInput } from './run-domain.ts';
import { useDnsSettings } from './settings.ts';
import { dnsTargets, expectedChecks, RECIPIENT_PREFIX, type DnsTarget } from './targets.ts';

export interface DnsStepProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly onGoToCase: () => void;
}

const runKey = (target: DnsTarget): string => `dns:${target.key}`;

function Panel(props: {
  target: DnsTarget;
  draft: Case;
  expected: readonly string[];
  busy: boolean;
  onRun: (target: DnsTarget) => void;
}): ReactNode {
  const run = useOperationRun(runKey(props.target));
  return (
    <DomainPanel
      target={props.target}
      result={props.draft.results[props.target.key]}
      run={run.state}
      expected={props.expected}
      busy={props.busy}
      onRun={() => props.onRun(props.target)}
    />
  );
}

export function DnsStep({ draft, update, flush, onGoToCase }: DnsStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const store = useSessionStore();
  const targets = useMemo(() => dnsTargets(draft), [draft]);
  const { settings, edit } = useDnsSettings(draft);
  const runs = useRunStates(targets.map(runKey));
  const busy = runs.some((r) => r.status === 'running');
  const input = runInput(settings);
  const refused = runs.find((r) => r.status === 'failed' && optionOfField(r.error?.field) !== undefined)?.error;
  const problemField = optionOfField(refused?.field);
  const hasResults = targets.some((target) => draft.results[target.key] !== undefined);

  const runOne = (target: DnsTarget): void => {
    startRun(store, runKey(target), domainTask({ target, input, draft, lang, update, flush }));
  };
  const runAll = (): void => {
    // Domains no longer in the case would otherwise linger in the report.
    const keep = new Set(targets.map((x) => x.key));
    update((c) => withoutResults(c, (k) => k.startsWith(RECIPIENT_PREFIX) && !keep.has(k)));
    targets.forEach(runOne);
  };
  const cancelAll = (): void => targets.forEach((target) => cancelRun(store, runKey(target)));

  if (targets.length === 0) {
    return (
      <div className="dns-step">
        <p className="step-intro">{t('step.dns.intro')}</p>
        <div className="notice notice-neutral" role="note">
          <div className="notice-body">
            <p>{t('dns.noTargets')}</p>
            <p>
              <button type="button" className="button-link" onClick={onGoToCase}>
                {t('planned.case.goTo')}
              </button>
            </p>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="dns-step">
      <p className="step-intro">{t('step.dns.intro')}</p>
      <form
        className="dns-form"
        noValidate
        aria-label={t('dns.options.heading')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) runAll();
        }}
      >
        <p className="dns-targets">
          {t('dns.targets', {
            domains: targets.map((x) => x.domain).join(', '),
          })}
        </p>
        <DnsOptions
          settings={settings}
          onEdit={edit}
          disabled={busy}
          ipFromCase={draft.facts.sendingIp.trim() !== ''}
          {...(refused && problemField ? { problem: { field: problemField, message: refused.message } } : {})}
        />
        <div className="run-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {hasResults ? t('dns.rerun') : t('dns.run')}
          </button>
          {busy ? <CancelButton onCancel={cancelAll} /> : null}
        </div>
      </form>
      <div className="domain-panels">
        {targets.map((target) => (
          <Panel
            key={target.key}
            target={target}
            draft={draft}
            expected={expectedChecks(target.role, target.role === 'sender' && input.ips.length > 0)}
            busy={busy}
            onRun={runOne}
          />
        ))}
      </div>
    </div>
  );
}
