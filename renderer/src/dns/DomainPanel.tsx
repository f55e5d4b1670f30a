/**
 * One domain of the DNS step: its progress while the checks run, then its findings grouped by
 * severity with the DNS evidence one click away, when it was checked, which servers were asked
 * and which checks ran. "Check again" re-runs this domain alone (after a DNS fix, say).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepResult } from '../../../electron/engine/model/case.ts';
import { FindingList } from '../findings/FindingList.tsx';
import { formatMs } from '../findings/format.ts';
import { OperationError } from '../findings/OperationError.tsx';
import { ResultMeta } from '../findings/ResultMeta.tsx';
import type { RunState } from '../findings/run.ts';
import { StepProgress } from '../findings/StepProgress.tsx';
import { currentLang } from '../i18n/index.ts';
import type { DnsResultData } from './run-domain.ts';
import type { DnsTarget } from './targets.ts';

function ChecksRan({ steps }: { steps: DnsResultData['steps'] }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (steps.length === 0) return null;
  return (
    <details className="checks-ran">
      <summary>{t('dns.checks.summary', { count: steps.length })}</summary>
      <ul>
        {steps.map((s, i) => (
          <li key={`${s.name}-${i}`} className={`is-${s.status}`}>
            <span>{t(`check.${s.name}`, { defaultValue: s.name })}</span>
            <span className="meta">
              {t(`dns.checks.status.${s.status}`, { defaultValue: s.status })} · {formatMs(lang, s.ms)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface DomainPanelProps {
  readonly target: DnsTarget;
  readonly result: StepResult | undefined;
  readonly run: RunState;
  readonly expected: readonly string[];
  readonly onRun: () => void;
  readonly busy: boolean;
}

export function DomainPanel({ target, result, run, expected, onRun, busy }: DomainPanelProps): ReactNode {
  const { t } = useTranslation();
  const running = run.status === 'running';
  const data = result?.data as DnsResultData | undefined;
  const headingId = `dns-${target.key.replace(/[^a-z0-9-]/giu, '-')}`;
  return (
    <section className="domain-panel" aria-labelledby={headingId} data-domain={target.domain} data-role={target.role}>
      <header className="domain-panel-head">
        <div>
          <h2 id={headingId}>
            {t(`dns.target.${target.role}`)} <span className="domain-name">{target.domain}</span>
          </h2>
          <p className="meta">{target.addresses.join(', ')}</p>
        </div>
        {result && !running ? (
          <button type="button" className="button-secondary" onClick={onRun} disabled={busy}>
            {t('dns.runOne')}
            <span className="visually-hidden"> {target.domain}</span>
          </button>
        ) : null}
      </header>

      {running ? (
        <StepProgress
          events={run.events}
          expected={expected}
          running
          label={t('dns.progressLabel', { domain: target.domain })}
          showMessages={false}
        />
      ) : null}
      {!running && run.error ? <OperationError error={run.error} what={t('dns.failedWhat', { domain: target.domain })} /> : null}

      {result && !running ? (
        <div className="domain-result">
          <div className="result-facts">
            <ResultMeta result={result} />
            {data?.resolver ? <p className="meta">{t('dns.resolver', { resolver: data.resolver })}</p> : null}
            {data?.steps ? <ChecksRan steps={data.steps} /> : null}
          </div>
          <FindingList findings={result.findings} level={3} />
        </div>
      ) : null}
      {!result && !running && !run.error ? <p className="meta">{t('dns.notRun')}</p> : null}
    </section>
  );
}
