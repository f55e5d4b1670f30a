/**
 * Findings about an established TLS session and its certificate chain. The probe checks dates and
 * names itself (with the injected clock) in addition to OpenSSL's verdict, because OpenSSL reports
 * only its first complaint and skips the name check when the chain is already bad.
 */
import type { X509Certificate } from 'node:crypto';
import type { Finding, FindingStatus, WhoMustAct } from '../model/finding.ts';
import { build, type Ctx } from './classify.ts';
import { certificateNames, trustedByExtraCa } from './tls-info.ts';
import type { TlsInfo } from './types.ts';

/** Days before expiry from which a valid certificate is worth a warning. */
export const EXPIRY_WARNING_DAYS = 14;

const INCOMPLETE = ['UNABLE_TO_VERIFY_LEAF_SIGNATURE'];
const DATE_ERRORS = ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT'];

function day(iso: string): string {
  return iso.slice(0, 10);
}

export function certificateFindings(ctx: Ctx, info: TlsInfo, extraCa: readonly X509Certificate[], now: Date): Finding[] {
  const out: Finding[] = [];
  const mx = ctx.role === 'mx';
  const bad: FindingStatus = mx ? 'warning' : 'error';
  const owner: WhoMustAct = mx ? 'recipient-provider' : 'sender-provider';
  const f = (id: string, status: FindingStatus, who: WhoMustAct, params: Record<string, string | number>): Finding =>
    build(ctx, 'tls', id, status, who, { host: ctx.host, ...params }, { withTranscript: false, evidence: certEvidence(info) });

  out.push(f('tls.established', 'ok', 'nobody', { protocol: info.protocol, cipher: info.cipher }));
  const leaf = info.chain[0];
  if (!leaf) return out;
  const byCa = trustedByExtraCa(info, extraCa);
  const before = out.length;

  const expired = info.chain.find((c) => Date.parse(c.validTo) < now.getTime());
  if (expired) out.push(f('tls.cert.expired', bad, owner, { subject: expired.subject, validTo: day(expired.validTo) }));
  else if (info.authorizationError === 'CERT_HAS_EXPIRED')
    out.push(f('tls.cert.expired', bad, owner, { subject: leaf.subject, validTo: day(leaf.validTo) }));
  const early = info.chain.find((c) => Date.parse(c.validFrom) > now.getTime());
  if (early) out.push(f('tls.cert.not-yet-valid', bad, owner, { subject: early.subject, validFrom: day(early.validFrom) }));

  if (leaf.selfSigned && !byCa) {
    out.push(f('tls.cert.self-signed', bad, owner, { subject: leaf.subject, fingerprint: leaf.fingerprint256 }));
  } else if (!info.authorized && info.authorizationError !== undefined && !DATE_ERRORS.includes(info.authorizationError)) {
    const id = INCOMPLETE.includes(info.authorizationError) ? 'tls.cert.chain-incomplete' : 'tls.cert.untrusted';
    out.push(f(id, bad, owner, { issuer: leaf.issuer, code: info.authorizationError }));
  }
  if (!info.nameMatches) {
    out.push(
      f('tls.cert.name-mismatch', bad, mx ? 'recipient-provider' : 'sender-it', {
        names: certificateNames(leaf).join(', ') || leaf.subject,
      }),
    );
  }
  if (out.length > before) return out;

  const daysLeft = Math.floor((Date.parse(leaf.validTo) - now.getTime()) / 86_400_000);
  if (byCa)
    out.push(f('tls.cert.trusted-by-ca', 'info', 'nobody', { subject: leaf.subject, issuer: leaf.issuer, validTo: day(leaf.validTo) }));
  else out.push(f('tls.cert.ok', 'ok', 'nobody', { subject: leaf.subject, issuer: leaf.issuer, validTo: day(leaf.validTo) }));
  if (daysLeft < EXPIRY_WARNING_DAYS)
    out.push(f('tls.cert.expires-soon', 'warning', owner, { days: daysLeft, validTo: day(leaf.validTo) }));
  return out;
}

/** The chain, as text evidence: one line per certificate. */
function certEvidence(info: TlsInfo): { kind: 'text'; label: string; text: string }[] {
  const lines = info.chain.map(
    (c, i) =>
      `#${i} subject: ${c.subject}; issuer: ${c.issuer}; names: ${c.sans.join(', ') || '—'}; valid ${day(c.validFrom)} – ${day(c.validTo)}${c.selfSigned ? '; self-signed' : ''}; SHA-256 ${c.fingerprint256}`,
  );
  const verdict = info.authorized ? 'trusted' : `not trusted (${info.authorizationError ?? 'unknown'})`;
  return [{ kind: 'text', label: 'TLS certificate chain', text: [`${info.protocol} ${info.cipher}; ${verdict}`, ...lines].join('\n') }];
}
