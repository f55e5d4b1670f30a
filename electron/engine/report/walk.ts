/**
 * A defensive walk over JSON whose shape the report does not own (`case.results[*].data` is
 * `unknown`: each step stores its operation's output as returned). Depth and node budgets keep a
 * hostile or huge case file from stalling the renderer.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const MAX_DEPTH = 24;

/** Calls `visit` on every object inside `value`, depth-first in document order; `'skip'` prunes the object's children. */
export function visitObjects(value: unknown, visit: (obj: JsonObject) => void | 'skip', budget = 500_000): void {
  let left = budget;
  const go = (v: unknown, depth: number): void => {
    if (left-- <= 0 || depth > MAX_DEPTH || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (const item of v) go(item, depth + 1);
      return;
    }
    const obj = v as JsonObject;
    if (visit(obj) === 'skip') return;
    for (const child of Object.values(obj)) go(child, depth + 1);
  };
  go(value, 0);
}
