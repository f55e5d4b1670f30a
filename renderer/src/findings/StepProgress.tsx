/**
 * Progress of a running operation, one row per step (`dns.spf`, `mx`, `bounce`, …), from the
 * operation's progress events: waiting, running, done, failed or skipped, with the step's last
 * message. Steps the caller expects but that have not reported yet show as waiting.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../electron/engine/contract/result.ts';

export type StepRowState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

export interface StepRow {
  readonly step: string;
  readonly state: StepRowState;
  readonly message?: string;
}

/** The latest state of each step, in the order steps first appeared (expected ones first). */
export function stepRows(events: readonly ProgressEvent[], expected: readonly string[] = [], running = true): StepRow[] {
  const rows = new Map<string, StepRow>();
  for (const step of expected) rows.set(step, { step, state: 'waiting' });
  for (const e of events) {
    const prev = rows.get(e.step);
    const state: StepRowState =
      e.state === 'started' ? 'running' : e.state === 'info' ? (prev?.state === 'waiting' || !prev ? 'running' : prev.state) : e.state;
    const message = e.message ?? prev?.message;
    rows.set(e.step, { step: e.step, state, ...(message !== undefined ? { message } : {}) });
  }
  // Once the run has ended, a step that never finished did not run to the end.
  if (!running) {
    for (const [k, r] of rows) if (r.state === 'running' || r.state === 'waiting') rows.set(k, { ...r, state: 'skipped' });
  }
  return [...rows.values()];
}

const MARK: Readonly<Record<StepRowState, string>> = { waiting: '○', running: '', done: '✓', failed: '✕', skipped: '–' };

export interface StepProgressProps {
  readonly events: readonly ProgressEvent[];
  readonly expected?: readonly string[];
  readonly running: boolean;
  /** Accessible name of the list, e.g. "Checks of example.com". */
  readonly label: string;
  /** Show each step's last message (off when messages only repeat the step's name). */
  readonly showMessages?: boolean;
}

export function StepProgress({ events, expected, running, label, showMessages = true }: StepProgressProps): ReactNode {
  const { t } = useTranslation();
  const rows = stepRows(events, expected, running);
  if (rows.length === 0) return null;
  const done = rows.filter((r) => r.state === 'done' || r.state === 'failed' || r.state === 'skipped').length;
  return (
    <div className="step-progress">
      <p className="step-progress-summary" role="status">
        {running ? t('progress.summary.running', { done, total: rows.length }) : t('progress.summary.ended', { done, total: rows.length })}
      </p>
      <ol className="step-progress-list" aria-label={label}>
        {rows.map((r) => (
          <li key={r.step} className={`progress-row is-${r.state}`} data-step={r.step} data-state={r.state}>
            <span className="progress-mark" aria-hidden="true">
              {MARK[r.state]}
            </span>
            <span className="progress-name">{t(`check.${r.step}`, { defaultValue: r.step })}</span>
            <span className="progress-state">{t(`progress.state.${r.state}`)}</span>
            {showMessages && r.message ? <span className="progress-message">{r.message}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
