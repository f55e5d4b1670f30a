/**
 * How an operation's outcome travels over every host: plain JSON, never an exception. Codes are a
 * closed set so the UI and the CLI branch on data, not on message text.
 */

export const ERROR_CODES = [
  'invalid-input',
  'unknown-operation',
  'not-found',
  'io',
  'cancelled',
  'timeout',
  'unsupported',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface OpFailure {
  readonly ok: false;
  readonly code: ErrorCode;
  /** A sentence for a person, naming the field or file at fault. */
  readonly message: string;
  /** The input field at fault, as a dotted path (`recipients.1`), when there is one. */
  readonly field?: string;
}

export interface OpSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

export type OpResult<T> = OpSuccess<T> | OpFailure;

/**
 * Thrown by handlers for failures a user can cause and fix (a missing file, an unreadable
 * format); the dispatcher turns it into an `OpFailure`. Anything else that escapes is a bug.
 */
export class OpError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'OpError';
    this.code = code;
    this.field = field;
  }
}

/** Progress of a running operation, for a progress bar or a stderr line. */
export interface ProgressEvent {
  /** The step that moved, e.g. `dns.spf`. */
  readonly step: string;
  readonly state: 'started' | 'done' | 'failed' | 'skipped' | 'info';
  /** A short line for a person, in the run's language. */
  readonly message?: string;
  /** Completed fraction 0..1 of the whole operation, when known. */
  readonly fraction?: number;
}
