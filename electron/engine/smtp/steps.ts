/**
 * Timing of a probe's steps. Each step is begun, then ended with a status and a plain-facts
 * detail; the caller's `onProgress` hears about every finished step as it happens.
 */
import type { FindingStatus } from '../model/finding.ts';
import type { Step } from './types.ts';

export class StepRecorder {
  readonly steps: Step[] = [];
  private current: { name: string; startedAt: Date; t0: number } | undefined;
  private readonly now: () => Date;
  private readonly onProgress: ((step: Step) => void) | undefined;

  constructor(now: () => Date, onProgress?: (step: Step) => void) {
    this.now = now;
    this.onProgress = onProgress;
  }

  /** Starts a step (ending any step still open as `ok`, which should not happen). */
  begin(name: string): void {
    if (this.current) this.end('ok', '');
    this.current = { name, startedAt: this.now(), t0: performance.now() };
  }

  /** The step in progress, if any. */
  get open(): string | undefined {
    return this.current?.name;
  }

  /** Ends the open step. */
  end(status: FindingStatus, detail: string): void {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    this.push({ name: c.name, status, startedAt: c.startedAt.toISOString(), ms: Math.round(performance.now() - c.t0), detail });
  }

  /** Records a step that did not run, with why. */
  skip(name: string, detail: string): void {
    if (this.current) this.end('ok', '');
    this.push({ name, status: 'skipped', startedAt: this.now().toISOString(), ms: 0, detail });
  }

  private push(step: Step): void {
    this.steps.push(step);
    this.onProgress?.(step);
  }
}
