import type { Finding } from '../engine/model/finding.ts';

/** Whether any finding is an error: the CLI then exits 1. */
export function hasErrors(findings: readonly Finding[] | undefined): boolean {
  return (findings ?? []).some((f) => f.status === 'error');
}
