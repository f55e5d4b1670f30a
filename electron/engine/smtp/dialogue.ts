/**
 * The opening of every SMTP session, shared by the submission probe and the MX probe: connect
 * (trying each address in turn), read the greeting, say EHLO (falling back to HELO), and upgrade
 * to TLS. Each helper records its step and its finding and throws a WireError when the wire fails;
 * the probe that called it turns that into the final finding.
 */
import { isIP } from 'node:net';
import type { X509Certificate } from 'node:crypto';
import type { Resolver } from '../dns/types.ts';
import type { Finding } from '../model/finding.ts';
import { certificateFindings } from './cert-findings.ts';
import { build, type Ctx } from './classify.ts';
import { extensionSummary, parseEhlo } from './ehlo.ts';
import { resolveHost } from './host-address.ts';
import { replySummary, type Reply } from './reply.ts';
import type { SmtpSession } from './session.ts';
import type { StepRecorder } from './steps.ts';
import { describeTls } from './tls-info.ts';
import type { EhloInfo, TlsInfo } from './types.ts';
import { WireError } from './wire.ts';

export interface Dialogue {
  readonly ctx: Ctx;
  readonly session: SmtpSession;
  readonly steps: StepRecorder;
  readonly findings: Finding[];
  readonly now: () => Date;
}

/** Connects to the first address that answers; throws the last failure when none does. */
export async function connectAny(d: Dialogue, addresses: readonly string[], port: number): Promise<string> {
  d.steps.begin('connect');
  let last: WireError | undefined;
  const failures: string[] = [];
  for (const ip of addresses) {
    d.ctx.address = ip;
    try {
      await d.session.connect(ip, port);
      d.steps.end('ok', `${ip}:${port}${failures.length > 0 ? ` (after ${failures.join(', ')})` : ''}`);
      d.findings.push(
        build(d.ctx, 'connect', 'smtp.connect.ok', 'ok', 'nobody', { address: ip, port, host: d.ctx.host }, { withTranscript: false }),
      );
      return ip;
    } catch (err) {
      if (!(err instanceof WireError) || err.kind === 'aborted') throw err;
      d.session.transcript.note(`connection to ${ip} port ${port} failed: ${err.code ?? err.kind}`);
      failures.push(`${ip}: ${err.code ?? err.kind}`);
      last = err;
    }
  }
  throw last ?? new WireError('other', 'connect', 'no address to connect to');
}

/** The name a greeting claims (RFC 5321 §4.3.1: `220 domain text`). */
export function greetingName(reply: Reply): string | undefined {
  const first = reply.lines[0]?.slice(4).trim().split(/\s+/u)[0];
  return first !== undefined && first.length > 0 ? first : undefined;
}

/** Reads the greeting; returns false when the server turned the session away. */
export async function greet(d: Dialogue, resolver: Resolver | undefined, timeoutMs: number): Promise<{ ok: boolean; reply: Reply }> {
  d.steps.begin('greeting');
  const reply = await d.session.readReply('greeting');
  const summary = replySummary(reply);
  if (reply.code === 220) {
    d.steps.end('ok', summary);
    const claimed = greetingName(reply);
    d.findings.push(
      build(d.ctx, 'greeting', 'smtp.greeting.ok', 'ok', 'nobody', { host: d.ctx.host, reply: summary, claimed: claimed ?? '' }),
    );
    if (claimed !== undefined && claimed.toLowerCase() !== d.ctx.host.toLowerCase() && !isIP(d.ctx.host)) {
      d.findings.push(await nameFinding(d, claimed, resolver, timeoutMs));
    }
    return { ok: true, reply };
  }
  d.steps.end('error', summary);
  const id = reply.code === 421 ? 'smtp.greeting.unavailable' : 'smtp.greeting.rejected';
  const who = reply.code === 421 ? (d.ctx.role === 'mx' ? 'recipient-provider' : 'sender-provider') : 'sender-it';
  d.findings.push(build(d.ctx, 'greeting', id, 'error', who, { host: d.ctx.host, reply: summary, code: reply.code }));
  return { ok: false, reply };
}

