/**
 * Mail date-times (RFC 5322 §3.3) with the obsolete forms of §4.3 and what real MTAs write besides:
 * no day name, two-digit years, no seconds, named zones (`GMT`, `PST`, `CEST`), `+01:00`, a trailing
 * zone comment, ctime style (`Mon Jan 15 10:00:00 2024`), and ISO 8601. The original zone text is kept.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

// RFC 5322 §4.3 names plus zones that MTAs write in practice. Offsets in minutes east of UTC.
const ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  BST: 60,
  IST: 60,
  WEST: 60,
  CET: 60,
  MET: 60,
  MEZ: 60,
  CEST: 120,
  MEST: 120,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

export interface MailDate {
  readonly utcMs: number;
  /** ISO 8601 in UTC. */
  readonly utc: string;
  /** The matched date-time text. */
  readonly original: string;
  /** Zone as written, with its comment, e.g. `+0100 (CET)`. */
  readonly zone: string;
  readonly zoneKnown: boolean;
  /** Text after the date-time (Courier writes `id …` there). */
  readonly rest: string;
}

// A zone is numeric, a known name, or a single military letter; any other word (Courier's `id`
// after a zone-less date) is left in the rest.
const ZONE = `[+-]\\d{2}:?\\d{2}|(?:${Object.keys(ZONES).join('|')})(?![A-Za-z])|[A-Za-z](?![A-Za-z])`;
const RFC = new RegExp(
  `^\\s*(?:([A-Za-z]{3,9})\\s*,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(${ZONE})?\\s*(\\([^()]*\\))?`,
  'i',
);
const CTIME = new RegExp(
  `^\\s*(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(?:(${ZONE})\\s+)?(\\d{4})\\s*(\\([^()]*\\))?`,
  'i',
);
const ISO = new RegExp(
  `^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(${ZONE})?\\s*(\\([^()]*\\))?`,
  'i',
);

function zoneOffset(zone: string | undefined): { minutes: number; known: boolean } {
  if (!zone) return { minutes: 0, known: false };
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    if (Number(numeric[2]) > 23 || Number(numeric[3]) > 59) return { minutes: 0, known: false };
    // RFC 5322 §3.3: -0000 means "UTC, local zone unknown" — the instant is still exact.
    return { minutes: numeric[1] === '-' ? -minutes : minutes, known: true };
  }
  const named = ZONES[zone.toUpperCase()];
  // Military single letters other than Z are unreliable (RFC 5322 §4.3): treat them as unknown.
  return named === undefined ? { minutes: 0, known: false } : { minutes: named, known: true };
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  if (text.length === 3) return y + 1900;
  return y < 50 ? 2000 + y : 1900 + y;
}

function make(
  parts: { y: number; mo: number; d: number; h: number; mi: number; s: number },
  zone: string | undefined,
  comment: string | undefined,
  matched: string,
  rest: string,
): MailDate | undefined {
  const { y, mo, d, h, mi, s } = parts;
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const wall = Date.UTC(y, mo, d, h, mi, Math.min(s, 59));
  const probe = new Date(wall);
  if (probe.getUTCDate() !== d || probe.getUTCMonth() !== mo) return undefined;
  const off = zoneOffset(zone);
  const utcMs = wall - off.minutes * 60000;
  const zoneText = [zone ?? '', comment ?? ''].filter((x) => x.length > 0).join(' ');
  return {
    utcMs,
    utc: new Date(utcMs).toISOString(),
    original: matched.trim(),
    zone: zoneText,
    zoneKnown: off.known,
    rest: rest.trim(),
  };
}

/** Parses a date-time at the start of `text`; undefined when there is none. */
export function parseMailDate(text: string): MailDate | undefined {
  const rfc = RFC.exec(text);
  if (rfc) {
    const mo = MONTHS[(rfc[3] ?? '').slice(0, 3).toLowerCase()];
    if (mo !== undefined) {
      return make(
        { y: fullYear(rfc[4] ?? ''), mo, d: Number(rfc[2]), h: Number(rfc[5]), mi: Number(rfc[6]), s: Number(rfc[7] ?? 0) },
        rfc[8],
        rfc[9],
        rfc[0],
        text.slice(rfc[0].length),
      );
    }
  }
  const iso = ISO.exec(text);
  if (iso) {
    return make(
      { y: Number(iso[1]), mo: Number(iso[2]) - 1, d: Number(iso[3]), h: Number(iso[4]), mi: Number(iso[5]), s: Number(iso[6] ?? 0) },
      iso[7],
      iso[8],
      iso[0],
      text.slice(iso[0].length),
    );
  }
  const ct = CTIME.exec(text);
  if (ct) {
    const mo = MONTHS[(ct[1] ?? '').toLowerCase()];
    if (mo !== undefined) {
      return make(
        { y: Number(ct[7]), mo, d: Number(ct[2]), h: Number(ct[3]), mi: Number(ct[4]), s: Number(ct[5] ?? 0) },
        ct[6],
        ct[8],
        ct[0],
        text.slice(ct[0].length),
      );
    }
  }
  return undefined;
}
