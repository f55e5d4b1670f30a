/**
 * The one entry point every host calls. It checks the operation name and the input, runs the
 * handler, and turns every outcome into an `OpResult` — so IPC, HTTP and the CLI carry failures
 * identically and no host holds logic of its own.
 */
import type { z } from 'zod';
import { isLang, type Lang } from '../i18n/index.ts';
import { createEvidenceRecorder, type Services } from './context.ts';
import { handlers } from './handlers.ts';
import { isOpName, ops, type OpName } from './ops.ts';
import { OpError, type OpResult, type ProgressEvent } from './result.ts';

export interface DispatchOptions {
  readonly services: Services;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Language requested by the caller; anything unknown falls back to English. */
  readonly lang?: string;
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field = issue.path.map(String).join('.');
  return { field, message: field === '' ? `input: ${issue.message}` : `${field}: ${issue.message}` };
}

/** Whether a value survives JSON unchanged in kind (no Dates, Maps, Buffers, functions, NaN). */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value as Record<string, unknown>).every((v) => v === undefined || isPlainJson(v, depth + 1));
  }
  return false;
}

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && error.name === 'AbortError');
}

/** Runs operation `name` with untrusted `rawInput`. Never throws. */
export async function dispatch(name: string, rawInput: unknown, options: DispatchOptions): Promise<OpResult<unknown>> {
  if (!isOpName(name)) {
    return { ok: false, code: 'unknown-operation', message: `Unknown operation "${name}".` };
  }
  const parsed = ops[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const d = first ? describeIssue(first) : { field: '', message: 'input: invalid' };
    return { ok: false, code: 'invalid-input', message: d.message, ...(d.field ? { field: d.field } : {}) };
  }
  const signal = options.signal ?? new AbortController().signal;
  const lang: Lang = isLang(options.lang) ? options.lang : 'en';
  const ctx = {
    signal,
    progress: options.onProgress ?? (() => undefined),
    evidence: createEvidenceRecorder(),
    lang,
    services: options.services,
  };
  try {
    if (signal.aborted) return { ok: false, code: 'cancelled', message: 'The operation was cancelled.' };
    const handler = handlers[name as OpName] as (input: unknown, c: typeof ctx) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    if (!isPlainJson(value)) {
      return { ok: false, code: 'internal', message: `Operation "${name}" returned data that is not plain JSON.` };
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof OpError) {
      return { ok: false, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
    }
    if (isAbort(error, signal)) return { ok: false, code: 'cancelled', message: 'The operation was cancelled.' };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', message: `Internal error in "${name}": ${message}` };
  }
}
