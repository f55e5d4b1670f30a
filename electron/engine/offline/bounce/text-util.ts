/** Small text helpers shared by the format parsers. */

const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/;

/** The first mail address in `s`, lower-case domain kept as written; '' when none. */
export function firstAddress(s: string): string {
  const m = ADDRESS.exec(s);
  return m ? m[0].replace(/\.$/, '') : '';
}

/** Every distinct mail address in `s`. */
export function allAddresses(s: string): string[] {
  const re = new RegExp(ADDRESS.source, 'g');
  return [...new Set([...s.matchAll(re)].map((m) => m[0].replace(/\.$/, '')))];
}

/** Collapses whitespace runs and trims. */
export function sweep(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Markers after which a bounce quotes the original message (Exim, qmail, Postfix, Sendmail,
 * Gmail, Courier, Domino, MDaemon): the text above is the report, the text below the original.
 */
export const ORIGINAL_MARKERS: readonly RegExp[] = [
  /^-{5,6} This is a copy of the message/im,
  /^--- Below this line is a copy of the message\./im,
  /^-+ ?Original message -+/im,
  /^-+ ?Original Message -+/im,
  /^-{3,} ?The original message (?:was received|follows|headers)/im,
  /^ *-{5} Original message follows -{5}/im,
  /^Original message headers:/im,
  /^\s*-{5,} Forwarded message -{5,}/im,
  /^Content-Type: message\/rfc822/im,
  /^Content-Type: text\/rfc822-headers/im,
  /^The original message was received at/im,
  /^-{3,} ?Unsent Message below/im,
  /^\s*-{3,} Returned message -{3,}/im,
  /^Included is a copy of the message header:/im,
];

/** Splits `text` into the report part and the quoted original (which may be ''). */
export function splitAtOriginal(text: string): { report: string; original: string } {
  let cut = -1;
  for (const re of ORIGINAL_MARKERS) {
    const m = re.exec(text);
    if (m && (cut < 0 || m.index < cut)) cut = m.index;
  }
  if (cut < 0) return { report: text, original: '' };
  const rest = text.slice(cut);
  const nl = rest.indexOf('\n');
  return { report: text.slice(0, cut), original: nl >= 0 ? rest.slice(nl + 1) : '' };
}
