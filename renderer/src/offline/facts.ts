/**
 * What an offline analysis teaches the case: the lost message's Message-ID (from the bounce's
 * returned message, the headers or the log), the sending IP (from the headers), the outgoing
 * server's queue IDs (from the log) and the exact error text (the bounce's diagnostic). Empty
 * facts are filled in; a fact the case already holds is kept, and the differing value reported.
 */
import type { Case, CaseFacts } from '../../../electron/engine/model/case.ts';
import type { BounceResult } from '../../../electron/engine/offline/bounce/types.ts';
import type { HeaderAnalysis } from '../../../electron/engine/offline/headers/types.ts';
import type { OfflineOutput } from './analyze.ts';

export type FactName = 'messageId' | 'sendingIp' | 'queueIds' | 'errorText';
export const FACT_NAMES: readonly FactName[] = ['messageId', 'sendingIp', 'queueIds', 'errorText'];

export interface LearntFacts {
  messageId?: string;
  sendingIp?: string;
  queueIds?: string[];
  errorText?: string;
}

export interface FactChange {
  readonly fact: FactName;
  /** The value now in the case (queue IDs joined). */
  readonly value: string;
  /** `filled`: the case had none; `kept`: the case had another value, which stays. */
  readonly change: 'filled' | 'kept';
  /** For `kept`: what the file said. */
  readonly found?: string;
}

const MAX_QUEUE_IDS = 100;

function fromBounce(results: readonly BounceResult[]): LearntFacts {
  const out: LearntFacts = {};
  const messageId = results.map((r) => r.original.messageId).find((m): m is string => !!m);
  if (messageId) out.messageId = messageId;
  const deliveries = results.flatMap((r) => r.deliveries);
  const failed = deliveries.find((d) => d.action === 'failed' && d.diagnostic) ?? deliveries.find((d) => d.diagnostic);
  if (failed) out.errorText = failed.diagnostic.slice(0, 5000);
  return out;
}

function fromHeaders(h: HeaderAnalysis): LearntFacts {
  return { ...(h.messageId ? { messageId: h.messageId } : {}), ...(h.sendingIp ? { sendingIp: h.sendingIp } : {}) };
}

export function learntFrom(result: OfflineOutput): LearntFacts {
  if (result.kind === 'bounce') return fromBounce(result.output.results);
  if (result.kind === 'headers') return fromHeaders(result.output);
  const messages = result.output.messages;
  const out: LearntFacts = {};
  const ids = [...new Set(messages.map((m) => m.id).filter((id) => id !== ''))];
  if (ids.length > 0) out.queueIds = ids.slice(0, MAX_QUEUE_IDS);
  const messageIds = [...new Set(messages.map((m) => m.messageId).filter((m): m is string => !!m))];
  if (messageIds.length === 1 && messageIds[0]) out.messageId = messageIds[0];
  return out;
}

/** Message-IDs are written with and without their angle brackets (headers vs. logs). */
function sameFact(fact: FactName, a: string, b: string): boolean {
  if (fact !== 'messageId') return a === b;
  const bare = (m: string): string => m.trim().replace(/^<|>$/gu, '');
  return bare(a) === bare(b);
}

/** The case with what was learnt merged in, and what changed. */
export function mergeFacts(c: Case, learnt: LearntFacts): { next: Case; changes: FactChange[] } {
  const facts: CaseFacts = { ...c.facts, queueIds: [...c.facts.queueIds] };
  const changes: FactChange[] = [];
  for (const fact of ['messageId', 'sendingIp', 'errorText'] as const) {
    const found = learnt[fact]?.trim();
    if (!found) continue;
    const current = facts[fact].trim();
    if (current === '') {
      facts[fact] = found;
      changes.push({ fact, value: found, change: 'filled' });
    } else if (!sameFact(fact, current, found)) {
      changes.push({ fact, value: current, change: 'kept', found });
    }
  }
  const newIds = (learnt.queueIds ?? []).filter((id) => !facts.queueIds.includes(id));
  if (newIds.length > 0) {
    facts.queueIds = [...facts.queueIds, ...newIds].slice(0, MAX_QUEUE_IDS);
    changes.push({ fact: 'queueIds', value: newIds.join(', '), change: 'filled' });
  }
  if (changes.every((ch) => ch.change === 'kept')) return { next: c, changes };
  return { next: { ...c, facts }, changes };
}
