/**
 * When a field's problem is shown. A "required" message only after the user left the field or
 * tried to go on; other problems (a malformed address) also not while the user is still typing a
 * new value, but at once for values that came from a saved draft or a link.
 */
import { useCallback, useMemo, useState } from 'react';
import type { FieldIssue } from '../../../electron/engine/model/case.ts';

interface State {
  readonly attempted: boolean;
  /** Fields the user has left (blurred) at least once. */
  readonly touched: ReadonlySet<string>;
  /** Fields the user has typed in during this session. */
  readonly typed: ReadonlySet<string>;
}

export interface IssueVisibility {
  readonly attempted: boolean;
  edited(field: string): void;
  left(field: string): void;
  attempt(): void;
  /** Keeps per-row state in step after recipient row `index` was removed. */
  rowRemoved(index: number): void;
  shows(issue: FieldIssue): boolean;
  reset(): void;
}

const EMPTY: State = { attempted: false, touched: new Set(), typed: new Set() };

function shiftRows(set: ReadonlySet<string>, removed: number): Set<string> {
  const out = new Set<string>();
  for (const key of set) {
    const m = /^recipients\.(\d+)$/u.exec(key);
    const i = m?.[1] === undefined ? undefined : Number(m[1]);
    if (i === undefined) out.add(key);
    else if (i < removed) out.add(key);
    else if (i > removed) out.add(`recipients.${i - 1}`);
  }
  return out;
}

export function useIssueVisibility(): IssueVisibility {
  const [state, setState] = useState<State>(EMPTY);

  const edited = useCallback((field: string) => {
    setState((s) => (s.typed.has(field) ? s : { ...s, typed: new Set(s.typed).add(field) }));
  }, []);
  const left = useCallback((field: string) => {
    setState((s) => (s.touched.has(field) ? s : { ...s, touched: new Set(s.touched).add(field) }));
  }, []);
  const attempt = useCallback(() => setState((s) => ({ ...s, attempted: true })), []);
  const rowRemoved = useCallback((index: number) => {
    setState((s) => ({ ...s, touched: shiftRows(s.touched, index), typed: shiftRows(s.typed, index) }));
  }, []);
  const reset = useCallback(() => setState(EMPTY), []);

  return useMemo(
    () => ({
      attempted: state.attempted,
      edited,
      left,
      attempt,
      rowRemoved,
      reset,
      shows: (issue: FieldIssue) => {
        const seen = state.attempted || state.touched.has(issue.field);
        return issue.code === 'required' ? seen : seen || !state.typed.has(issue.field);
      },
    }),
    [state, edited, left, attempt, rowRemoved, reset],
  );
}
