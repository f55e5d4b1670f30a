/**
 * Probe of the outgoing (submission) server, as the consultant's mail program would use it
 * (RFC 6409 on 587, RFC 8314 implicit TLS on 465): DNS, TCP, greeting, EHLO, STARTTLS or implicit
 * TLS with the certificate, AUTH, then MAIL FROM and RCPT TO for each recipient followed by RSET —
 * the addresses are checked without anything being sent. Every step is timed and ends in a finding.
 */
import { isIP } from 'node:net';
import { isMailAddress } from '../model/address.ts';
import type { Finding } from '../model/finding.ts';
import { authenticate, chooseMechanism } from './auth.ts';
import { build, replyFinding, wireFinding, type Ctx } from './classify.ts';
import { connectAny, ehloFinding, greet, greetingName, handshake, hello, type Dialogue } from './dialogue.ts';
import { resolveHost } from './host-address.ts';
import { replySummary } from './reply.ts';
import { phaseTimeouts, SmtpSession } from './session.ts';
import { StepRecorder } from './steps.ts';
import { Transcript } from './transcript.ts';
import { loadTrust, type Trust } from './trust.ts';
import type { AddressVerdict, SmtpDeps, SubmissionParams, SubmissionResult } from './types.ts';
import { WireError } from './wire.ts';

export const DEFAULT_TIMEOUT_MS = 15_000;

type Draft = { -readonly [K in keyof SubmissionResult]: SubmissionResult[K] };

/** Validates what the consultant typed; each problem is a finding, and the probe does not start. */
function invalidParams(ctx: Ctx, p: SubmissionParams): Finding[] {
  const bad: { field: string; value: string }[] = [];
  const host = p.host.trim();
  if (host.length === 0 || /\s/u.test(host) || (isIP(host) === 0 && !/^[a-z0-9_.-]+$/iu.test(host)))
    bad.push({ field: 'host', value: p.host });
  if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) bad.push({ field: 'port', value: String(p.port) });
  if (p.from !== undefined && p.from.length > 0 && !isMailAddress(p.from)) bad.push({ field: 'from', value: p.from });
  for (const to of p.to ?? []) if (!isMailAddress(to)) bad.push({ field: 'to', value: to });
  return bad.map((b) => build(ctx, 'params', 'smtp.params.invalid', 'error', 'sender-it', b, { withTranscript: false }));
}

export async function probeSubmission(params: SubmissionParams, deps: SmtpDeps): Promise<SubmissionResult> {
  const now = deps.now ?? ((): Date => new Date());
  const transcript = new Transcript({ now, ...(deps.onTranscript ? { onLine: deps.onTranscript } : {}) });
  transcript.addSecret(params.password, params.user);
  const timeouts = phaseTimeouts(params.timeoutMs ?? DEFAULT_TIMEOUT_MS, params.timeouts);
  const host = params.host.trim().replace(/\.$/u, '');
  const ctx: Ctx = { lang: deps.lang, role: 'submission', host, port: params.port, transcript, timeouts, explainReply: deps.explainReply };
  const steps = new StepRecorder(now, deps.onProgress);
  const findings: Finding[] = [];
  const draft: Draft = { host, port: params.port, security: params.security, steps: steps.steps, transcript: transcript.lines, findings };

  const invalid = invalidParams(ctx, params);
  if (invalid.length > 0) {
    findings.push(...invalid);
    return { ...draft };
  }
  const session = new SmtpSession({ transcript, timeouts, ...(deps.signal ? { signal: deps.signal } : {}) });
  const d: Dialogue = { ctx, session, steps, findings, now };
  let completed = false;
  try {
    const trust = await loadTrust(ctx, params.ca, params.caFile, findings);
    completed = await run(d, params, deps, trust, draft);
  } catch (err) {
    if (!(err instanceof WireError)) throw err;
    steps.end(err.kind === 'aborted' ? 'skipped' : 'error', `${err.kind}${err.code !== undefined ? ` ${err.code}` : ''}: ${err.message}`);
    findings.push(wireFinding(ctx, err));
  }
  if (completed) {
    steps.begin('quit');
    const bye = await session.quit();
    steps.end(bye ? 'ok' : 'warning', bye ? replySummary(bye) : 'no reply');
  } else {
    session.close();
  }
  return { ...draft, ...(ctx.securityUsed !== undefined ? { securityUsed: ctx.securityUsed } : {}) };
}

