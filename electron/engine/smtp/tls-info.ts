/**
 * What a TLS session established and what its certificate chain says: protocol, cipher, each
 * certificate's names and dates, whether the chain verified against the trust store (the system's
 * roots plus any CA the consultant gave), and whether it names the host typed (RFC 6125, through
 * Node's `checkServerIdentity`).
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import tls from 'node:tls';
import type { CertificateInfo, TlsInfo } from './types.ts';

let cachedRoots: string[] | undefined;

/** The trust store: Node's bundled roots plus the operating system's, when this runtime can read them. */
export function systemRoots(): string[] {
  if (cachedRoots) return cachedRoots;
  const roots = new Set<string>();
  const get = (tls as { getCACertificates?: (type: 'default' | 'system') => string[] }).getCACertificates;
  if (typeof get === 'function') {
    for (const type of ['default', 'system'] as const) {
      try {
        for (const c of get(type)) roots.add(c);
      } catch {
        // An unreadable system store leaves the bundled roots; nothing to report per connection.
      }
    }
  } else {
    for (const c of tls.rootCertificates) roots.add(c);
  }
  cachedRoots = [...roots];
  return cachedRoots;
}

/** Splits PEM text into certificates; invalid blocks make the whole input invalid (undefined). */
export function parsePemCertificates(pem: string): X509Certificate[] | undefined {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/gu);
  if (!blocks || blocks.length === 0) return undefined;
  try {
    return blocks.map((b) => new X509Certificate(b));
  } catch {
    return undefined;
  }
}

type Dn = Record<string, string | string[] | undefined>;

function formatDn(dn: Dn | undefined): string {
  if (!dn) return '';
  return Object.entries(dn)
    .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => `${k}=${x}`) : v !== undefined ? [`${k}=${v}`] : []))
    .join(', ');
}

function parseSans(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/,\s*/u)
    .map((s) =>
      s
        .replace(/^DNS:/u, '')
        .replace(/^IP Address:/u, '')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

function isoDate(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

function isSelfSigned(raw: Buffer): boolean {
  try {
    const x = new X509Certificate(raw);
    return x.checkIssued(x) && x.verify(x.publicKey);
  } catch {
    return false;
  }
}

function certInfo(c: tls.PeerCertificate): CertificateInfo {
  return {
    subject: formatDn(c.subject as unknown as Dn),
    issuer: formatDn(c.issuer as unknown as Dn),
    sans: parseSans(c.subjectaltname),
    validFrom: isoDate(c.valid_from),
    validTo: isoDate(c.valid_to),
    selfSigned: isSelfSigned(c.raw),
    fingerprint256: c.fingerprint256,
  };
}

/** The chain as presented (leaf first), following issuer links until a self-issued certificate. */
export function peerChain(socket: tls.TLSSocket): CertificateInfo[] {
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let c: tls.DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  while (c && c.raw && !seen.has(c.fingerprint256) && chain.length < 10) {
    seen.add(c.fingerprint256);
    chain.push(certInfo(c));
    c = c.issuerCertificate && c.issuerCertificate !== c ? c.issuerCertificate : undefined;
  }
  return chain;
}

/** Describes an established TLS session; `host` is the name the consultant typed. */
export function describeTls(socket: tls.TLSSocket, host: string): TlsInfo {
  const peer = socket.getPeerCertificate(true);
  const hasCert = peer !== undefined && peer.raw !== undefined;
  // Node checks the name only when the chain verified; the probe wants both verdicts, always.
  const nameError = hasCert ? tls.checkServerIdentity(isIP(host) ? host : host.toLowerCase(), peer) : new Error('no certificate');
  const authError = socket.authorizationError as unknown as Error | string | null | undefined;
  const raw =
    authError === null || authError === undefined
      ? undefined
      : typeof authError === 'string'
        ? authError
        : ((authError as { code?: string }).code ?? authError.message);
  // Node folds a name mismatch into `authorized`; here the chain's verdict and the name's are kept apart.
  const nameOnly = raw === 'ERR_TLS_CERT_ALTNAME_INVALID';
  const authorizationError = nameOnly ? undefined : raw;
  return {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher()?.standardName ?? socket.getCipher()?.name ?? 'unknown',
    authorized: socket.authorized || nameOnly,
    ...(authorizationError !== undefined ? { authorizationError } : {}),
    nameMatches: nameError === undefined,
    chain: hasCert ? peerChain(socket) : [],
  };
}

/** The names a certificate is valid for: SANs, else the subject's CN (as RFC 6125 §6.4.4 allows as a fallback). */
export function certificateNames(cert: CertificateInfo): string[] {
  if (cert.sans.length > 0) return [...cert.sans];
  const cn = /(?:^|, )CN=([^,]+)/u.exec(cert.subject);
  return cn?.[1] !== undefined ? [cn[1]] : [];
}

/** Whether an extra CA given by the consultant is what made the chain trusted. */
export function trustedByExtraCa(info: TlsInfo, extra: readonly X509Certificate[]): boolean {
  if (!info.authorized || extra.length === 0) return false;
  const fingerprints = new Set(extra.map((x) => x.fingerprint256));
  const subjects = new Set(extra.map((x) => x.subject.split('\n').join(', ')));
  return info.chain.some((c) => fingerprints.has(c.fingerprint256) || subjects.has(c.issuer));
}
