/**
 * Sends a traceable test message through the consultant's outgoing server with nodemailer, and
 * records the server's final reply — its queue ID is what the sender's provider needs to trace the
 * message. The transcript comes from nodemailer's logger, redacted like the probe's.
 */
import { isIP } from 'node:net';
import nodemailer from 'nodemailer';
import { isMailAddress } from '../model/address.ts';
import type { Finding } from '../model/finding.ts';
import { build, type Ctx } from './classify.ts';
import { resolveHost } from './host-address.ts';
import { parseQueueId, type QueueIdFormat } from './queue-id.ts';
import { replyFromText, replySummary } from './reply.ts';
import { sendErrorFindings } from './send-errors.ts';
import { SendTracker } from './send-log.ts';
import { phaseTimeouts } from './session.ts';
import { StepRecorder } from './steps.ts';
import { composeTestMessage } from './test-message.ts';
import { Transcript } from './transcript.ts';
import { loadTrust } from './trust.ts';
import type { AddressUsed, PhaseTimeouts, Security, SmtpDeps, Step, TranscriptLine } from './types.ts';

export interface SendTestParams {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly user?: string;
  readonly password?: string;
  /** Sign in with this mechanism rather than nodemailer's choice. */
  readonly authMechanism?: 'PLAIN' | 'LOGIN';
  /** Envelope sender and From: address. */
  readonly from: string;
  /** The case's recipients. */
  readonly to: readonly string[];
  /** Further addresses the consultant chooses (e.g. their own, or a provider's test mailbox). */
  readonly extraTo?: readonly string[];
  /** The case id; goes into the `X-Mailpath-Case` header. */
  readonly caseId: string;
  /** The case reference shown in the subject (defaults to the case id). */
  readonly reference?: string;
  readonly ca?: string;
  readonly caFile?: string;
  /** Send even when the certificate does not verify (the probe reports why it does not). */
  readonly acceptUntrustedCertificate?: boolean;
  readonly timeoutMs?: number;
  readonly timeouts?: Partial<PhaseTimeouts>;
  readonly heloName?: string;
  /**
   * Send this message instead of the delivery test (the report to support goes the same way, with
   * the same transcript, findings and queue ID).
   */
  readonly message?: {
    readonly subject: string;
    readonly text: string;
    readonly attachments?: readonly { readonly filename: string; readonly content: string | Uint8Array; readonly contentType: string }[];
  };
}

export interface SendTestResult {
  readonly host: string;
  readonly port: number;
  readonly address?: AddressUsed;
  readonly messageId: string;
  readonly subject: string;
  /** The server's final reply to the message, e.g. `250 2.0.0 Ok: queued as 4Xyz`. */
  readonly response?: string;
  readonly queueId?: string;
  readonly queueIdFormat?: QueueIdFormat;
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  readonly steps: readonly Step[];
  readonly transcript: readonly TranscriptLine[];
  readonly findings: readonly Finding[];
}

type Draft = { -readonly [K in keyof SendTestResult]: SendTestResult[K] };

