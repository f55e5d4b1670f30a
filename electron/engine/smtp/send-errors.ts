/**
 * nodemailer's errors, turned into the same findings the probe gives. nodemailer tags each error
 * with a code (`EAUTH`, `EENVELOPE`, …), the server's `response` and the `command` in flight
 * (its `lib/errors` table); the phase a connection failure happened in comes from the tracker,
 * which knows which command was awaiting its reply.
 */
import type { Finding } from '../model/finding.ts';
import { build, replyFinding, wireFinding, type Ctx } from './classify.ts';
import { makeReply, replyFromText, replySummary, type Reply } from './reply.ts';
import type { SendTracker } from './send-log.ts';
import type { Phase } from './types.ts';
import { socketFailure, WireError } from './wire.ts';

interface NodemailerError {
  readonly code?: string;
  readonly originalCode?: string;
  readonly message: string;
  readonly response?: string;
  readonly responseCode?: number;
  readonly command?: string;
  readonly rejected?: readonly string[];
  readonly rejectedErrors?: readonly NodemailerError[];
  readonly recipient?: string;
}

export interface SendFailure {
  readonly findings: Finding[];
  readonly detail: string;
  readonly rejected: string[];
}

function reply(e: NodemailerError): Reply | undefined {
  if (e.response === undefined) return undefined;
  return replyFromText(e.response) ?? (e.responseCode !== undefined ? makeReply([`${e.responseCode} ${e.response}`]) : undefined);
}

/** OpenSSL's verdicts on a certificate, as Node names them (nodemailer keeps them as `originalCode`). */
const CERT_CODES = [
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
];

/** OpenSSL's words for a certificate it refused, as nodemailer passes them on. */
function certificateReason(message: string): boolean {
  return /certificate|self[- ]signed|altnames|Hostname\/IP does not match|unable to (get|verify)|CERT_/iu.test(message);
}

export function sendErrorFindings(
  ctx: Ctx,
  raw: unknown,
  tracker: SendTracker,
  env: { readonly from: string; readonly user?: string | undefined; readonly userAbort: boolean },
): SendFailure {
  const e = (raw ?? {}) as NodemailerError;
  const phase: Phase = tracker.phase;
  const detail = [e.code, e.command, e.response ?? e.message].filter((x) => x !== undefined && x !== '').join(' ');
  const one = (f: Finding): SendFailure => ({ findings: [f], detail, rejected: [] });
  const wire = (err: WireError): SendFailure => one(wireFinding(ctx, err));
  const r = reply(e);

  if (env.userAbort) return wire(new WireError('aborted', phase, 'cancelled'));
  if (tracker.fired !== undefined) return wire(new WireError('timeout', tracker.fired, `no reply in ${tracker.fired}`));

  switch (e.code) {
    case 'EAUTH': {
      const summary = r ? replySummary(r) : e.message;
      const temporary = r !== undefined && r.code >= 400 && r.code < 500;
      const mechanism = (e.command ?? '').replace(/^AUTH\s*/u, '') || '—';
      const params = { host: ctx.host, user: env.user ?? '', mechanism, reply: summary, code: r?.code ?? 0 };
      return one(
        build(
          ctx,
          'auth',
          temporary ? 'smtp.auth.temporary' : 'smtp.auth.refused',
          temporary ? 'warning' : 'error',
          temporary ? 'sender-provider' : 'sender-it',
          params,
        ),
      );
    }
    case 'EENVELOPE': {
      if (e.command === 'MAIL FROM' && r) return one(replyFinding(ctx, 'MAIL', env.from, r));
      if (e.command === 'DATA' && r) return one(replyFinding(ctx, 'DATA', '', r));
      const errors = e.rejectedErrors ?? [];
      const findings = errors.flatMap((x) => {
        const xr = reply(x);
        return xr ? [replyFinding(ctx, 'RCPT', x.recipient ?? '', xr)] : [];
      });
      if (findings.length === 0 && r) findings.push(replyFinding(ctx, 'RCPT', '', r));
      return { findings, detail, rejected: [...(e.rejected ?? [])] };
    }
    case 'EMESSAGE':
      if (r) return one(replyFinding(ctx, 'DATA', '', r));
      break;
    case 'ETLS':
      if (e.command === 'STARTTLS' && r) {
        return one(build(ctx, 'tls', 'smtp.starttls.refused', 'error', 'sender-provider', { host: ctx.host, reply: replySummary(r) }));
      }
      if (certificateReason(e.message)) {
        return one(
          build(ctx, 'tls', 'smtp.send.certificate', 'error', 'sender-provider', {
            host: ctx.host,
            reason: e.message.replace(/^Error initiating TLS - /u, ''),
          }),
        );
      }
      if (/closed unexpectedly/iu.test(e.message)) return wire(new WireError('reset', 'tls', e.message));
      return wire(
        new WireError('tls', 'tls', e.message, /wrong version number/iu.test(e.message) ? { code: 'ERR_SSL_WRONG_VERSION_NUMBER' } : {}),
      );
    case 'ESOCKET': {
      const code = e.originalCode;
      if ((code !== undefined && CERT_CODES.includes(code)) || certificateReason(e.message)) {
        return one(build(ctx, 'tls', 'smtp.send.certificate', 'error', 'sender-provider', { host: ctx.host, reason: code ?? e.message }));
      }
      if (code?.startsWith('ERR_SSL') === true || /wrong version number|packet length/iu.test(e.message)) {
        return wire(new WireError('tls', 'tls', e.message, { code: code ?? 'ERR_SSL_WRONG_VERSION_NUMBER' }));
      }
      if (phase === 'tls')
        return wire(new WireError(code === 'ECONNRESET' ? 'reset' : 'tls', 'tls', e.message, code !== undefined ? { code } : {}));
      return wire(new WireError(phase === 'connect' ? socketFailure(code) : 'reset', phase, e.message, code !== undefined ? { code } : {}));
    }
    case 'ETIMEDOUT':
      if (/Greeting never received/iu.test(e.message)) return wire(new WireError('timeout', 'greeting', e.message));
      return wire(new WireError('timeout', phase, e.message));
    case 'ECONNECTION':
      return wire(new WireError('closed', phase, e.message));
    case 'EPROTOCOL':
      if (/Invalid greeting/iu.test(e.message) && r) {
        const id = r.code === 421 ? 'smtp.greeting.unavailable' : 'smtp.greeting.rejected';
        return one(
          build(ctx, 'greeting', id, 'error', r.code === 421 ? 'sender-provider' : 'sender-it', {
            host: ctx.host,
            reply: replySummary(r),
            code: r.code,
          }),
        );
      }
      if (/exceeds maximum allowed size/iu.test(e.message))
        return wire(new WireError('reply-too-large', phase, e.message, { limit: 64 * 1024 }));
      return wire(new WireError('malformed', phase, e.response ?? e.message));
    case 'EABORT':
      return wire(new WireError('aborted', phase, e.message));
    default:
      break;
  }
  return one(
    build(ctx, 'send', 'smtp.send.failed', 'error', 'sender-it', { host: ctx.host, code: e.code ?? 'unknown', message: e.message }),
  );
}
