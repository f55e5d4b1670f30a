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