export async function sendTestMessage(params: SendTestParams, deps: SmtpDeps): Promise<SendTestResult> {
  const now = deps.now ?? ((): Date => new Date());
  const transcript = new Transcript({ now, ...(deps.onTranscript ? { onLine: deps.onTranscript } : {}) });
  transcript.addSecret(params.password, params.user);
  const timeouts = phaseTimeouts(params.timeoutMs ?? 15_000, params.timeouts);
  const host = params.host.trim().replace(/\.$/u, '');
  const ctx: Ctx = { lang: deps.lang, role: 'send', host, port: params.port, transcript, timeouts, explainReply: deps.explainReply };
  const steps = new StepRecorder(now, deps.onProgress);
  const findings: Finding[] = [];
  const recipients = [...new Set([...params.to, ...(params.extraTo ?? [])])];
  const test = composeTestMessage(deps.lang, {
    caseId: params.caseId,
    ...(params.reference !== undefined ? { reference: params.reference } : {}),
    from: params.from,
    host,
    sentAt: now(),
  });
  const message = params.message ? { ...test, subject: params.message.subject, text: params.message.text } : test;
  const r: Draft = {
    host,
    port: params.port,
    messageId: message.messageId,
    subject: message.subject,
    accepted: [],
    rejected: [],
    steps: steps.steps,
    transcript: transcript.lines,
    findings,
  };

  const bad = [
    ...(isMailAddress(params.from) ? [] : [{ field: 'from', value: params.from }]),
    ...recipients.filter((a) => !isMailAddress(a)).map((value) => ({ field: 'to', value })),
    ...(recipients.length === 0 ? [{ field: 'to', value: '' }] : []),
  ];
  if (bad.length > 0) {
    for (const b of bad) findings.push(build(ctx, 'params', 'smtp.params.invalid', 'error', 'sender-it', b, { withTranscript: false }));
    return r;
  }

  steps.begin('dns');
  const found = await resolveHost(host, deps.resolver, { timeoutMs: timeouts.dns, ...(deps.signal ? { signal: deps.signal } : {}) });
  const ip = found.addresses[0]?.ip;
  if (ip === undefined) {
    steps.end('error', found.outcome);
    const id = found.outcome === 'nxdomain' ? 'smtp.dns.nxdomain' : found.outcome === 'nodata' ? 'smtp.dns.no-address' : 'smtp.dns.failed';
    findings.push(
      build(ctx, 'dns', id, 'error', 'sender-it', { host, outcome: found.outcome }, { evidence: found.evidence, withTranscript: false }),
    );
    return r;
  }
  steps.end('ok', `${ip} (${found.source})`);
  ctx.address = ip;
  r.address = { ip, family: isIP(ip) === 6 ? 6 : 4, candidates: found.addresses.map((a) => a.ip), source: found.source };

  const trust = await loadTrust(ctx, params.ca, params.caFile, findings);
  const watchdog = new AbortController();
  const tracker = new SendTracker(transcript, timeouts, () => watchdog.abort());
  const signal = deps.signal ? AbortSignal.any([deps.signal, watchdog.signal]) : watchdog.signal;
  const implicit = params.security === 'tls' || (params.security === 'auto' && params.port === 465);
  const withAuth = params.user !== undefined && params.user.length > 0 && params.password !== undefined;
  const transport = nodemailer.createTransport({
    host: ip,
    port: params.port,
    secure: implicit,
    requireTLS: params.security === 'starttls',
    ignoreTLS: params.security === 'none',
    opportunisticTLS: params.security === 'auto' && !implicit,
    ...(params.heloName !== undefined ? { name: params.heloName } : {}),
    ...(withAuth ? { auth: { user: params.user, pass: params.password }, forceAuth: true } : {}),
    ...(params.authMechanism !== undefined ? { authMethod: params.authMechanism } : {}),
    tls: {
      ...(isIP(host) === 0 ? { servername: host } : {}),
      ca: [...trust.roots],
      rejectUnauthorized: params.acceptUntrustedCertificate !== true,
    },
    connectionTimeout: timeouts.connect + (implicit ? timeouts.tls : 0),
    greetingTimeout: timeouts.greeting,
    socketTimeout: Math.max(...Object.values(timeouts)),
    socketCloseTimeout: 0,
    maxResponseSize: 64 * 1024,
    logger: tracker.logger,
    debug: true,
  });

  steps.begin('send');
  try {
    const info = await transport.sendMail({
      from: params.from,
      to: recipients,
      subject: message.subject,
      text: message.text,
      messageId: message.messageId,
      headers: { ...message.headers },
      ...(params.message?.attachments
        ? { attachments: params.message.attachments.map((a) => ({ filename: a.filename, content: typeof a.content === 'string' ? a.content : Buffer.from(a.content), contentType: a.contentType })) }
        : {}),
      signal,
    });
    tracker.stop();
    const response = String(info.response ?? '');
    r.response = response;
    r.accepted = (info.accepted ?? []).map(String);
    r.rejected = (info.rejected ?? []).map(String);
    const qid = parseQueueId(replyFromText(response)?.text ?? response);
    if (qid) {
      r.queueId = qid.queueId;
      r.queueIdFormat = qid.format;
    }
    steps.end(r.rejected.length > 0 ? 'warning' : 'ok', response);
    const reply = replyFromText(response);
    const params2 = { host, messageId: message.messageId, reply: reply ? replySummary(reply) : response, accepted: r.accepted.join(', ') };
    findings.push(
      qid
        ? build(ctx, 'send', 'smtp.send.queued', 'ok', 'nobody', { ...params2, queueId: qid.queueId })
        : build(ctx, 'send', 'smtp.send.accepted', 'ok', 'nobody', params2),
    );
    if (r.rejected.length > 0)
      findings.push(build(ctx, 'send', 'smtp.send.partial', 'warning', 'sender-it', { host, rejected: r.rejected.join(', ') }));
  } catch (err) {
    tracker.stop();
    const userAbort = deps.signal?.aborted === true;
    const out = sendErrorFindings(ctx, err, tracker, { from: params.from, user: params.user, userAbort });
    steps.end(userAbort ? 'skipped' : 'error', out.detail);
    findings.push(...out.findings);
    r.rejected = out.rejected;
  } finally {
    transport.close();
  }
  return r;
}
