/**
 * The queue ID in a server's final reply to DATA: what the sender's provider searches its logs
 * for. Each mail server words it its own way; the formats below are matched in order, the most
 * specific first. The reply text is passed without its code and enhanced status.
 */

export type QueueIdFormat = 'postfix' | 'exim' | 'exchange' | 'gmail' | 'sendmail' | 'ses' | 'qmail' | 'generic';

export interface QueueId {
  readonly queueId: string;
  readonly format: QueueIdFormat;
}

const FORMATS: readonly { format: QueueIdFormat; re: RegExp }[] = [
  // Postfix: "Ok: queued as 4XyzAbc123" (short IDs are hex, long IDs base-52-ish, RFC-free).
  { format: 'postfix', re: /\bqueued as ([A-Za-z0-9]{6,})\b/u },
  // Exim: "OK id=1rAbCd-000Xyz-Q1" (and 4.97's longer "1rAbCd-0000000Xyz-Q1ab").
  { format: 'exim', re: /\bid=([A-Za-z0-9]{6}-[A-Za-z0-9]{6,11}-[A-Za-z0-9]{2,4})\b/u },
  // Exchange / Microsoft 365: "<msgid> [InternalId=12345678, Hostname=AM0PR…] … Queued mail for delivery".
  { format: 'exchange', re: /\[InternalId=(\d+)(?:,\s*Hostname=([A-Za-z0-9.-]+))?/u },
  // Gmail: "OK  1700000000 a640c23a62f3a-9a1b2c3d4e5f.12 - gsmtp".
  { format: 'gmail', re: /\bOK\s+\d+\s+(\S+)\s+-\s+gsmtp\b/u },
  // Sendmail and OpenSMTPD: "x7ABCDEF012345 Message accepted for delivery".
  { format: 'sendmail', re: /\b([A-Za-z0-9]{8,})\s+Message accepted for delivery/iu },
  // Amazon SES: "Ok 0100018a2b3c4d5e-…-000000".
  { format: 'ses', re: /^Ok ([0-9a-f]{16}-[0-9a-f-]{20,})/iu },
  // qmail: "ok 1700000000 qp 12345".
  { format: 'qmail', re: /\bqp (\d+)\b/u },
  { format: 'generic', re: /\b(?:queue id|queued as|queued with id|id)[:= ]\s*<?([A-Za-z0-9._@-]{6,})>?/iu },
];

/** Finds the queue ID in a reply text; undefined when the server gave none it recognises. */
export function parseQueueId(text: string): QueueId | undefined {
  for (const { format, re } of FORMATS) {
    const m = re.exec(text);
    if (m?.[1] === undefined) continue;
    const queueId = format === 'exchange' && m[2] !== undefined ? `${m[1]}@${m[2]}` : m[1];
    return { queueId, format };
  }
  return undefined;
}
