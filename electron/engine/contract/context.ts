/**
 * What every handler is given: cancellation, progress, an evidence recorder, the language, and the
 * services a host provides (storage, clock, environment). Hosts build it; handlers never reach
 * for globals, so the same handler runs in Electron, the CLI and tests.
 */
import type { Lang } from '../i18n/index.ts';
import type { Evidence } from '../model/finding.ts';
import type { CaseStore } from '../store/types.ts';
import type { SecretStore } from '../store/secrets.ts';
import type { PdfRenderer } from '../report/pdf.ts';
import type { ProgressEvent } from './result.ts';

/** Facts about the running host. */
export interface HostEnvironment {
  readonly appVersion: string;
  readonly host: 'electron' | 'cli' | 'bridge' | 'test';
  /** e.g. `linux 6.1.0 x64`. */
  readonly os: string;
  /** The user's IANA time zone. */
  readonly timeZone: string;
  /** Which DNS servers the checks use, for the report (`system` or `host:port, …`). */
  readonly resolver: string;
}

export interface Services {
  readonly store: CaseStore;
  readonly env: HostEnvironment;
  readonly now: () => Date;
  readonly randomId: () => string;
  /** Remembered passwords (the Electron app only, through safeStorage). */
  readonly secrets?: SecretStore;
  /** Prints report HTML to PDF: Electron's printToPDF in the app, a local Chromium/Chrome/Edge elsewhere. */
  readonly pdf?: PdfRenderer;
}

/** Collects the evidence an operation gathered, in order. */
export interface EvidenceRecorder {
  record(evidence: Evidence): void;
  readonly items: readonly Evidence[];
}

export function createEvidenceRecorder(): EvidenceRecorder {
  const items: Evidence[] = [];
  return {
    record: (e) => {
      items.push(e);
    },
    items,
  };
}

export interface OpContext {
  readonly signal: AbortSignal;
  readonly progress: (event: ProgressEvent) => void;
  readonly evidence: EvidenceRecorder;
  readonly lang: Lang;
  readonly services: Services;
}
