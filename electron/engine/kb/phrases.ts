/**
 * Error-message phrase tables, one per bounce reason.
 *
 * Ported from Sisimai (https://libsisimai.org/, go-sisimai `reason/why-*.go` and rb-sisimai
 * `lib/sisimai/reason/*.rb`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team,
 * distributed under the BSD 2-Clause License. The phrases are data collected by that project from
 * real bounce messages; the matching code around them is Mailpath's own.
 *
 * Every phrase is lower-case and matched against the lower-cased diagnostic text. `index` entries
 * match as substrings; each `pairs` entry matches when its parts occur in that order (Sisimai's
 * `moji.Aligned`); `isnot` entries veto the reason.
 */
import type { BounceReason } from './index.ts';
import { PHRASES_A_M } from './phrases-a-m.ts';
import { PHRASES_N_Z } from './phrases-n-z.ts';

export interface PhraseTable {
  readonly index: readonly string[];
  readonly pairs?: readonly (readonly string[])[];
  readonly isnot?: readonly string[];
}

export const PHRASES: Partial<Record<BounceReason, PhraseTable>> = { ...PHRASES_A_M, ...PHRASES_N_Z };

/** Whether every part occurs in `text`, each after the previous one (Sisimai's `moji.Aligned`). */
export function aligned(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Whether the lower-cased `text` carries a phrase of `reason`'s table. */
export function includedIn(reason: BounceReason, text: string): boolean {
  const table = PHRASES[reason];
  if (!table || text === '') return false;
  if (table.isnot?.some((p) => text.includes(p))) return false;
  if (table.index.some((p) => text.includes(p))) return true;
  return (table.pairs ?? []).some((p) => aligned(text, p));
}
