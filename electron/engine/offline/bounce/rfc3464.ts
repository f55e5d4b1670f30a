/**
 * RFC 3464 delivery-status fields. A `message/delivery-status` body is one per-message block and
 * one block per recipient (§2.1), each shaped like a header block. Real DSNs are often sloppy —
 * blocks without blank lines between them, folded Diagnostic-Code values, fields inlined in the
 * text part — so fields are read in order and a new recipient starts at each Final-Recipient
 * (or at an Original-Recipient once the current one already has a Final-Recipient).
 */
import type { ParsedReport, RawDelivery } from './types.ts';

/** Per-recipient fields of RFC 3464 §2.3 and the common vendor extensions. */
const RECIPIENT_FIELDS = new Set([
  'final-recipient',
  'original-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'will-retry-until',
  'final-log-id',
  'x-actual-recipient',
  'x-display-name',
]);
const MESSAGE_FIELDS = new Set([
  'reporting-mta',
  'dsn-gateway',
  'received-from-mta',
  'arrival-date',
  'original-envelope-id',
  'x-postfix-queue-id',
  'x-postfix-sender',
]);

interface Field {
  readonly name: string;
  readonly lower: string;
  readonly value: string;
}

/** Reads `Name: value` lines with folding, skipping anything that is not a field. */
function readFields(text: string): Field[] {
  const out: { name: string; value: string }[] = [];
  for (const line of text.split('\n')) {
    const last = out[out.length - 1];
    if (/^[ \t]+\S/.test(line) && last) {
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) out.push({ name: m[1], value: m[2].trim() });
    else if (line.trim() !== '') out.push({ name: '', value: '' });
  }
  return out.filter((f) => f.name !== '').map((f) => ({ name: f.name, lower: f.name.toLowerCase(), value: f.value }));
}

/** `rfc822; user@example.org` → `user@example.org` (RFC 3464 §2.3.1 address-type). */
export function addressValue(value: string): string {
  const semi = value.indexOf(';');
  const addr = (semi >= 0 ? value.slice(semi + 1) : value).trim();
  return addr.replace(/^<|>$/g, '').trim();
}

/** `dns; mx.example.org` → `mx.example.org`; `smtp; 550 ...` → type and text. */
export function typedValue(value: string): { type: string; text: string } {
  const m = /^([A-Za-z0-9-]+)\s*;\s*([\s\S]*)$/.exec(value);
  if (!m?.[1]) return { type: '', text: value.trim() };
  return { type: m[1].toUpperCase(), text: (m[2] ?? '').trim() };
}

/** Whether a text carries RFC 3464 per-recipient fields. */
export function hasDsnFields(text: string): boolean {
  return /^(Final|Original)-Recipient:/im.test(text) && /^(Action|Status):/im.test(text);
}

/** Parses delivery-status content (one or more parts) into per-recipient records. */
export function parseDeliveryStatus(texts: readonly string[]): ParsedReport | undefined {
  const deliveries: (RawDelivery & { statusComment?: string })[] = [];
  let reportingMta: string | undefined;
  let perMessageAction: string | undefined;
  for (const text of texts) {
    // §2.1: a per-message block, then one block per recipient, separated by blank lines.
    for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
      let cur: (RawDelivery & { statusComment?: string }) | undefined;
      const push = (): void => {
        if (cur && (cur.recipient !== '' || cur.originalRecipient)) deliveries.push(cur);
        cur = undefined;
      };
      for (const f of readFields(block)) {
        if (MESSAGE_FIELDS.has(f.lower)) {
          if (f.lower === 'reporting-mta') reportingMta = typedValue(f.value).text;
          continue;
        }
        if (!RECIPIENT_FIELDS.has(f.lower)) continue;
        // Blocks run together in sloppy DSNs: a second Final-Recipient starts the next recipient.
        if (f.lower === 'final-recipient' && cur && cur.recipient !== '') push();
        if (f.lower === 'original-recipient' && cur && cur.recipient !== '' && cur.originalRecipient) push();
        if (!cur) {
          if (f.lower === 'action' && !/(Final|Original)-Recipient/i.test(block)) {
            perMessageAction = f.value;
            continue;
          }
          cur = { recipient: '', lines: [] };
        }
        cur.lines?.push({ name: f.name, value: f.value });
        switch (f.lower) {
          case 'final-recipient':
            cur.recipient = addressValue(f.value);
            break;
          case 'original-recipient':
            cur.originalRecipient = addressValue(f.value);
            break;
          case 'x-actual-recipient':
            if (cur.recipient === '') cur.recipient = addressValue(f.value);
            break;
          case 'action':
            cur.action = f.value.toLowerCase().split(/[\s(]/)[0] ?? '';
            break;
          case 'status': {
            cur.status = /[245]\.\d{1,3}\.\d{1,3}/.exec(f.value)?.[0] ?? f.value;
            // "Status: 4.0.0 (cat.example.net: host name lookup failure)": the comment is the only text.
            const comment = /\((.+)\)\s*$/.exec(f.value)?.[1];
            if (comment && !cur.diagnostic) cur.statusComment = comment;
            break;
          }
          case 'remote-mta':
            cur.remoteMta = typedValue(f.value).text;
            break;
          case 'diagnostic-code': {
            const d = typedValue(f.value);
            cur.diagnosticType = d.type;
            cur.diagnostic = cur.diagnostic ? `${cur.diagnostic} ${d.text}` : d.text;
            break;
          }
          case 'last-attempt-date':
            cur.lastAttemptDate = f.value;
            break;
          case 'will-retry-until':
            cur.willRetryUntil = f.value;
            break;
          default:
            break;
        }
      }
      push();
    }
  }
  for (const d of deliveries) {
    if (!d.diagnostic && d.statusComment) d.diagnostic = d.statusComment;
    delete d.statusComment;
    if (d.recipient === '' && d.originalRecipient) d.recipient = d.originalRecipient;
    if (!d.action && perMessageAction) d.action = perMessageAction.toLowerCase();
  }
  const valid = deliveries.filter((d) => d.recipient.includes('@') || d.recipient !== '');
  if (valid.length === 0) return undefined;
  return { format: 'rfc3464', deliveries: valid, ...(reportingMta ? { reportingMta } : {}) };
}
