/**
 * Source 3b: Thunderbird's autoconfiguration file (format: github.com/thunderbird/autoconfig,
 * docs/file-format). A domain may publish it at
 *   https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>
 *   https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
 * Each `<outgoingServer type="smtp">` gives hostname, port, socketType (SSL | STARTTLS | plain)
 * and authentication; `%EMAILADDRESS%`, `%EMAILLOCALPART%` and `%EMAILDOMAIN%` stand for the
 * address. Only HTTPS is asked: an answer over plain HTTP could have been altered on the way.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Finding } from '../../model/finding.ts';
import { discoverFinding, errorText, makeCandidate, textEvidence } from '../candidate.ts';
import { defaultSecurity } from '../ports.ts';
import { note } from '../texts.ts';
import type { Candidate, DiscoverDeps, Security, SourceResult } from '../types.ts';

export interface AutoconfigServer {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly auth: boolean;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ['emailProvider', 'outgoingServer', 'authentication'].includes(name),
});

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str((v as Record<string, unknown>)['#text']);
  return undefined;
}

/** Replaces the address placeholders of the format. */
export function substitute(text: string, email: string): string {
  const at = email.lastIndexOf('@');
  const local = at >= 0 ? email.slice(0, at) : email;
  const domain = at >= 0 ? email.slice(at + 1) : '';
  return text
    .replace(/%EMAILADDRESS%/g, email)
    .replace(/%EMAILLOCALPART%/g, local)
    .replace(/%EMAILDOMAIN%/g, domain);
}

/** The SMTP servers of an autoconfig document; malformed XML gives none. */
export function parseAutoconfig(xml: string, email: string): AutoconfigServer[] {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return [];
  }
  const config = (doc as Record<string, unknown> | undefined)?.['clientConfig'] as Record<string, unknown> | undefined;
  const providers = (config?.['emailProvider'] as Record<string, unknown>[] | undefined) ?? [];
  const out: AutoconfigServer[] = [];
  for (const p of providers) {
    for (const s of (p['outgoingServer'] as Record<string, unknown>[] | undefined) ?? []) {
      if ((str(s['@_type']) ?? 'smtp').toLowerCase() !== 'smtp') continue;
      const host = str(s['hostname']);
      const port = Number(str(s['port']));
      if (!host || !Number.isInteger(port) || port <= 0 || port > 65535) continue;
      const socket = (str(s['socketType']) ?? '').toUpperCase();
      const security: Security =
        socket === 'SSL' ? 'tls' : socket === 'STARTTLS' ? 'starttls' : socket === 'PLAIN' ? 'none' : defaultSecurity(port);
      const auths = ((s['authentication'] as unknown[] | undefined) ?? []).map((a) => (str(a) ?? '').toLowerCase());
      const auth = !(auths.length > 0 && auths.every((a) => a === 'none'));
      out.push({ host: substitute(host, email), port, security, auth });
    }
  }
  return out;
}

export function autoconfigUrls(domain: string, email: string): string[] {
  return [
    `https://autoconfig.${domain}/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(email)}`,
    `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
  ];
}

export async function fromAutoconfig(email: string | undefined, domain: string | undefined, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  if (!email || !domain)
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.no-email', 'autoconfig', 'skipped', { source: 'autoconfig' })],
    };
  const urls = autoconfigUrls(domain, email);
  const outcomes = await Promise.all(
    urls.map(async (url) => {
      try {
        const res = await deps.fetch(url, { ...(deps.signal ? { signal: deps.signal } : {}) });
        return { url, res };
      } catch (error) {
        return { url, error: errorText(error) };
      }
    }),
  );
  const candidates: Candidate[] = [];
  const tried: string[] = [];
  const findings: Finding[] = [];
  for (const o of outcomes) {
    if (!('res' in o) || !o.res) {
      tried.push(`${o.url} → ${o.error ?? 'error'}`);
      continue;
    }
    const servers = o.res.status === 200 ? parseAutoconfig(o.res.text, email) : [];
    tried.push(`${o.url} → HTTP ${o.res.status}${o.res.status === 200 && servers.length === 0 ? ' (no SMTP server in it)' : ''}`);
    servers.forEach((s, i) =>
      candidates.push(
        makeCandidate({
          ...s,
          source: 'autoconfig',
          evidence: [textEvidence(`autoconfig ${o.url}`, o.res.text)],
          confidence: 0.7 - i * 0.05,
          note: note(lang, 'autoconfig.url', { url: o.url }),
        }),
      ),
    );
  }
  if (candidates.length === 0) {
    findings.push(
      discoverFinding(lang, 'discover.http.none', 'autoconfig', 'skipped', { source: 'autoconfig', tried: tried.join('; ') }, [
        textEvidence('HTTP', tried.join('\n')),
      ]),
    );
  }
  return { candidates, findings };
}
