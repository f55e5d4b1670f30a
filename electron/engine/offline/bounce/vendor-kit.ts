/**
 * Shared pieces of the header-detected vendor parsers (lhost-misc.ts, lhost-asia.ts): the view of
 * a message they read, and the small string helpers Sisimai's Lhost modules use (`moji.Aligned`,
 * `moji.Select`, cutting the report at the marker where the returned message begins).
 */
import type { BounceReason } from '../../kb/index.ts';
import type { HeaderField } from './mime.ts';
import { decodedHeader, headerValues } from './mime.ts';
import type { ParsedReport } from './types.ts';

/** What a vendor parser reads: the bounce's headers and its text (text parts, decoded). */
export interface VendorMail {
  readonly headers: readonly HeaderField[];
  readonly text: string;
}

export type VendorParser = (mail: VendorMail) => ParsedReport | undefined;

/** The decoded first value of a header, or ''. */
export const header = (mail: VendorMail, name: string): string => decodedHeader(mail.headers, name);

/** Whether any Received: header contains `needle`. */
export const receivedHas = (mail: VendorMail, needle: string): boolean =>
  headerValues(mail.headers, 'received').some((r) => r.includes(needle));

/** Whether the parts occur in `s` in this order (Sisimai `moji.Aligned`). */
export function aligned(s: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const p of parts) {
    const at = s.indexOf(p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

/** The text between `open` and `close` (Sisimai `moji.Select`), or ''. */
export function select(s: string, open: string, close: string): string {
  const a = s.indexOf(open);
  if (a < 0) return '';
  const b = s.indexOf(close, a + open.length);
  return b < 0 ? '' : s.slice(a + open.length, b);
}

/** The report part of `text`: everything before the first of `markers` (the returned message). */
export function reportPart(text: string, markers: readonly string[]): string {
  let cut = text.length;
  for (const m of markers) {
    const at = text.indexOf(m);
    if (at >= 0 && at < cut) cut = at;
  }
  return text.slice(0, cut);
}

/** `<a@b>` or `a@b` → `a@b` (Sisimai `address.S3S4`), '' when no address. */
export function s3s4(s: string): string {
  const m = /<?([^\s<>"(),;:]+@[^\s<>"(),;:]+?)>?(?=[\s>,;:)"]|$)/.exec(s.trim());
  return m?.[1]?.replace(/\.$/, '') ?? '';
}

/** The first reason whose phrases occur in `text` (case-sensitive, as Sisimai's `messagesof`). */
export function reasonOf(table: Readonly<Partial<Record<BounceReason, readonly string[]>>>, text: string): BounceReason | undefined {
  for (const [reason, phrases] of Object.entries(table) as [BounceReason, readonly string[]][])
    if (phrases.some((p) => text.includes(p))) return reason;
  return undefined;
}

/** Collapses whitespace runs and trims (Sisimai `moji.Sweep`). */
export const sweep = (s: string): string => s.replace(/\s+/g, ' ').trim();
