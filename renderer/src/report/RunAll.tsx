/**
 * "Run everything": says what the run will use (the server of step 2, the password only if step 3
 * holds one, the files of step 5), runs `diagnose` with progress per step, can be cancelled, and
 * says what changed since the last run.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domainOf } from '../../../electron/engine/model/address.ts';
import type { Case } from '../../../electron/engine/model/case.ts';
import { CancelButton, OperationError } from '../findings/OperationError.tsx';
import { useOperationRun } from '../findings/run.ts';
import { useSessionState } from '../findings/session.tsx';
import { stepRows } from '../findings/StepProgress.tsx';
import { useDnsSettings } from '../dns/settings.ts';
import { currentLang } from '../i18n/index.ts';
import type { OfflineItem } from '../offline/items.ts';
import { cleanHost, effectivePort, hostPort, parseServers } from '../smtp/host.ts';
import { useRecentServers } from '../smtp/recent.ts';
import { usePassword, useServerSettings } from '../smtp/server-settings.ts';
import { diagnoseData } from './collect.ts';
import { stepLabel } from './labels.ts';
import { diagnoseInput, expectedSteps, isFlowStep, RUN_ALL_KEY, runAllTask } from './run-all.ts';

const NO_ITEMS: readonly OfflineItem[] = [];

export interface RunAllProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
}

export function RunAll({ draft, update, flush }: RunAllProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const recent = useRecentServers();
  const { server, advanced } = useServerSettings(draft, recent.list, update);
  const [password] = usePassword();
  const [items] = useSessionState('offline.items', NO_ITEMS);
  const { settings: dnsSettings } = useDnsSettings(draft);
  const [send, setSend] = useState(false);
  const run = useOperationRun(RUN_ALL_KEY);

  const host = cleanHost(server.host);
  const port = effectivePort(server);
  const hasServer = host !== '' && port !== undefined;
  // The DNS step's servers when it was given some, else those of the server step's advanced options.
  const dnsServers = parseServers(dnsSettings.servers).length > 0 ? parseServers(dnsSettings.servers) : parseServers(advanced.dnsServers);
  const options = {
    draft,
    ...(hasServer ? { server: { host, port: server.port, security: server.security, user: server.user, password, ca: advanced.ca } } : {}),
    send: send && password !== '',
    items,
    dnsServers,
  };
  const domains = [...new Set(draft.recipients.map((r) => domainOf(r.trim())).filter((d): d is string => Boolean(d)))];
  const expected = expectedSteps(diagnoseInput(options), domains);
  const rows = stepRows(
    run.state.events.filter((e) => isFlowStep(e.step)),
    run.running || run.state.status !== 'idle' ? expected : [],
    run.running,
  );
  const diff = run.state.status === 'done' ? diagnoseData(draft)?.diff : undefined;

  return (
    <section className="report-section run-all" aria-labelledby={`${id}-heading`} data-testid="run-all">
      <h2 id={`${id}-heading`}>{t('report.runAll.heading')}</h2>
      <p className="section-hint">{t('report.runAll.intro')}</p>
      <ul className="run-all-plan">
        <li>
          {hasServer
            ? t(password !== '' ? 'report.runAll.serverWithPassword' : 'report.runAll.serverNoPassword', { server: hostPort(host, port) })
            : t('report.runAll.noServer')}
        </li>
        <li>{items.length > 0 ? t('report.runAll.files', { count: items.length }) : t('report.runAll.noFiles')}</li>
        <li>{t('report.runAll.network')}</li>
      </ul>
      <div className="choice">
        <input
          id={`${id}-send`}
          type="checkbox"
          checked={send && password !== ''}
          disabled={password === '' || run.running}
          onChange={(e) => setSend(e.target.checked)}
        />
        <label htmlFor={`${id}-send`}>{t('report.runAll.send')}</label>
      </div>
      {password === '' ? <p className="field-hint run-all-send-hint">{t('report.runAll.sendNeedsPassword')}</p> : null}
      <div className="run-actions">
        <button
          type="button"
          className="button-primary"
          disabled={run.running}
          onClick={() => run.start(runAllTask({ ...options, lang, update, flush }))}
        >
          {run.running ? t('report.runAll.running') : t('report.runAll.run')}
        </button>
        {run.running ? <CancelButton onCancel={run.cancel} /> : null}
      </div>
      {rows.length > 0 ? (
        <div className="step-progress">
          <p className="step-progress-summary" role="status">
            {t(run.running ? 'progress.summary.running' : 'progress.summary.ended', {
              done: rows.filter((r) => r.state === 'done' || r.state === 'failed' || r.state === 'skipped').length,
              total: rows.length,
            })}
          </p>
          <ol className="step-progress-list" aria-label={t('report.runAll.progress')}>
            {rows.map((r) => (
              <li key={r.step} className={`progress-row is-${r.state}`} data-step={r.step} data-state={r.state}>
                <span className="progress-mark" aria-hidden="true">
                  {r.state === 'done' ? '✓' : r.state === 'failed' ? '✕' : r.state === 'skipped' ? '–' : r.state === 'waiting' ? '○' : ''}
                </span>
                <span className="progress-name">{stepLabel(t, r.step)}</span>
                <span className="progress-state">{t(`progress.state.${r.state}`)}</span>
                {r.message && r.state !== 'running' ? <span className="progress-message">{r.message}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {run.state.error ? <OperationError error={run.state.error} what={t('report.runAll.what')} /> : null}
      {diff ? (
        <p className="notice notice-info run-all-diff" role="status" data-testid="run-all-diff">
          {t('report.runAll.diff', { fixed: diff.fixed.length, new: diff.new.length, unchanged: diff.unchanged.length })}
        </p>
      ) : run.state.status === 'done' ? (
        <p className="notice notice-info" role="status">
          {t('report.runAll.done')}
        </p>
      ) : null}
    </section>
  );
}