/** Compares the claimed name's addresses with the one connected to. */
async function nameFinding(d: Dialogue, claimed: string, resolver: Resolver | undefined, timeoutMs: number): Promise<Finding> {
  const params = { host: d.ctx.host, claimed, address: d.ctx.address ?? '' };
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/iu.test(claimed)) {
    return build(d.ctx, 'greeting', 'smtp.greeting.name-elsewhere', 'info', 'nobody', { ...params, claimedAddresses: '—' });
  }
  const found = await resolveHost(claimed, resolver, { timeoutMs });
  const ips = found.addresses.map((a) => a.ip);
  const same = d.ctx.address !== undefined && ips.includes(d.ctx.address);
  return build(
    d.ctx,
    'greeting',
    same ? 'smtp.greeting.name-differs' : 'smtp.greeting.name-elsewhere',
    'info',
    'nobody',
    { ...params, claimedAddresses: ips.join(', ') || '—' },
    { evidence: found.evidence, withTranscript: false },
  );
}

/** RFC 5321 §4.1.4: without a meaningful name, a client says EHLO with its address literal. */
export function addressLiteral(ip: string | undefined): string {
  if (ip === undefined) return '[127.0.0.1]';
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return isIP(v4) === 6 ? `[IPv6:${v4}]` : `[${v4}]`;
}

/** The finding listing what the server offers (made once, from the last EHLO of the session). */
export function ehloFinding(d: Dialogue, info: EhloInfo): Finding {
  return build(d.ctx, 'ehlo', 'smtp.ehlo.ok', 'info', 'nobody', { host: d.ctx.host, name: info.name, extensions: extensionSummary(info) });
}

/**
 * EHLO, or HELO when EHLO is refused as unknown (RFC 5321 §3.2); undefined when both are refused.
 * `again` marks the EHLO after STARTTLS, which has no HELO fallback. The success finding is left to
 * the caller (see `ehloFinding`), since only the last EHLO's list counts.
 */
export async function hello(d: Dialogue, heloName: string | undefined, again = false): Promise<EhloInfo | undefined> {
  d.steps.begin('ehlo');
  const name = heloName ?? addressLiteral(d.session.localAddress);
  const reply = await d.session.command(`EHLO ${name}`, 'ehlo');
  if (reply.code === 250) {
    const info = parseEhlo(reply, 'ehlo');
    d.steps.end('ok', `${info.name}: ${extensionSummary(info)}`);
    return info;
  }
  if (reply.code >= 500 && reply.code !== 554 && !again) {
    const helo = await d.session.command(`HELO ${name}`, 'helo');
    if (helo.code === 250) {
      const info = parseEhlo(helo, 'helo');
      d.steps.end('warning', replySummary(helo));
      d.findings.push(
        build(d.ctx, 'ehlo', 'smtp.ehlo.helo-only', 'warning', d.ctx.role === 'mx' ? 'recipient-provider' : 'sender-provider', {
          host: d.ctx.host,
          reply: replySummary(reply),
        }),
      );
      return info;
    }
    d.steps.end('error', replySummary(helo));
    d.findings.push(build(d.ctx, 'ehlo', 'smtp.ehlo.rejected', 'error', 'sender-it', { host: d.ctx.host, reply: replySummary(helo) }));
    return undefined;
  }
  d.steps.end('error', replySummary(reply));
  d.findings.push(build(d.ctx, 'ehlo', 'smtp.ehlo.rejected', 'error', 'sender-it', { host: d.ctx.host, reply: replySummary(reply) }));
  return undefined;
}

/** Runs the TLS handshake (the `tls` step) and reports the session and its certificate. */
export async function handshake(d: Dialogue, trust: readonly string[], extraCa: readonly X509Certificate[]): Promise<TlsInfo> {
  if (d.steps.open !== 'tls') d.steps.begin('tls');
  const servername = isIP(d.ctx.host) ? undefined : d.ctx.host;
  const socket = await d.session.startTls({ ...(servername !== undefined ? { servername } : {}), ca: trust });
  const info = describeTls(socket, d.ctx.host);
  d.session.transcript.note(
    `TLS established: ${info.protocol} ${info.cipher}; certificate ${info.authorized ? 'trusted' : `not trusted (${info.authorizationError ?? 'unknown'})`}${info.nameMatches ? '' : `, does not name ${d.ctx.host}`}`,
  );
  const found = certificateFindings(d.ctx, info, extraCa, d.now());
  const worst = found.some((f) => f.status === 'error') ? 'error' : found.some((f) => f.status === 'warning') ? 'warning' : 'ok';
  d.steps.end(
    worst,
    `${info.protocol} ${info.cipher}; ${info.chain[0]?.subject ?? 'no certificate'}${info.authorized ? '' : `; ${info.authorizationError ?? ''}`}`,
  );
  d.findings.push(...found);
  return info;
}
