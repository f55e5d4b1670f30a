/**
 * Sending the report to the recipient provider's support: the mail is composed by the engine
 * (`supportCompose`) for the consultant to read, and sent (`supportSend`, `confirmed: true`) only
 * when they press Send, through the outgoing server of steps 2–3. The password goes into that one
 * call and nowhere else.
 */
import type { CallOptions } from '../../../electron/engine/contract/api.ts';
import type { OpInput, OpOutput } from '../../../electron/engine/contract/ops.ts';
import type { OpResult } from '../../../electron/engine/contract/result.ts';
import type { ReportInput } from '../../../electron/engine/report/parse-input.ts';
import { api } from '../api/index.ts';
import { cleanHost, effectivePort, type Security } from '../smtp/host.ts';

export type ComposedMail = OpOutput<'supportCompose'>;
export type SendOutcome = OpOutput<'supportSend'>;

/** The server the report goes through: the one of steps 2–3. */
export interface SupportServer {
  readonly host: string;
  /** As typed in step 2; empty means the security's default. */
  readonly port: string;
  readonly security: Security;
  readonly user: string;
  readonly ca: string;
  readonly dnsServers: readonly string[];
}

export function composeMail(input: ReportInput, to: string, options: CallOptions): Promise<OpResult<ComposedMail>> {
  return api.supportCompose({ input, ...(to.trim() !== '' ? { to: to.trim() } : {}) }, options);
}

export function sendInput(input: ReportInput, to: string, from: string, server: SupportServer, password: string): OpInput<'supportSend'> {
  const port = effectivePort(server);
  return {
    input,
    to,
    from,
    smtp: {
      host: cleanHost(server.host),
      ...(port !== undefined ? { port } : {}),
      security: server.security,
      ...(server.user.trim() !== '' ? { user: server.user.trim() } : {}),
      ...(password !== '' ? { password } : {}),
      ...(server.ca.trim() !== '' ? { ca: server.ca } : {}),
    },
    confirmed: true,
    dns: { servers: [...server.dnsServers] },
  };
}

/** "12.3 kB", in the UI's locale. */
export function formatSize(locale: string, bytes: number): string {
  if (bytes < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1000);
}

/** The longest URL Electron's guard hands to the mail program (`electron/main/external-url.ts`). */
export const MAX_MAILTO = 2048;

/**
 * The `mailto:` draft shortened to fit `max` characters once encoded: the body is cut (at a whole
 * character, marked with "…") and the recipient and subject kept. Longer links are refused by the
 * app's guard and by some mail programs; the full report goes along as the saved files anyway.
 */
export function fitMailto(mailto: string, max: number = MAX_MAILTO): string {
  if (mailto.length <= max) return mailto;
  const at = mailto.indexOf('&body=');
  if (at < 0) return mailto;
  const head = mailto.slice(0, at);
  let chars: string[];
  try {
    chars = Array.from(decodeURIComponent(mailto.slice(at + '&body='.length)));
  } catch {
    return head;
  }
  const url = (n: number): string => `${head}&body=${encodeURIComponent(`${chars.slice(0, n).join('').trimEnd()}\n…`)}`;
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (url(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? url(lo) : head;
}
