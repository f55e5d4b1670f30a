/**
 * The phases of the test (DNS, connect, greeting, EHLO, TLS, login, addresses, RSET, QUIT, and
 * the test message): live from the progress events while it runs, then from the steps the engine
 * timed, each with its outcome and duration.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../electron/engine/contract/result.ts';
import { formatMs } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import { TRANSCRIPT_STEP } from './run-test.ts';

export type PhaseStatus = 'ok' | 'info' | 'warning' | 'error' | 'skipped';

export interface Phase {
  readonly name: string;
  readonly status: PhaseStatus;
  readonly ms?: number;
  readonly detail?: string;
  /** Part of the test message's session rather than the check's. */
  readonly send?: boolean;
}

const STATUSES: readonly string[] = ['ok', 'info', 'warning', 'error', 'skipped'];
const MARK: Readonly<Record<PhaseStatus | 'running', string>> = { ok: '✓', info: 'i', warning: '!', error: '✕', skipped: '–', running: '' };

/** Phases reported so far by a running test (`smtp.<name>` events, message `<name>: <status>`). */
export function phasesOfEvents(events: readonly ProgressEvent[]): Phase[] {
  const phases: Phase[] = [];
  let send = false;
  for (const e of events) {
    if (!e.step.startsWith('smtp.') || e.step === TRANSCRIPT_STEP) continue;
    const name = e.step.slice('smtp.'.length);
    const status = /:\s*(\w+)$/u.exec(e.message ?? '')?.[1] ?? (e.state === 'done' ? 'ok' : 'info');
    // A second DNS step starts the test message's own session.
    if (name === 'dns' && phases.length > 0) send = true;
    phases.push({ name, status: (STATUSES.includes(status) ? status : 'info') as PhaseStatus, ...(send ? { send } : {}) });
  }
  return phases;
}

export function PhaseList({ phases, running }: { phases: readonly Phase[]; running: boolean }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (phases.length === 0 && !running) return null;
  return (
    <div className="phase-list">
      <h3 className="phase-heading">{t('smtp.phases.heading')}</h3>
      <ol aria-label={t('smtp.phases.heading')}>
        {phases.map((p, i) => (
          <li
            key={`${p.name}-${i}`}
            className={`phase is-${p.status}${p.send && !phases[i - 1]?.send ? ' starts-send' : ''}`}
            data-phase={p.name}
            data-status={p.status}
          >
            {p.send && !phases[i - 1]?.send ? <span className="phase-section">{t('smtp.phases.send')}</span> : null}
            <span className="phase-mark" aria-hidden="true">
              {MARK[p.status]}
            </span>
            <span className="phase-name">{t(`smtp.phase.${p.name}`, { defaultValue: p.name })}</span>
            <span className="phase-state">
              {t(`status.${p.status}`)}
              {p.ms !== undefined && p.status !== 'skipped' ? ` · ${formatMs(lang, p.ms)}` : ''}
            </span>
            {p.detail ? (
              <span className="phase-detail mono" title={p.detail}>
                {p.detail}
              </span>
            ) : null}
          </li>
        ))}
        {running ? (
          <li className="phase is-running" aria-live="polite">
            <span className="phase-mark smtp-spinner" aria-hidden="true" />
            <span className="phase-name">{t('smtp.phases.running')}</span>
          </li>
        ) : null}
      </ol>
    </div>
  );
}
