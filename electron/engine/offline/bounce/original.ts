/**
 * The returned original message: its Message-ID, Date, From, To and Subject, from the
 * message/rfc822 or text/rfc822-headers part (RFC 3462 §2), or from the copy a plain-text bounce
 * quotes under its marker line; failing that, from the bounce's own In-Reply-To/References.
 */
import { decodeWords } from 'postal-mime';
import type { HeaderField } from './mime.ts';
import { headerValue, parseHeaderBlock } from './mime.ts';
import type { OriginalMessage } from './types.ts';
import { splitAtOriginal } from './text-util.ts';

function decoded(value: string): string | null {
  if (value === '') return null;
  try {
    return decodeWords(value).trim();
  } catch {
    return value.trim();
  }
}

/** Header fields of a quoted original: the first block that has From/To/Subject/Message-ID. */
function headersOf(block: string): HeaderField[] {
  const text = block.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '');
  const fields = parseHeaderBlock(text);
  if (fields.some((f) => /^(from|to|subject|message-id|date)$/i.test(f.name))) return fields;
  // Some bounces indent the quoted headers or precede them with a blank line or two.
  const dedented = text
    .split('\n')
    .map((l) => l.replace(/^ {1,4}(?=[A-Za-z-]+:)/, ''))
    .join('\n')
    .replace(/^\s+/, '');
  return parseHeaderBlock(dedented);
}

/** Finds the original message's identity in the bounce. */
export function findOriginal(bounceHeaders: readonly HeaderField[], originals: readonly string[], text: string): OriginalMessage {
  const candidates = [...originals];
  const quoted = splitAtOriginal(text).original;
  if (quoted) candidates.push(quoted);
  let fields: HeaderField[] = [];
  for (const c of candidates) {
    fields = headersOf(c);
    if (fields.length > 0) break;
  }
  const messageId =
    headerValue(fields, 'message-id') ||
    headerValue(bounceHeaders, 'in-reply-to') ||
    (headerValue(bounceHeaders, 'references')
      .match(/<[^>]+>/g)
      ?.pop() ??
      '');
  // Domino, Exchange 2003 and others quote the subject (and recipient) in the report text.
  const inText = (name: string): string => new RegExp(`^[ \\t]*${name}:[ \\t]*(.+)$`, 'im').exec(splitAtOriginal(text).report)?.[1] ?? '';
  if (fields.length === 0)
    fields = [
      { name: 'Subject', value: inText('Subject') },
      { name: 'To', value: inText('To') },
      { name: 'Date', value: inText('Sent') },
    ];
  return {
    messageId: messageId === '' ? null : (/<[^>]+>/.exec(messageId)?.[0] ?? messageId.trim()),
    date: decoded(headerValue(fields, 'date')),
    from: decoded(headerValue(fields, 'from')),
    to: decoded(headerValue(fields, 'to')),
    subject: decoded(headerValue(fields, 'subject')),
  };
}
