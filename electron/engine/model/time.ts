/**
 * Wall-clock times in a named time zone. The case keeps what the consultant typed (a local time and
 * the zone it was in) and derives the instant, so nothing is lost to a wrong offset.
 */

/** Whether `zone` is an IANA time zone name this runtime knows. */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/u;

/** Parses `YYYY-MM-DDTHH:mm[:ss]`; undefined when malformed or not a real calendar time. */
export function parseLocalDateTime(
  text: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } | undefined {
  const m = LOCAL.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number, number, number, number, number, number,
  ];
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d ||
    probe.getUTCHours() !== h || probe.getUTCMinutes() !== mi || probe.getUTCSeconds() !== s
  ) {
    return undefined;
  }
  return { y, mo, d, h, mi, s };
}

/** Offset of `zone` from UTC at instant `utcMs`, in minutes (east positive). */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant meant by a local wall time in `zone`, as ISO 8601 with that zone's offset
 * (e.g. `2026-03-29T02:30:00+02:00`). A time skipped by a DST change resolves forward.
 */
export function localToIso(local: string, zone: string): string | undefined {
  const p = parseLocalDateTime(local);
  if (!p || !isTimeZone(zone)) return undefined;
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  // Two passes settle the offset around DST transitions.
  let offset = zoneOffsetMinutes(zone, wall);
  offset = zoneOffsetMinutes(zone, wall - offset * 60000);
  const utc = wall - offset * 60000;
  const finalOffset = zoneOffsetMinutes(zone, utc);
  const shown = new Date(utc + finalOffset * 60000).toISOString().slice(0, 19);
  return `${shown}${formatOffset(finalOffset)}`;
}
