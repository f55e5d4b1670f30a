/**
 * CSV records (RFC 4180 quoting) and the column names of Microsoft's exports, normalised so that
 * `date-time` (Exchange tracking log), `date_time_utc` (M365 extended report), `Received`
 * (Get-MessageTrace) and `Date (UTC)` compare alike: lower case, letters and digits only.
 */

/** Splits one CSV record; undefined when a quote is left open (a damaged or wrapped line). */
export function splitCsv(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (i < n && line.charCodeAt(i) === 34) {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q === -1) return undefined;
        value += line.slice(i, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out.push(value);
      if (i >= n) return out;
      if (line.charCodeAt(i) !== 44) return undefined;
      i++;
    } else {
      const c = line.indexOf(',', i);
      if (c === -1) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, c));
      i = c + 1;
    }
  }
}

export function normalizeColumn(name: string): string {
  return name
    .replace(/^\uFEFF/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
}

/** Column lookup by any of several normalised aliases. */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(names: readonly string[]) {
    names.forEach((n, i) => {
      const k = normalizeColumn(n);
      if (!this.index.has(k)) this.index.set(k, i);
    });
  }

  has(...aliases: string[]): boolean {
    return aliases.some((a) => this.index.has(a));
  }

  get(row: readonly string[], ...aliases: string[]): string | undefined {
    for (const a of aliases) {
      const i = this.index.get(a);
      if (i !== undefined) {
        const v = row[i]?.trim();
        if (v !== undefined && v !== '') return v;
      }
    }
    return undefined;
  }

  get size(): number {
    return this.index.size;
  }
}

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?$/iu;
const EU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * A date as Microsoft's exports write it. Message trace times are UTC ("The time stamps on the
 * output are in UTC", Get-MessageTraceV2), so a time without offset is read as UTC. PowerShell's
 * Export-Csv writes the culture's format: `1/12/2025 2:03:04 PM` (en-US), `12.01.2025 14:03:04`.
 */
export function parseExportDate(
  text: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number; offset?: string } | undefined {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) {
    return {
      y: Number(m[1]),
      mo: Number(m[2]),
      d: Number(m[3]),
      h: Number(m[4]),
      mi: Number(m[5]),
      s: Number(m[6] ?? 0),
      ms: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
      offset: m[8] ?? 'Z',
    };
  }
  m = US.exec(t);
  if (m) {
    let h = Number(m[4]);
    const ampm = m[7]?.toUpperCase();
    if (ampm === 'PM' && h < 12) h += 12;
    if (ampm === 'AM' && h === 12) h = 0;
    return { y: Number(m[3]), mo: Number(m[1]), d: Number(m[2]), h, mi: Number(m[5]), s: Number(m[6] ?? 0), ms: 0, offset: 'Z' };
  }
  m = EU.exec(t);
  if (m)
    return {
      y: Number(m[3]),
      mo: Number(m[2]),
      d: Number(m[1]),
      h: Number(m[4]),
      mi: Number(m[5]),
      s: Number(m[6] ?? 0),
      ms: 0,
      offset: 'Z',
    };
  return undefined;
}
