/** The time zones offered for "when it was sent", with their current UTC offsets. */
import { zoneOffsetMinutes } from '../../../electron/engine/model/time.ts';

let cached: readonly string[] | undefined;

/** Every IANA zone this browser knows, sorted, with UTC included. */
export function allTimeZones(): readonly string[] {
  if (cached) return cached;
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add('UTC');
  cached = [...zones].sort((a, b) => a.localeCompare(b, 'en'));
  return cached;
}

/** "+01:00" for `zone` at `at`. */
export function offsetText(zone: string, at: Date): string {
  let minutes = 0;
  try {
    minutes = zoneOffsetMinutes(zone, at.getTime());
  } catch {
    return '';
  }
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
