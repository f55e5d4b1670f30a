/**
 * Log timestamps: classic syslog (`Dec 31 23:59:59`, RFC 3164 §4.1.2, no year and no zone),
 * RFC 3339 (`2025-12-31T23:59:59.123456+01:00`, rsyslog/journald/Postfix `maillog_file`),
 * Exim's `2025-12-31 23:59:59[.mmm] [+0100]`, and ISO 8601 UTC in Exchange/M365 CSVs.
 * Times without a zone are wall times in the zone the caller names; the offset of each wall hour
 * is cached because every line of a large log needs one.
 */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/**
 * Offset of `zone` from UTC at instant `utcMs`, in minutes east. Same as model/time.ts's
 * zoneOffsetMinutes, with the formatter cached: building one costs more than a log line.
 */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  let f = FORMATTERS.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATTERS.set(zone, f);
  }
  let y = 0,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0,
    s = 0;
  for (const p of f.formatToParts(new Date(utcMs))) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') mo = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
    else if (p.type === 'hour') h = Number(p.value);
    else if (p.type === 'minute') mi = Number(p.value);
    else if (p.type === 'second') s = Number(p.value);
  }
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

export function monthNumber(abbrev: string): number | undefined {
  return MONTHS[abbrev];
}

/** Converts wall-clock times in one zone to instants, caching the offset per wall hour. */
export class ZoneClock {
  readonly zone: string;
  private readonly cache = new Map<number, number>();

  constructor(zone: string) {
    this.zone = zone;
  }

  /** Offset (minutes east of UTC) in force at the given wall time, resolving DST gaps forward. */
  offsetAtWall(wallMs: number): number {
    const hour = Math.floor(wallMs / 3_600_000);
    const hit = this.cache.get(hour);
    if (hit !== undefined) return hit;
    if (this.cache.size > 50_000) this.cache.clear();
    let off = zoneOffsetMinutes(this.zone, wallMs);
    off = zoneOffsetMinutes(this.zone, wallMs - off * 60_000);
    this.cache.set(hour, off);
    return off;
  }

  /** Instant and ISO text of a wall time in this zone. */
  fromWall(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): { at: number; iso: string } {
    const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    const off = this.offsetAtWall(wall);
    return { at: wall - off * 60_000, iso: isoWithOffset(wall, off, ms !== 0) };
  }
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 of a wall time (already shifted to local) with its offset. */
function isoWithOffset(wallMs: number, offsetMin: number, withMs: boolean): string {
  const d = new Date(wallMs);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${base}${withMs ? `.${pad(d.getUTCMilliseconds(), 3)}` : ''}${formatOffset(offsetMin)}`;
}

/** `+01:00`, `+0100`, `Z` → minutes east of UTC. */
export function parseOffset(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/u.exec(text);
  if (!m) return undefined;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** Fraction digits (`123456`) → milliseconds. */
export function fractionMs(digits: string | undefined): number {
  if (!digits) return 0;
  return Math.floor(Number(`0.${digits}`) * 1000);
}

/** An explicit date-time with optional offset; without one the zone clock decides. */
export function stampFromParts(
  clock: ZoneClock,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: string | undefined,
): { at: number; iso: string } | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  if (offset === undefined || offset === '') return clock.fromWall(y, mo, d, h, mi, s, ms);
  const off = parseOffset(offset);
  if (off === undefined) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return { at: wall - off * 60_000, iso: isoWithOffset(wall, off, ms !== 0) };
}

/**
 * Assigns years to classic syslog timestamps, which carry none. The first line's year is the
 * given one, or else derived from a reference date (the file's mtime, i.e. when its last line was
 * written): the year of the reference, or the one before when the first month lies after the
 * reference month. Walking forward, a month that falls back by six or more (Dec → Jan) starts a
 * new year; a line that jumps forward by six or more (a late Dec line after Jan) belongs to the
 * previous year without moving the tracker.
 */
export class YearTracker {
  private year: number | undefined;
  private lastMonth = 0;
  private readonly reference: Date | undefined;
  private readonly explicitYear: number | undefined;
  /** The year of the first dated line. */
  firstYear: number | undefined;

  constructor(opts: { year?: number; reference?: Date }) {
    this.explicitYear = opts.year;
    this.reference = opts.reference;
  }

  yearFor(month: number): number {
    if (this.year === undefined) {
      if (this.explicitYear !== undefined) this.year = this.explicitYear;
      else {
        const ref = this.reference ?? new Date();
        const refYear = ref.getFullYear();
        this.year = month > ref.getMonth() + 1 ? refYear - 1 : refYear;
      }
      this.firstYear = this.year;
      this.lastMonth = month;
      return this.year;
    }
    if (month < this.lastMonth && this.lastMonth - month >= 6) {
      this.year++;
      this.lastMonth = month;
    } else if (month > this.lastMonth && month - this.lastMonth >= 6) {
      return this.year - 1;
    } else if (month > this.lastMonth) {
      this.lastMonth = month;
    }
    return this.year;
  }
}

/** Parses a user's `since`/`until`: ISO 8601 with or without offset (then in `clock`'s zone). */
export function parseUserTime(text: string, clock: ZoneClock): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u.exec(text.trim());
  if (!m) return undefined;
  const r = stampFromParts(
    clock,
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    fractionMs(m[7]),
    m[8],
  );
  return r?.at;
}

/** `YYYY-MM-DD HH:MM:SS` of an instant in a zone, for the consultant's sentences. */
export function formatInZone(at: number, zone: string): string {
  const off = zoneOffsetMinutes(zone, at);
  const d = new Date(at + off * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The machine's own zone. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
