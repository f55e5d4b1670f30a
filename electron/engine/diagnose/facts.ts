/**
 * What the evidence says about the lost message: its Message-ID, the queue IDs at the outgoing
 * server, the sending IP, the exact error text. Gathered from bounces, headers, logs and the test
 * send, so the report carries the facts support always asks for.
 */
import type { CaseFacts } from '../model/case.ts';
import type { BounceResult } from '../offline/bounce/types.ts';
import type { HeaderAnalysis } from '../offline/headers/types.ts';

/** The parts of a log trace the facts need (the trace's own type lives with the log tracer). */
export interface LogFactsInput {
  readonly messages: readonly {
    readonly id: string;
    readonly messageId?: string | null;
    readonly recipients: readonly { readonly status: string; readonly reply?: string | null }[];
  }[];
}

const bare = (id: string): string => id.trim().replace(/^<|>$/g, '');

export function gatherFacts(
  base: CaseFacts,
  sources: { bounces: readonly BounceResult[]; headers: readonly HeaderAnalysis[]; logs: readonly LogFactsInput[]; queueId?: string; server?: string; errorText?: string },
): CaseFacts {
  const messageId =
    base.messageId ||
    sources.bounces.map((b) => b.original.messageId).find((m): m is string => Boolean(m)) ||
    sources.headers.map((h) => h.messageId).find((m): m is string => Boolean(m)) ||
    sources.logs.flatMap((l) => l.messages.map((m) => m.messageId)).find((m): m is string => Boolean(m)) ||
    '';
  const queueIds = [...base.queueIds, ...sources.logs.flatMap((l) => l.messages.map((m) => m.id)), ...(sources.queueId ? [sources.queueId] : [])];
  const sendingIp = base.sendingIp || sources.headers.map((h) => h.sendingIp).find((ip): ip is string => Boolean(ip)) || '';
  const failed = sources.bounces.flatMap((b) => b.deliveries).find((d) => d.action !== 'delivered' && d.diagnostic);
  const logReply = sources.logs.flatMap((l) => l.messages.flatMap((m) => m.recipients)).find((r) => r.status !== 'sent' && r.reply)?.reply;
  return {
    messageId: messageId ? bare(messageId) : '',
    queueIds: [...new Set(queueIds.filter(Boolean))].slice(0, 100),
    sendingIp,
    outgoingServer: base.outgoingServer || sources.server || '',
    errorText: base.errorText || failed?.diagnostic || logReply || sources.errorText || '',
  };
}
