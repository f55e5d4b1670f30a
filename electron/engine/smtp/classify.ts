/**
 * Turning what happened on the wire into findings: every failure gets its own id (so the UI, the
 * report and the tests branch on data, not on message text) and carries the transcript lines
 * that prove it. Replies are classified here by code, enhanced status and a few well-known texts;
 * the shared reply knowledge base, when injected, adds its explanation as evidence.
 */
import { makeFinding, type Lang } from '../i18n/index.ts';
import type { ExplainReply } from '../kb/index.ts';
import type { Evidence, Finding, FindingParams, FindingStatus, WhoMustAct } from '../model/finding.ts';
import { replySummary, type Reply } from './reply.ts';
import type { Transcript } from './transcript.ts';
import type { Phase, PhaseTimeouts, SecurityUsed } from './types.ts';
import type { WireError } from './wire.ts';

export type Role = 'submission' | 'mx' | 'send';

/** What the finding builders need to know about the session. */
export interface Ctx {
  readonly lang: Lang;
  readonly role: Role;
  readonly host: string;
  readonly port: number;
  readonly transcript: Transcript;
  readonly timeouts: PhaseTimeouts;
  readonly explainReply?: ExplainReply | undefined;
  /** The IP connected to, once known. */
  address?: string;
  securityUsed?: SecurityUsed;
}

/** The step a phase belongs to (the names of `Step.name`). */
export const STEP_OF_PHASE: Readonly<Record<Phase, string>> = {
  dns: 'dns',
  connect: 'connect',
  greeting: 'greeting',
  ehlo: 'ehlo',
  helo: 'ehlo',
  starttls: 'tls',
  tls: 'tls',
  auth: 'auth',
  mail: 'mail',
  rcpt: 'rcpt',
  rset: 'rset',
  data: 'data',
  message: 'data',
  quit: 'quit',
};

/** The last lines of the transcript, as evidence. */
export function transcriptEvidence(transcript: Transcript, count = 10): Evidence {
  return { kind: 'smtp', lines: transcript.lines.slice(-count) };
}

export function build(
  ctx: Ctx,
  step: string,
  id: string,
  status: FindingStatus,
  whoMustAct: WhoMustAct,
  params: FindingParams,
  options: { evidence?: readonly Evidence[]; withTranscript?: boolean } = {},
): Finding {
  const evidence: Evidence[] = [];
  if (options.withTranscript !== false && ctx.transcript.lines.length > 0) evidence.push(transcriptEvidence(ctx.transcript));
  evidence.push(...(options.evidence ?? []));
  return makeFinding(ctx.lang, {
    id,
    check: ctx.role === 'mx' ? 'smtp.mx' : ctx.role === 'send' ? 'smtp.send' : `smtp.${step}`,
    status,
    whoMustAct,
    params,
    evidence,
    subject: ctx.host,
  });
}

const PLAINTEXT_CODES = [
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
  'ERR_SSL_RECORD_LAYER_FAILURE',
];
const PROTOCOL_CODES = [
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
];
const CIPHER_CODES = [
  'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
  'ERR_SSL_NO_SHARED_CIPHER',
  'ERR_SSL_NO_CIPHERS_AVAILABLE',
  'ERR_SSL_TLSV1_ALERT_INSUFFICIENT_SECURITY',
];
const WEAK_CODES = [
  'ERR_SSL_DH_KEY_TOO_SMALL',
  'ERR_SSL_EE_KEY_TOO_SMALL',
  'ERR_SSL_CA_KEY_TOO_SMALL',
  'ERR_SSL_CA_MD_TOO_WEAK',
  'ERR_SSL_UNSAFE_LEGACY_RENEGOTIATION_DISABLED',
];

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

function provider(ctx: Ctx): WhoMustAct {
  return ctx.role === 'mx' ? 'recipient-provider' : 'sender-provider';
}

