/**
 * Merging what a `mailpath://case?...` link carries into the case. A link only fills in fields
 * (it never starts anything); the notice names every field it touched so nothing changes unseen.
 */
import type { DeepLink } from '../../../electron/engine/contract/ops.ts';
import type { Case, CaseField } from '../../../electron/engine/model/case.ts';

export interface LinkMerge {
  readonly next: Case;
  /** The fields the link filled in, in form order. */
  readonly filled: readonly CaseField[];
}

const SCALARS = ['sender', 'sentAt', 'timeZone', 'symptom', 'reference', 'notes'] as const;
const PROVIDER = ['name', 'supportAddress', 'mxPattern'] as const;
/** The order fields appear in the form. */
const FORM_ORDER: readonly CaseField[] = [
  'sender',
  'recipients',
  'sentAt',
  'timeZone',
  'symptom',
  'notes',
  'reference',
  'provider.name',
  'provider.supportAddress',
  'provider.mxPattern',
];

export function mergeLink(c: Case, patch: DeepLink['patch']): LinkMerge {
  const filled: CaseField[] = [];
  let next: Case = { ...c };
  for (const key of SCALARS) {
    const value = patch[key];
    if (value === undefined) continue;
    next = { ...next, [key]: value };
    filled.push(key);
  }
  if (patch.recipients && patch.recipients.length > 0) {
    // Added to the addresses already there, without repeats; empty rows make way.
    const kept = c.recipients.filter((r) => r.trim() !== '');
    const known = new Set(kept.map((r) => r.trim().toLowerCase()));
    const added = patch.recipients.filter((r) => !known.has(r.trim().toLowerCase()));
    next = { ...next, recipients: [...kept, ...added] };
    filled.push('recipients');
  }
  for (const key of PROVIDER) {
    const value = patch.provider?.[key];
    if (value === undefined) continue;
    next = { ...next, provider: { ...next.provider, [key]: value } };
    filled.push(`provider.${key}`);
  }
  return { next, filled: FORM_ORDER.filter((f) => filled.includes(f)) };
}
