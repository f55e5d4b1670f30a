/**
 * The `d=` and `s=` (and `a=`, `i=`) of DKIM-Signature header fields pasted by the user (RFC 6376
 * §3.5): folded lines are unfolded, the field name is optional, and several fields may be pasted at
 * once (a message often carries its domain's signature and its mail provider's).
 */
import { normalizeName } from '../../dns/wire.ts';
import { parseTagList } from '../support/tags.ts';

export interface DkimSignatureInfo {
  /** Signing domain (`d=`), lower-case; empty when missing. */
  readonly domain: string;
  /** Selector (`s=`); empty when missing. */
  readonly selector: string;
  /** Signing algorithm (`a=`), e.g. `rsa-sha256`. */
  readonly algorithm?: string;
  /** Agent or user identifier (`i=`). */
  readonly identity?: string;
  /** What is wrong with the field, when `d=` or `s=` cannot be read. */
  readonly problems: string[];
  /** The field's value as pasted, unfolded. */
  readonly field: string;
}

export function parseDkimSignatures(text: string): DkimSignatureInfo[] {
  const unfolded = text.replace(/\r?\n[ \t]+/gu, ' ');
  const parts = unfolded.split(/^\s*dkim-signature\s*:/imu).map((s) => s.trim());
  // Without a field name the whole text is one tag-list; otherwise the text before the first
  // field name is other header lines and is ignored.
  const fields = parts.length > 1 ? parts.slice(1) : parts;
  return fields
    .map((f) => f.split(/\r?\n/u)[0] ?? '')
    .filter((f) => f.trim() !== '')
    .map((field) => {
      const list = parseTagList(field);
      const d = list.values.get('d');
      const s = list.values.get('s');
      const problems: string[] = [];
      if (d === undefined || d === '') problems.push('no d= (signing domain)');
      if (s === undefined || s === '') problems.push('no s= (selector)');
      const a = list.values.get('a');
      const i = list.values.get('i');
      return {
        domain: d ? normalizeName(d) : '',
        selector: s ?? '',
        ...(a !== undefined ? { algorithm: a.toLowerCase() } : {}),
        ...(i !== undefined ? { identity: i } : {}),
        problems,
        field: field.trim(),
      };
    });
}