/** The finding for a failure on the wire. */
export function wireFinding(ctx: Ctx, err: WireError): Finding {
  const step = STEP_OF_PHASE[err.phase];
  const where = { host: ctx.host, port: ctx.port, address: ctx.address ?? ctx.host, step };
  const limit = ctx.timeouts[err.phase];
  const evidence: Evidence[] = err.code !== undefined ? [{ kind: 'text', label: 'Error code', text: err.code }] : [];
  const f = (id: string, status: FindingStatus, who: WhoMustAct, params: FindingParams = {}): Finding =>
    build(ctx, step, id, status, who, { ...where, ...params }, { evidence });

  if (err.kind === 'aborted') return f('smtp.cancelled', 'skipped', 'nobody');
  if (err.phase === 'connect') {
    if (err.kind === 'refused') return f('smtp.connect.refused', 'error', 'sender-it');
    if (err.kind === 'timeout') return f('smtp.connect.timeout', 'error', 'sender-it', { seconds: seconds(limit) });
    if (err.kind === 'unreachable') return f('smtp.connect.unreachable', 'error', 'sender-it', { code: err.code ?? '' });
    return f('smtp.connect.failed', 'error', 'sender-it', { code: err.code ?? err.message });
  }
  if (err.phase === 'tls') {
    if (err.kind === 'timeout' || err.kind === 'slow')
      return f('tls.handshake.timeout', 'error', provider(ctx), { seconds: seconds(limit) });
    const code = err.code ?? '';
    if (PLAINTEXT_CODES.includes(code)) return f('tls.handshake.plaintext', 'error', 'sender-it');
    if (PROTOCOL_CODES.includes(code)) return f('tls.handshake.protocol', 'error', provider(ctx), { code });
    if (CIPHER_CODES.includes(code)) return f('tls.handshake.cipher', 'error', provider(ctx), { code });
    if (WEAK_CODES.includes(code)) return f('tls.handshake.weak', 'error', provider(ctx), { code });
    if (err.kind === 'reset' || err.kind === 'closed') return f('tls.handshake.reset', 'error', provider(ctx));
    return f('tls.handshake.failed', 'error', provider(ctx), { code: code || err.message });
  }
  if (err.phase === 'greeting' && err.kind === 'timeout' && ctx.port === 465 && ctx.securityUsed !== 'tls') {
    // A server on 465 waits for the client's TLS hello and says nothing in clear text (RFC 8314 §3.3).
    return f('smtp.greeting.expects-tls', 'error', 'sender-it', { seconds: seconds(limit) });
  }
  switch (err.kind) {
    case 'timeout':
      return f('smtp.timeout', 'error', provider(ctx), { seconds: seconds(limit) });
    case 'slow':
      return f('smtp.slow', 'error', provider(ctx), { seconds: seconds(limit), bytes: err.bytes });
    case 'line-too-long':
      return f('smtp.line-too-long', 'error', provider(ctx), { limit: err.limit ?? 0 });
    case 'reply-too-large':
      return f('smtp.reply-too-large', 'error', provider(ctx), { limit: err.limit ?? 0 });
    case 'malformed':
      return f('smtp.protocol.malformed', 'error', provider(ctx), { line: err.message });
    default:
      return f('smtp.dropped', 'error', provider(ctx), { code: err.code ?? err.kind });
  }
}

/** Greylisting (RFC 6647): a 4xx that says so, or the classic 450/451 with 4.7.1. */
export function isGreylisting(reply: Reply): boolean {
  if (reply.code < 400 || reply.code >= 500) return false;
  if (/gr[ae]y[- ]?list/iu.test(reply.text)) return true;
  return (reply.code === 450 || reply.code === 451) && reply.status === '4.7.1';
}

const UNKNOWN_USER =
  /user unknown|unknown user|no such (user|mailbox|recipient)|mailbox (unavailable|not found)|recipient not found|does not exist|doesn't exist|invalid recipient|unknown recipient|address rejected: user unknown|recipientnotfound/iu;
