/**
 * The Received chain as a timeline. Each MTA prepends its field (RFC 5321 §4.4), so the bottom field
 * is the oldest hop. The delay of a hop is the time since the previous hop's stamp: how long the
 * message waited at the previous server (its queue, retries, a greylisting receiver) plus transfer.
 * A negative delay beyond the tolerance is clock skew: some server's clock is wrong.
 */
import { fieldsNamed } from './input.ts';
import { ipScope } from './ip.ts';
import { parseReceived } from './received.ts';
import type { HeaderField, Hop } from './types.ts';

export interface TimelineOptions {
  readonly skewToleranceSeconds: number;
}

export function buildHops(fields: readonly HeaderField[], options: TimelineOptions): Hop[] {
  const received = fieldsNamed(fields, 'Received').reverse();
  const parsed = received.map((f) => ({ field: f, p: parseReceived(f.value) }));

  let prevMs: number | undefined;
  const hops: Hop[] = parsed.map(({ field, p }, index) => {
    const ms = p.time ? Date.parse(p.time.utc) : undefined;
    const delaySeconds = ms !== undefined && prevMs !== undefined ? Math.round((ms - prevMs) / 1000) : undefined;
    // The reference is the latest earlier stamp: after a hop whose clock runs behind, the next hop's
    // delay is not inflated by that clock's error.
    if (ms !== undefined) prevMs = prevMs === undefined ? ms : Math.max(prevMs, ms);
    const scope = p.from?.ip ? ipScope(p.from.ip) : undefined;
    return {
      index,
      ...p,
      ...(delaySeconds !== undefined ? { delaySeconds } : {}),
      ...(delaySeconds !== undefined && delaySeconds < -options.skewToleranceSeconds ? { clockSkew: true } : {}),
      ...(scope ? { scope } : {}),
      raw: field.value,
      fieldIndex: field.index,
    };
  });

  let largest: Hop | undefined;
  for (const hop of hops) {
    if (hop.delaySeconds !== undefined && hop.delaySeconds > 0 && (!largest || hop.delaySeconds > (largest.delaySeconds ?? 0))) {
      largest = hop;
    }
  }
  return largest ? hops.map((h) => (h === largest ? { ...h, largestDelay: true } : h)) : hops;
}

/** Whether a hop carried mail between machines inside one system rather than across a network edge. */
export function isInternalHop(hop: Hop): boolean {
  if (hop.protocol && /^(?:LMTPS?A?|LOCAL.*|HTTPS?|MAPI|UTF8LMTP.*)$/.test(hop.protocol)) return true;
  if (!hop.from) return true;
  if (!hop.from.ip) return true;
  return hop.scope !== 'public';
}

/** Human-readable duration (`2 h 5 min`, `45 s`), language-neutral units. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest ? `${m} min ${rest} s` : `${m} min`;
  }
  if (s < 86400) {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  return h ? `${d} d ${h} h` : `${d} d`;
}
