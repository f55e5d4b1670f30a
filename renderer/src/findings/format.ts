/**
 * Times and durations in findings, timelines and step results: always through Intl, in the UI
 * language's locale and the user's own time zone (the zone's short name is shown, so a time is
 * never ambiguous when it is copied into a ticket).
 */
import { localeFor, type Lang } from '../i18n/index.ts';
import { userTimeZone } from '../i18n/format.ts';

/** A moment to the second with its zone: "14 Mar 2025, 09:30:12 CET". Empty for an unreadable time. */
export function formatMoment(lang: Lang, iso: string | Date, timeZone: string = userTimeZone()): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'medium', timeStyle: 'long', timeZone }).format(date);
}

/** A number in the locale's digits and separators. */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(localeFor(lang)).format(value);
}

function unit(lang: Lang, value: number, name: 'day' | 'hour' | 'minute' | 'second' | 'millisecond'): string {
  return new Intl.NumberFormat(localeFor(lang), { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A duration in the largest two units: "6 min 18 sec", "2 hr 5 min", "850 ms". Negative durations keep their sign. */
export function formatDuration(lang: Lang, seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  let s = Math.abs(seconds);
  if (s < 1) return sign + unit(lang, Math.round(s * 1000), 'millisecond');
  s = Math.round(s);
  const parts: string[] = [];
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const secs = s % 60;
  if (days > 0) parts.push(unit(lang, days, 'day'), ...(hours > 0 ? [unit(lang, hours, 'hour')] : []));
  else if (hours > 0) parts.push(unit(lang, hours, 'hour'), ...(minutes > 0 ? [unit(lang, minutes, 'minute')] : []));
  else if (minutes > 0) parts.push(unit(lang, minutes, 'minute'), ...(secs > 0 ? [unit(lang, secs, 'second')] : []));
  else parts.push(unit(lang, secs, 'second'));
  return sign + parts.join(' ');
}

/** Milliseconds as a person reads them: "850 ms", "2 sec". */
export function formatMs(lang: Lang, ms: number): string {
  return formatDuration(lang, ms / 1000);
}