const RELAY_DENIED = /relay(ing)? (access )?(denied|not permitted|prohibited)|not permitted to relay|unable to relay|relay not allowed/iu;

/** The finding id for a RCPT reply. */
export function rcptFindingId(reply: Reply): string {
  if (reply.code >= 200 && reply.code < 400) return 'smtp.rcpt.ok';
  if (isGreylisting(reply)) return 'smtp.rcpt.greylisted';
  if (reply.code < 500) return 'smtp.rcpt.deferred';
  if (RELAY_DENIED.test(reply.text)) return 'smtp.rcpt.relay-denied';
  if (reply.status === '5.1.1' || reply.status === '5.1.10' || UNKNOWN_USER.test(reply.text)) return 'smtp.rcpt.unknown';
  return 'smtp.rcpt.rejected';
}

/** The knowledge base's reading of a reply, as evidence; nothing when no KB is injected. */
function kbEvidence(ctx: Ctx, reply: Reply, command: string): { evidence: Evidence[]; who?: WhoMustAct; reason?: string } {
  if (!ctx.explainReply) return { evidence: [] };
  try {
    const e = ctx.explainReply(
      { replyCode: reply.code, ...(reply.status !== undefined ? { status: reply.status } : {}), text: reply.text, command },
      ctx.lang,
    );
    const text = [e.explanation, e.cause, e.fix].filter((s) => s.length > 0).join(' — ');
    return { evidence: [{ kind: 'text', label: `Reply knowledge base (${e.matchedBy})`, text }], who: e.whoMustAct, reason: e.reason };
  } catch {
    // A knowledge-base bug must not cost the consultant the probe's own verdict.
    return { evidence: [] };
  }
}

/** The finding for a reply to MAIL, RCPT or DATA (`command` is the SMTP verb). */
export function replyFinding(ctx: Ctx, command: 'MAIL' | 'RCPT' | 'DATA', address: string, reply: Reply): Finding {
  const step = command === 'MAIL' ? 'mail' : command === 'RCPT' ? 'rcpt' : 'data';
  const kb = kbEvidence(ctx, reply, command);
  const params: FindingParams = {
    address,
    reply: replySummary(reply),
    code: reply.code,
    ...(kb.reason !== undefined ? { reason: kb.reason } : {}),
  };
  const temporary = reply.code >= 400 && reply.code < 500;
  const rejectedBy: WhoMustAct = ctx.role === 'mx' ? 'recipient-provider' : 'sender-it';
  const opts = { evidence: kb.evidence };
  if (command === 'MAIL') {
    if (reply.code < 400) return build(ctx, step, 'smtp.mail.ok', 'ok', 'nobody', params, opts);
    return build(ctx, step, 'smtp.mail.rejected', temporary ? 'warning' : 'error', kb.who ?? rejectedBy, params, opts);
  }
  if (command === 'DATA') {
    if (temporary) return build(ctx, step, 'smtp.data.deferred', 'warning', kb.who ?? provider(ctx), params, opts);
    return build(ctx, step, 'smtp.data.rejected', 'error', kb.who ?? rejectedBy, params, opts);
  }
  const id = rcptFindingId(reply);
  switch (id) {
    case 'smtp.rcpt.ok':
      return build(ctx, step, id, 'ok', 'nobody', params, opts);
    case 'smtp.rcpt.greylisted':
      return build(ctx, step, id, 'warning', 'nobody', params, opts);
    case 'smtp.rcpt.deferred':
      return build(ctx, step, id, 'warning', kb.who ?? provider(ctx), params, opts);
    case 'smtp.rcpt.relay-denied':
      return build(ctx, step, id, 'error', ctx.role === 'mx' ? 'recipient-provider' : 'sender-it', params, opts);
    case 'smtp.rcpt.unknown':
      return build(ctx, step, id, 'error', ctx.role === 'mx' ? 'recipient' : 'sender-it', params, opts);
    default:
      return build(ctx, step, id, 'error', kb.who ?? rejectedBy, params, opts);
  }
}
