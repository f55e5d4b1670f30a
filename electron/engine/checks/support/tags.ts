/**
 * The tag=value list of DKIM (RFC 6376 §3.2), which DMARC (RFC 7489 §6.4), BIMI, MTA-STS
 * (RFC 8461 §3.1) and TLS-RPT (RFC 8460 §3) records reuse:
 *
 *   tag-list  = tag-spec *( ";" tag-spec ) [ ";" ]
 *   tag-spec  = [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]
 *   tag-name  = ALPHA *ALNUMPUNC           ; ALNUMPUNC = ALPHA / DIGIT / "_"
 *   tag-value = [ tval *( 1*(WSP / FWS) tval ) ]   ; tval = 1*VALCHAR (%x21-3A / %x3C-7E)
 *
 * Empty segments (`;;`, a trailing `;`) are tolerated, as verifiers do. Problems are data: a short
 * technical note quoting the offending text, for the finding's `detail`.
 */

export interface Tag {
  /** As written (tag names are case-sensitive, RFC 6376 §3.2). */
  readonly name: string;
  /** With surrounding whitespace removed. */
  readonly value: string;
}

export interface TagList {
  readonly tags: readonly Tag[];
  /** Value of the first occurrence of each tag. */
  readonly values: ReadonlyMap<string, string>;
  /** Syntax problems (duplicate tags, a segment without `=`, bad names or characters). */
  readonly problems: readonly string[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/u;
// VALCHAR plus the whitespace allowed between tvals; ';' cannot occur (it splits segments).
const VALUE = /^[\x21-\x3a\x3c-\x7e \t\r\n]*$/u;

export function parseTagList(text: string): TagList {
  const tags: Tag[] = [];
  const values = new Map<string, string>();
  const problems: string[] = [];
  for (const raw of text.split(';')) {
    const segment = raw.trim();
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    if (eq < 0) {
      problems.push(`no "=" in "${segment}"`);
      continue;
    }
    const name = segment.slice(0, eq).trim();
    const value = segment.slice(eq + 1).trim();
    if (!NAME.test(name)) {
      problems.push(`invalid tag name "${name}"`);
      continue;
    }
    if (!VALUE.test(value)) problems.push(`invalid character in ${name}=`);
    if (values.has(name)) {
      problems.push(`tag ${name}= appears twice`);
      continue;
    }
    tags.push({ name, value });
    values.set(name, value);
  }
  return { tags, values, problems };
}

/** Removes every kind of whitespace (base64 in `p=` may be folded, RFC 6376 §3.6.1). */
export function stripWhitespace(s: string): string {
  return s.replace(/[\s]+/gu, '');
}
