/**
 * MIME side of the bounce reader: postal-mime decodes the message; this module hands the reader
 * the pieces a bounce is made of (RFC 3462/6522 multipart/report): the human-readable text, the
 * machine-readable `message/delivery-status` parts (RFC 3464), and the returned original message
 * or its headers (`message/rfc822`, `text/rfc822-headers`).
 */
import PostalMime, { decodeWords } from 'postal-mime';

/** One header field as it stood, unfolded. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** A decoded message, reduced to what bounce reading needs. */
export interface MailParts {
  readonly headers: readonly HeaderField[];
  /** Plain text of the body: text/plain parts, else the HTML parts rendered as text. */
  readonly text: string;
  /** Whether the text came from HTML only. */
  readonly htmlOnly: boolean;
  /** Contents of message/delivery-status (and message/global-delivery-status) parts. */
  readonly deliveryStatus: readonly string[];
  /** Contents of message/feedback-report parts (RFC 5965). */
  readonly feedback: readonly string[];
  /** Returned original messages or their headers. */
  readonly original: readonly string[];
  /** The report-type parameter of a multipart/report top level, lower-case, or ''. */
  readonly reportType: string;
}

const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/rfc822-headers',
  'message/global-headers',
]);

/** Splits a header block into unfolded fields (RFC 5322 §2.2.3); stops at the first empty line. */
export function parseHeaderBlock(block: string): HeaderField[] {
  const out: HeaderField[] = [];
  for (const line of block.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      const last = out.pop();
      if (last) out.push({ name: last.name, value: `${last.value} ${line.trim()}`.trim() });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    if (!/^[!-9;-~]+$/.test(name)) continue;
    out.push({ name, value: line.slice(colon + 1).trim() });
  }
  return out;
}

/** The first value of header `name` (case-insensitive), or ''. */
export function headerValue(headers: readonly HeaderField[], name: string): string {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value ?? '';
}

/** Every value of header `name` (case-insensitive), in order. */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter((h) => h.name.toLowerCase() === lower).map((h) => h.value);
}

/** The first value of header `name` with RFC 2047 encoded-words decoded, or ''. */
export function decodedHeader(headers: readonly HeaderField[], name: string): string {
  const raw = headerValue(headers, name);
  try {
    return decodeWords(raw);
  } catch {
    return raw;
  }
}

/** Renders HTML as plain text, keeping line structure (for HTML-only NDRs from Exchange/M365). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h\d|table|pre)>/gi, '\n')
    .replace(/<(p|div|tr|li|h\d|table|pre)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/gi, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function asText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return new TextDecoder('utf-8').decode(content);
}

/** The body of a raw message (everything after the first empty line), as text. */
function rawBody(input: string | Uint8Array): string {
  const raw = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).replace(/\r\n?/g, '\n');
  const at = raw.indexOf('\n\n');
  return at < 0 ? '' : raw.slice(at + 2);
}

/** Decodes raw message bytes or text into the parts a bounce reader needs. */
export async function parseMail(input: string | Uint8Array): Promise<MailParts> {
  const raw = typeof input === 'string' ? input : new Uint8Array(input).buffer;
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true });
  const headers: HeaderField[] = email.headers.map((h) => ({ name: h.originalKey ?? h.key, value: h.value }));
  const deliveryStatus: string[] = [];
  const feedback: string[] = [];
  const original: string[] = [];
  const extraText: string[] = [];
  for (const att of email.attachments) {
    const type = att.mimeType.toLowerCase();
    const content = asText(att.content as ArrayBuffer | string);
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') deliveryStatus.push(content);
    else if (type === 'message/feedback-report') feedback.push(content);
    else if (ORIGINAL_TYPES.has(type)) original.push(content);
    else if (type === 'text/plain' && att.disposition !== 'attachment') extraText.push(content);
    else if (type === 'text/plain' && /\b(?:Final-Recipient|Diagnostic-Code):/i.test(content)) deliveryStatus.push(content);
  }
  const plain = [email.text ?? '', ...extraText].filter((t) => t.trim() !== '').join('\n');
  const html = email.html ? htmlToText(email.html) : '';
  // A malformed MIME structure (e.g. a boundary parameter on an unfolded line) leaves no text:
  // read the raw body then, as Sisimai does.
  const text = plain.trim() !== '' ? plain : html.trim() !== '' ? html : rawBody(input);
  const contentType = headerValue(headers, 'content-type').toLowerCase();
  const reportType = /multipart\/report/.test(contentType) ? (/report-type\s*=\s*"?([\w-]+)/.exec(contentType)?.[1] ?? '') : '';
  return {
    headers,
    text: text.replace(/\r\n?/g, '\n'),
    htmlOnly: plain.trim() === '' && html.trim() !== '',
    deliveryStatus,
    feedback,
    original,
    reportType,
  };
}
