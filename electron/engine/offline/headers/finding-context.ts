/** What the finding builders share: the analysed headers and helpers for evidence and who acts. */
import type { Lang } from '../../i18n/index.ts';
import type { HeaderEvidence, WhoMustAct } from '../../model/finding.ts';
import { filterText } from './filters.ts';
import type { SendingPoint } from './origin.ts';
import type { AuthResult, FilterVerdict, HeaderField, Hop, Submission } from './types.ts';

export const CHECK = 'headers';

export interface FindingContext {
  readonly fields: readonly HeaderField[];
  readonly hops: readonly Hop[];
  readonly auth: readonly AuthResult[];
  readonly filters: readonly FilterVerdict[];
  readonly sending?: SendingPoint;
  readonly submission?: Submission;
  readonly returnPath?: string;
  readonly longDelaySeconds: number;
}

export function evidence(ctx: FindingContext, ...indexes: (number | undefined)[]): HeaderEvidence[] {
  const seen = new Set<number>();
  const out: HeaderEvidence[] = [];
  for (const i of indexes) {
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    const f = ctx.fields[i];
    if (f) out.push({ kind: 'header', name: f.name, value: f.value });
  }
  return out;
}

export function stamp(utc: string | undefined): string {
  return utc ? utc.slice(0, 19).replace('T', ' ') : '';
}

/** Who acts on a hop: the sender's side up to and including the edge, the recipient's after it. */
export function side(ctx: FindingContext, hopIndex: number): WhoMustAct {
  const edge = ctx.sending?.hopIndex;
  if (edge === undefined) return 'sender-it';
  return hopIndex <= edge ? 'sender-it' : 'recipient-provider';
}

export function unknownWord(lang: Lang): string {
  return filterText(lang, 'unknown') ?? 'unknown';
}
