/**
 * One MX host of the recipient's domain, probed as a sending server would: port 25, greeting,
 * EHLO, STARTTLS when offered (opportunistic, as MTAs do: a refused STARTTLS is a warning, not the
 * end), MAIL FROM, RCPT TO, QUIT. Never DATA.
 */
import { isIP } from 'node:net';
import type { X509Certificate } from 'node:crypto';
import type { Finding } from '../model/finding.ts';
import { build, replyFinding, wireFinding, type Ctx } from './classify.ts';
import { connectAny, ehloFinding, greet, handshake, hello, type Dialogue } from './dialogue.ts';
import { resolveHost } from './host-address.ts';
import { replySummary } from './reply.ts';
import { SmtpSession } from './session.ts';
import { StepRecorder } from './steps.ts';
import { Transcript } from './transcript.ts';
import type { AddressUsed, AddressVerdict, EhloInfo, PhaseTimeouts, SmtpDeps, Step, TlsInfo, TranscriptLine } from './types.ts';
import { WireError } from './wire.ts';

export type MxHostOutcome =
  'accepted' | 'deferred' | 'rejected' | 'sender-rejected' | 'session-refused' | 'unreachable' | 'failed' | 'cancelled';

export interface MxHostResult {
  readonly host: string;
  readonly preference: number;
  /** True when the host is the domain itself (no MX, RFC 5321 §5.1). */
  readonly implicit: boolean;
  readonly outcome: MxHostOutcome;
  readonly address?: AddressUsed;
  readonly greeting?: { readonly code: number; readonly text: string };
  readonly ehlo?: EhloInfo;
  readonly tls?: TlsInfo;
  readonly sender?: AddressVerdict;
  readonly recipient?: AddressVerdict;
  readonly steps: readonly Step[];
  readonly transcript: readonly TranscriptLine[];
  /** This host's findings (their `subject` is the host). */
  findings: Finding[];
}

export interface MxHostInput {
  readonly host: string;
  readonly preference: number;
  readonly implicit: boolean;
  readonly port: number;
  readonly sender: string;
  readonly recipient: string;
  readonly heloName: string | undefined;
  readonly timeouts: PhaseTimeouts;
  readonly trust: { readonly roots: readonly string[]; readonly extra: readonly X509Certificate[] };
}

type Draft = { -readonly [K in keyof MxHostResult]: MxHostResult[K] };

function verdict(address: string, reply: { code: number; status?: string; text: string }): AddressVerdict {
  return {
    address,
    accepted: reply.code >= 200 && reply.code < 300,
    code: reply.code,
    ...(reply.status !== undefined ? { status: reply.status } : {}),
    text: reply.text,
  };
}

export async function probeMxHost(input: MxHostInput, deps: SmtpDeps): Promise<MxHostResult> {
  const now = deps.now ?? ((): Date => new Date());
  const transcript = new Transcript({ now, ...(deps.onTranscript ? { onLine: deps.onTranscript } : {}) });
  const ctx: Ctx = {
    lang: deps.lang,
    role: 'mx',
    host: input.host,
    port: input.port,
    transcript,
    timeouts: input.timeouts,
    explainReply: deps.explainReply,
  };
  const progress = deps.onProgress;
  const steps = new StepRecorder(now, progress ? (s): void => progress({ ...s, detail: `${input.host}: ${s.detail}` }) : undefined);
  const findings: Finding[] = [];
  const session = new SmtpSession({ transcript, timeouts: input.timeouts, ...(deps.signal ? { signal: deps.signal } : {}) });
  const d: Dialogue = { ctx, session, steps, findings, now };
  const r: Draft = {
    host: input.host,
    preference: input.preference,
    implicit: input.implicit,
    outcome: 'failed',
    steps: steps.steps,
    transcript: transcript.lines,
    findings,
  };
  let polite = false;
  try {
    steps.begin('dns');
    const found = await resolveHost(input.host, deps.resolver, {
      timeoutMs: input.timeouts.dns,
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
    const ips = found.addresses.map((a) => a.ip);
    if (ips.length === 0) {
      steps.end('error', found.outcome);
      findings.push(
        build(
          ctx,
          'dns',
          'smtp.mx.host-unresolvable',
          'warning',
          'recipient-provider',
          { host: input.host, outcome: found.outcome },
          { evidence: found.evidence, withTranscript: false },
        ),
      );
      return r;
    }
    steps.end('ok', ips.join(', '));
    r.outcome = 'unreachable';
    const ip = await connectAny(d, ips, input.port);
    r.address = { ip, family: isIP(ip) === 6 ? 6 : 4, candidates: ips, source: found.source };
    r.outcome = 'failed';
    const greeting = await greet(d, deps.resolver, input.timeouts.dns);
    r.greeting = { code: greeting.reply.code, text: greeting.reply.text };
    if (!greeting.ok) {
      r.outcome = 'session-refused';
      return r;
    }
    polite = true;
    let ehlo = await hello(d, input.heloName);
    if (!ehlo) return r;
    if (ehlo.starttls) {
      steps.begin('tls');
      const reply = await session.command('STARTTLS', 'starttls');
      if (reply.code === 220) {
        r.tls = await handshake(d, input.trust.roots, input.trust.extra);
        ctx.securityUsed = 'starttls';
        ehlo = await hello(d, input.heloName, true);
        if (!ehlo) return r;
      } else {
        steps.end('warning', replySummary(reply));
        findings.push(
          build(ctx, 'tls', 'smtp.starttls.refused', 'warning', 'recipient-provider', { host: input.host, reply: replySummary(reply) }),
        );
      }
    } else {
      ctx.securityUsed = 'none';
      findings.push(
        build(ctx, 'tls', 'smtp.starttls.not-offered', 'warning', 'recipient-provider', { host: input.host, port: input.port }),
      );
    }
    r.ehlo = ehlo;
    if (ehlo.verb === 'ehlo') findings.push(ehloFinding(d, ehlo));

    steps.begin('mail');
    const mail = await session.command(`MAIL FROM:<${input.sender}>`, 'mail');
    r.sender = verdict(input.sender, mail);
    findings.push(replyFinding(ctx, 'MAIL', input.sender, mail));
    steps.end(mail.code < 400 ? 'ok' : 'error', replySummary(mail));
    if (mail.code >= 400) {
      r.outcome = 'sender-rejected';
      return r;
    }
    steps.begin('rcpt');
    const rcpt = await session.command(`RCPT TO:<${input.recipient}>`, 'rcpt');
    r.recipient = verdict(input.recipient, rcpt);
    const finding = replyFinding(ctx, 'RCPT', input.recipient, rcpt);
    findings.push(finding);
    steps.end(finding.status, replySummary(rcpt));
    r.outcome = rcpt.code < 400 ? 'accepted' : rcpt.code < 500 ? 'deferred' : 'rejected';
    return r;
  } catch (err) {
    if (!(err instanceof WireError)) throw err;
    polite = false;
    steps.end(err.kind === 'aborted' ? 'skipped' : 'error', `${err.kind}${err.code !== undefined ? ` ${err.code}` : ''}`);
    findings.push(wireFinding(ctx, err));
    if (err.kind === 'aborted') r.outcome = 'cancelled';
    else if (err.phase === 'connect') r.outcome = 'unreachable';
    return r;
  } finally {
    if (polite) {
      steps.begin('quit');
      const bye = await session.quit();
      steps.end(bye ? 'ok' : 'warning', bye ? replySummary(bye) : 'no reply');
    } else {
      session.close();
    }
  }
}
