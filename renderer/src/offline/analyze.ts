/**
 * Reads one offline item with the operation for its kind (`bounceRead`, `headersAnalyze`,
 * `logTrace`), stores the result in the case as `offline.<kind>.<n>` with the item's name, and
 * fills in the case facts the result teaches. Everything runs in the engine; nothing goes online.
 */
import type { CallOptions } from '../../../electron/engine/contract/api.ts';
import type { OpFailure, OpResult } from '../../../electron/engine/contract/result.ts';
import type { Case } from '../../../electron/engine/model/case.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import type { BounceResult } from '../../../electron/engine/offline/bounce/types.ts';
import type { HeaderAnalysis } from '../../../electron/engine/offline/headers/types.ts';
import type { TraceResult } from '../../../electron/engine/offline/logs/types.ts';
import { api } from '../api/index.ts';
import { makeStepResult, withoutResults, withResult } from '../findings/results.ts';
import type { RunTask } from '../findings/run.ts';
import { userTimeZone } from '../i18n/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { OfflineKind } from './detect.ts';
import { learntFrom, mergeFacts, type FactChange } from './facts.ts';
import type { OfflineItem } from './items.ts';

export type OfflineOutput =
  | { readonly kind: 'bounce'; readonly output: { readonly results: readonly BounceResult[] } }
  | { readonly kind: 'headers'; readonly output: HeaderAnalysis }
  | { readonly kind: 'log'; readonly output: TraceResult };

/** What `data` of a stored offline result holds. */
export type OfflineResultData = OfflineOutput & {
  readonly source: { readonly name: string; readonly size: number; readonly detected: OfflineKind; readonly origin: 'file' | 'paste' };
};

export const OFFLINE_PREFIX = 'offline.';

export function findingsOf(result: OfflineOutput): readonly Finding[] {
  if (result.kind === 'bounce') return result.output.results.flatMap((r) => r.findings);
  return result.output.findings;
}

/** The first free `offline.<kind>.<n>`. */
export function nextKey(c: Case, kind: OfflineKind): string {
  let n = 1;
  while (c.results[`${OFFLINE_PREFIX}${kind}.${n}`] !== undefined) n += 1;
  return `${OFFLINE_PREFIX}${kind}.${n}`;
}

/** The stored offline result's data, when it has the expected shape. */
export function offlineData(data: unknown): OfflineResultData | undefined {
  const d = data as Partial<OfflineResultData> | undefined;
  if (!d || typeof d !== 'object' || !d.source || typeof d.output !== 'object' || d.output === null) return undefined;
  return d.kind === 'bounce' || d.kind === 'headers' || d.kind === 'log' ? (d as OfflineResultData) : undefined;
}

async function call(item: OfflineItem, draft: Case, options: CallOptions): Promise<OpResult<OfflineOutput>> {
  const content = { base64: item.base64, name: item.name };
  if (item.kind === 'bounce') {
    const r = await api.bounceRead({ content }, options);
    return r.ok ? { ok: true, value: { kind: 'bounce', output: r.value } } : r;
  }
  if (item.kind === 'headers') {
    const r = await api.headersAnalyze({ content }, options);
    return r.ok ? { ok: true, value: { kind: 'headers', output: r.value } } : r;
  }
  // The case's sender narrows the log to its messages; the time zone reads log times without an offset.
  const sender = draft.sender.trim();
  const r = await api.logTrace(
    { contents: [content], ...(sender !== '' ? { from: sender } : {}), format: 'auto', timeZone: draft.timeZone || userTimeZone() },
    options,
  );
  return r.ok ? { ok: true, value: { kind: 'log', output: r.value } } : r;
}

export interface AnalyzeOptions {
  readonly item: OfflineItem;
  readonly draft: Case;
  readonly lang: Lang;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  /** Called with the key the result was stored under and the facts it filled in. */
  readonly onStored: (key: string, changes: readonly FactChange[]) => void;
}

export function analyzeTask({ item, draft, lang, update, flush, onStored }: AnalyzeOptions): RunTask {
  return async ({ requestId, onProgress, startedAt }): Promise<OpFailure | undefined> => {
    const result = await call(item, draft, { lang, onProgress, requestId });
    if (!result.ok) return result;
    const data: OfflineResultData = {
      ...result.value,
      source: { name: item.name, size: item.size, detected: item.detected, origin: item.source },
    };
    let key = '';
    let changes: FactChange[] = [];
    // `update` applies the change at once, so the key and the facts are known right after.
    update((c) => {
      const cleared = item.resultKey ? withoutResults(c, (k) => k === item.resultKey) : c;
      key = nextKey(cleared, item.kind);
      const merged = mergeFacts(
        withResult(cleared, key, makeStepResult(findingsOf(result.value), startedAt, data)),
        learntFrom(result.value),
      );
      changes = merged.changes;
      return merged.next;
    });
    flush();
    onStored(key, changes);
    return undefined;
  };
}