/** The session itself; returns whether it got far enough to say QUIT politely. */
async function run(d: Dialogue, p: SubmissionParams, deps: SmtpDeps, trust: Trust, r: Draft): Promise<boolean> {
  const { ctx, steps, findings, session } = d;
  steps.begin('dns');
  if (deps.signal?.aborted) throw new WireError('aborted', 'dns', 'cancelled');
  const found = await resolveHost(ctx.host, deps.resolver, {
    timeoutMs: ctx.timeouts.dns,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  if (deps.signal?.aborted) throw new WireError('aborted', 'dns', 'cancelled');
  const ips = found.addresses.map((a) => a.ip);
  const dnsOpts = { evidence: found.evidence, withTranscript: false };
  if (found.outcome !== 'ok' || ips.length === 0) {
    steps.end('error', `${found.outcome}${found.detail !== undefined ? ` ${found.detail}` : ''}`);
    const id =
      found.outcome === 'nxdomain'
        ? 'smtp.dns.nxdomain'
        : found.outcome === 'nodata' || found.outcome === 'ok'
          ? 'smtp.dns.no-address'
          : 'smtp.dns.failed';
    findings.push(build(ctx, 'dns', id, 'error', 'sender-it', { host: ctx.host, outcome: found.outcome }, dnsOpts));
    return false;
  }
  steps.end('ok', `${ips.join(', ')} (${found.source})`);
  findings.push(
    found.source === 'literal'
      ? build(ctx, 'dns', 'smtp.dns.literal', 'info', 'sender-it', { host: ctx.host }, dnsOpts)
      : build(ctx, 'dns', 'smtp.dns.resolved', 'ok', 'nobody', { host: ctx.host, addresses: ips.join(', ') }, dnsOpts),
  );

  const ip = await connectAny(d, ips, ctx.port);
  r.address = { ip, family: isIP(ip) === 6 ? 6 : 4, candidates: ips, source: found.source };
  const implicit = p.security === 'tls' || (p.security === 'auto' && ctx.port === 465);
  if (implicit) {
    steps.begin('tls');
    r.tls = await handshake(d, trust.roots, trust.extra);
    ctx.securityUsed = 'tls';
  }
  const greeting = await greet(d, deps.resolver, ctx.timeouts.dns);
  const name = greetingName(greeting.reply);
  r.greeting = { code: greeting.reply.code, text: greeting.reply.text, ...(name !== undefined ? { name } : {}) };
  if (!greeting.ok) return false;

  let ehlo = await hello(d, p.heloName);
  if (!ehlo) return true;
  if (!implicit) {
    if (p.security === 'none' || !ehlo.starttls) {
      ctx.securityUsed = 'none';
      if (p.security === 'none' && ehlo.starttls)
        findings.push(build(ctx, 'tls', 'smtp.security.plaintext', 'warning', 'sender-it', { host: ctx.host, port: ctx.port }));
      else {
        const required = p.security === 'starttls';
        findings.push(
          build(ctx, 'tls', 'smtp.starttls.not-offered', required ? 'error' : 'warning', 'sender-provider', {
            host: ctx.host,
            port: ctx.port,
          }),
        );
        if (required) return true;
      }
    } else {
      steps.begin('tls');
      const reply = await session.command('STARTTLS', 'starttls');
      if (reply.code !== 220) {
        steps.end('error', replySummary(reply));
        findings.push(
          build(ctx, 'tls', 'smtp.starttls.refused', 'error', 'sender-provider', { host: ctx.host, reply: replySummary(reply) }),
        );
        return true;
      }
      r.tls = await handshake(d, trust.roots, trust.extra);
      ctx.securityUsed = 'starttls';
      // RFC 3207 §4.2: everything learnt before TLS is forgotten; ask again.
      ehlo = await hello(d, p.heloName, true);
      if (!ehlo) return true;
    }
  }
  r.ehlo = ehlo;
  if (ehlo.verb === 'ehlo') findings.push(ehloFinding(d, ehlo));
  if (ctx.port === 25)
    findings.push(build(ctx, 'connect', 'smtp.port.25', 'info', 'sender-it', { host: ctx.host }, { withTranscript: false }));

  const authOk = await authStep(d, p, r);
  await addressCheck(d, p, r, authOk);
  return true;
}

/** AUTH with the given credentials; undefined when none were given. */
async function authStep(d: Dialogue, p: SubmissionParams, r: Draft): Promise<boolean | undefined> {
  const { ctx, steps, findings, session } = d;
  const ehlo = r.ehlo;
  if (!ehlo) return false;
  const f = (id: string, status: Finding['status'], who: Finding['whoMustAct'], params: Record<string, string | number>): void => {
    findings.push(build(ctx, 'auth', id, status, who, { host: ctx.host, ...params }));
  };
  if (p.user === undefined || p.user.length === 0 || p.password === undefined || p.password.length === 0) {
    steps.skip('auth', 'no credentials given');
    f('smtp.auth.skipped', 'skipped', 'nobody', { mechanisms: ehlo.authMechanisms.join(' ') || '—' });
    return undefined;
  }
  if (ehlo.authMechanisms.length === 0) {
    steps.skip('auth', 'AUTH not offered');
    if (ctx.securityUsed === 'none') f('smtp.auth.not-offered-plaintext', 'error', 'sender-it', { port: ctx.port });
    else f('smtp.auth.not-offered', 'error', 'sender-provider', { port: ctx.port });
    return false;
  }
  const mechanism = chooseMechanism(
    p.authMechanism !== undefined ? ehlo.authMechanisms.filter((m) => m === p.authMechanism) : ehlo.authMechanisms,
  );
  if (!mechanism) {
    steps.skip('auth', `no supported mechanism in ${ehlo.authMechanisms.join(' ')}`);
    f('smtp.auth.no-mechanism', 'error', 'sender-provider', { mechanisms: ehlo.authMechanisms.join(' ') });
    return false;
  }
  steps.begin('auth');
  const reply = await authenticate(session, mechanism, p.user, p.password);
  const summary = replySummary(reply);
  r.auth = { mechanism, ok: reply.code === 235, code: reply.code, ...(reply.status !== undefined ? { status: reply.status } : {}) };
  const params = { user: p.user, mechanism, reply: summary, code: reply.code };
  if (reply.code === 235) {
    steps.end('ok', `${mechanism}: ${summary}`);
    f('smtp.auth.ok', 'ok', 'nobody', params);
    return true;
  }
  const temporary = reply.code >= 400 && reply.code < 500;
  steps.end(temporary ? 'warning' : 'error', `${mechanism}: ${summary}`);
  f(
    temporary ? 'smtp.auth.temporary' : 'smtp.auth.refused',
    temporary ? 'warning' : 'error',
    temporary ? 'sender-provider' : 'sender-it',
    params,
  );
  return false;
}

/** MAIL FROM, RCPT TO for each recipient, RSET: the addresses are checked, nothing is sent. */
async function addressCheck(d: Dialogue, p: SubmissionParams, r: Draft, authOk: boolean | undefined): Promise<void> {
  const { ctx, steps, findings, session } = d;
  const to = p.to ?? [];
  const from = p.from !== undefined && p.from.length > 0 ? p.from : p.user !== undefined && isMailAddress(p.user) ? p.user : undefined;
  if (authOk === false) {
    steps.skip('mail', 'AUTH failed');
    return;
  }
  if (from === undefined) {
    steps.skip('mail', 'no sender address');
    if (to.length > 0)
      findings.push(build(ctx, 'mail', 'smtp.address.skipped', 'skipped', 'nobody', { host: ctx.host }, { withTranscript: false }));
    return;
  }
  const utf8 = r.ehlo?.extensions.includes('SMTPUTF8') === true && /[^\x20-\x7e]/u.test([from, ...to].join(''));
  steps.begin('mail');
  const mail = await session.command(`MAIL FROM:<${from}>${utf8 ? ' SMTPUTF8' : ''}`, 'mail');
  r.sender = verdict(from, mail);
  findings.push(replyFinding(ctx, 'MAIL', from, mail));
  steps.end(mail.code < 400 ? 'ok' : 'error', replySummary(mail));
  const recipients: AddressVerdict[] = [];
  if (mail.code < 400) {
    for (const rcpt of to) {
      steps.begin('rcpt');
      const reply = await session.command(`RCPT TO:<${rcpt}>`, 'rcpt');
      recipients.push(verdict(rcpt, reply));
      const finding = replyFinding(ctx, 'RCPT', rcpt, reply);
      findings.push(finding);
      steps.end(finding.status === 'ok' ? 'ok' : finding.status, `${rcpt}: ${replySummary(reply)}`);
    }
  }
  r.recipients = recipients;
  steps.begin('rset');
  const rset = await session.command('RSET', 'rset');
  steps.end(rset.code === 250 ? 'ok' : 'warning', replySummary(rset));
}

function verdict(address: string, reply: { code: number; status?: string; text: string }): AddressVerdict {
  return {
    address,
    accepted: reply.code >= 200 && reply.code < 300,
    code: reply.code,
    ...(reply.status !== undefined ? { status: reply.status } : {}),
    text: reply.text,
  };
}
