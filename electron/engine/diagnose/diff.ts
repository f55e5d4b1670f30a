/** Re-test diff: what changed since the last run of the same case (fixed, new, unchanged). */
import type { Finding } from '../model/finding.ts';

export interface RetestDiff {
  /** Problems of the last run that are gone. */
  readonly fixed: readonly { readonly id: string; readonly subject?: string; readonly title: string }[];
  /** Problems that were not there last time. */
  readonly new: readonly { readonly id: string; readonly subject?: string; readonly title: string }[];
  /** Problems still there. */
  readonly unchanged: readonly { readonly id: string; readonly subject?: string; readonly title: string }[];
}

const key = (f: Finding): string => `${f.id}|${f.subject ?? ''}`;
const problems = (fs: readonly Finding[]): Map<string, Finding> => new Map(fs.filter((f) => f.status === 'error' || f.status === 'warning').map((f) => [key(f), f]));
const brief = (f: Finding) => ({ id: f.id, ...(f.subject !== undefined ? { subject: f.subject } : {}), title: f.title });

export function diffRuns(previous: readonly Finding[], current: readonly Finding[]): RetestDiff {
  const before = problems(previous);
  const now = problems(current);
  return {
    fixed: [...before].filter(([k]) => !now.has(k)).map(([, f]) => brief(f)),
    new: [...now].filter(([k]) => !before.has(k)).map(([, f]) => brief(f)),
    unchanged: [...now].filter(([k]) => before.has(k)).map(([, f]) => brief(f)),
  };
}
