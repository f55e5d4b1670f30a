/**
 * Dates and times for people: always through Intl, in the UI language's locale and the user's own
 * time zone unless a zone is named.
 */
import { localeFor, type Lang } from './index.ts';

/** The IANA zone this browser runs in. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A moment in full, with the zone's short name: "Friday 14 March 2025 at 09:30 CET". */
export function formatDateTime(lang: Lang, date: Date, timeZone: string = userTimeZone()): string {
  return new Intl.DateTimeFormat(localeFor(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

/** A moment in a list or a status line: "14 Mar 2025, 09:30". */
export function formatShort(lang: Lang, date: Date, timeZone: string = userTimeZone()): string {
  return new Intl.DateTimeFormat(localeFor(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** A time of day only, for "saved at …". */
export function formatTime(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(localeFor(lang), { timeStyle: 'medium' }).format(date);
}

/** A list of names: "Sender, Recipients and Notes". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(localeFor(lang), { style: 'long', type: 'conjunction' }).format(items);
}
