/**
 * The report: what is forwarded to the recipient's support. Built by the engine from a case and
 * findings; rendered as HTML, text and JSON by `report/`.
 */
import type { Case } from './case.ts';
import type { Finding, WhoMustAct } from './finding.ts';

/** One step of a diagnosis, with how long it took. */
export interface StepRecord {
  /** Step name, e.g. `dns.spf`, `smtp.probe`. */
  readonly name: string;
  readonly status: 'done' | 'failed' | 'skipped' | 'cancelled';
  /** ISO 8601 start time. */
  readonly startedAt: string;
  /** Duration in milliseconds. */
  readonly ms: number;
  /** Why it was skipped or failed, in the run's language. */
  readonly detail?: string;
}

/** Where the report was made. */
export interface Environment {
  /** Mailpath's version. */
  readonly appVersion: string;
  /** e.g. `linux 6.1 x64`. */
  readonly os: string;
  /** Which host ran the engine: `electron`, `cli` or `bridge`. */
  readonly host: string;
  /** The DNS servers asked, `host:port`, or `system`. */
  readonly resolver: string;
  /** The report's language. */
  readonly lang: string;
  /** The user's time zone. */
  readonly timeZone: string;
}

/** Who must act, in one sentence, and the finding that decided it. */
export interface Verdict {
  readonly whoMustAct: WhoMustAct;
  readonly sentence: string;
  /** The id of the finding the verdict rests on, when any. */
  readonly basedOn?: string;
  /** The rule of the verdict table that decided, when one did. */
  readonly rule?: string;
  /** The next two or three things to do, in order. */
  readonly nextSteps: readonly string[];
}

export interface Report {
  /** Format version of this JSON; bumped on incompatible change. */
  readonly reportVersion: 1;
  /** ISO 8601 generation time. */
  readonly generatedAt: string;
  readonly case: Case;
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  readonly steps: readonly StepRecord[];
  readonly environment: Environment;
}

export { FindingSchema, StepRecordSchema } from './schemas.ts';
