/** Shared formatting for the report renderers and the CLI's human output. */
import type { Lang } from '../i18n/index.ts';
import type { Evidence } from '../model/finding.ts';

export const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-GB', sv: 'sv-SE', nb: 'nb-NO' };

/** An ISO time in the reader's zone and locale, with the zone named. */
export function formatInstant(iso: string, lang: Lang, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALE[lang], {
      dateStyle: 'medium',
      timeStyle: 'long',
      timeZone,
    }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

/** `2026-11-20 13:02:00 UTC`: unambiguous for support whatever their zone; the input as given if unparsable. */
export function utcText(iso: string, withMs = false): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const s = new Date(ms).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, withMs ? 23 : 19)} UTC`;
}

/** Time of day in UTC with milliseconds (`13:02:00.123`), for transcript lines under a dated heading. */
export function utcClock(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(11, 23);
}

/** Evidence as plain lines, the same in the text report and the CLI. */
export function evidenceLines(e: Evidence): string[] {
  switch (e.kind) {
    case 'dns': {
      const head = `DNS ${e.name} ${e.type} @${e.server}: ${e.rcode}${e.ad ? ' (AD)' : ''} ${e.elapsedMs} ms`;
      return [head, ...e.answers.map((a) => `  ${a.name} ${a.ttl} ${a.type} ${a.data}`)];
    }
    case 'smtp':
      return e.lines.map((l) => `${l.dir === 'c' ? 'C:' : l.dir === 's' ? 'S:' : '  '} ${l.line}`);
    case 'log':
      return e.lines.map((l) => `${e.file}:${l.n}: ${l.text}`);
    case 'header':
      return [`${e.name}: ${e.value}`];
    case 'text':
      return [`${e.label}: ${e.text}`];
  }
}

/**
 * Word-wraps prose to `width` columns (counted in code points): the first line starts with
 * `first`, the rest with `rest`. A word longer than a line (an address, a URL) stays whole rather
 * than being cut; explicit line breaks are kept.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const out: string[] = [];
  let prefix = first;
  for (const paragraph of text.split(/\r?\n/u)) {
    const words = paragraph.split(/[ \t]+/u).filter((w) => w !== '');
    if (words.length === 0) {
      out.push(prefix.trimEnd());
      prefix = rest;
      continue;
    }
    let line = prefix;
    let empty = true;
    for (const word of words) {
      const candidate = empty ? `${line}${word}` : `${line} ${word}`;
      if (!empty && [...candidate].length > width) {
        out.push(line);
        line = `${rest}${word}`;
      } else {
        line = candidate;
      }
      empty = false;
    }
    out.push(line);
    prefix = rest;
  }
  return out;
}
