/**
 * Source 3c: Microsoft Autodiscover, the "POX" (plain old XML) form of [MS-OXDSCLI]: a POST of
 * the address to https://autodiscover.<domain>/autodiscover/autodiscover.xml (and to
 * https://<domain>/autodiscover/…). A server that answers without credentials may list a
 * `<Protocol>` of `<Type>SMTP</Type>` with Server, Port, SSL (on/off), Encryption
 * (None | SSL | TLS | Auto) and AuthRequired. Exchange answers 401 until the client logs in;
 * Mailpath never sends a password here, so that is a `skipped` finding. One redirect
 * (`redirectUrl` over HTTPS, or `redirectAddr`) is followed.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Finding } from '../../model/finding.ts';
import { discoverFinding, errorText, makeCandidate, textEvidence } from '../candidate.ts';
import { defaultSecurity } from '../ports.ts';
import { note } from '../texts.ts';
import type { Candidate, DiscoverDeps, Security, SourceResult } from '../types.ts';
import type { AutoconfigServer } from './autoconfig.ts';
import { domainOf } from './dns-util.ts';

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'Protocol' || name === 'Account',
});

export function autodiscoverRequest(email: string): string {
  const escaped = email.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">',
    '  <Request>',
    `    <EMailAddress>${escaped}</EMailAddress>`,
    '    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>',
    '  </Request>',
    '</Autodiscover>',
  ].join('\n');
}

export interface AutodiscoverAnswer {
  readonly servers: AutoconfigServer[];
  readonly redirectUrl?: string;
  readonly redirectAddr?: string;
}

const on = (v: unknown): boolean | undefined => (typeof v === 'string' ? v.trim().toLowerCase() === 'on' : undefined);

/** The SMTP settings (or a redirect) of an Autodiscover POX response. */
export function parseAutodiscover(xml: string): AutodiscoverAnswer {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return { servers: [] };
  }
  const response = (doc['Autodiscover'] as Record<string, unknown> | undefined)?.['Response'] as Record<string, unknown> | undefined;
  const accounts = (response?.['Account'] as Record<string, unknown>[] | undefined) ?? [];
  const servers: AutoconfigServer[] = [];
  let redirectUrl: string | undefined;
  let redirectAddr: string | undefined;
  for (const account of accounts) {
    const action = String(account['Action'] ?? '').toLowerCase();
    if (action === 'redirecturl' && typeof account['RedirectUrl'] === 'string') redirectUrl = account['RedirectUrl'].trim();
    if (action === 'redirectaddr' && typeof account['RedirectAddr'] === 'string') redirectAddr = account['RedirectAddr'].trim();
    for (const p of (account['Protocol'] as Record<string, unknown>[] | undefined) ?? []) {
      if (String(p['Type'] ?? '').toUpperCase() !== 'SMTP') continue;
      const host = typeof p['Server'] === 'string' ? p['Server'].trim() : '';
      const port = Number(p['Port'] ?? 25);
      if (!host || !Number.isInteger(port) || port <= 0 || port > 65535) continue;
      const encryption = String(p['Encryption'] ?? '').toLowerCase();
      const ssl = on(p['SSL']);
      let security: Security;
      if (encryption === 'tls') security = 'starttls';
      else if (encryption === 'ssl') security = 'tls';
      else if (encryption === 'none') security = 'none';
      else if (encryption === 'auto' || ssl !== false) security = defaultSecurity(port);
      else security = 'none';
      servers.push({ host, port, security, auth: on(p['AuthRequired']) ?? true });
    }
  }
  return { servers, ...(redirectUrl ? { redirectUrl } : {}), ...(redirectAddr ? { redirectAddr } : {}) };
}

export function autodiscoverUrls(domain: string): string[] {
  return [`https://autodiscover.${domain}/autodiscover/autodiscover.xml`, `https://${domain}/autodiscover/autodiscover.xml`];
}

type Attempt = { url: string; status?: number; error?: string; text?: string; answer?: AutodiscoverAnswer };

async function post(url: string, email: string, deps: DiscoverDeps): Promise<Attempt> {
  try {
    const res = await deps.fetch(url, {
      method: 'POST',
      body: autodiscoverRequest(email),
      headers: { 'content-type': 'text/xml; charset=utf-8' },
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
    return { url, status: res.status, text: res.text, ...(res.status === 200 ? { answer: parseAutodiscover(res.text) } : {}) };
  } catch (error) {
    return { url, error: errorText(error) };
  }
}

export async function fromAutodiscover(email: string | undefined, domain: string | undefined, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  if (!email || !domain)
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.no-email', 'autodiscover', 'skipped', { source: 'Autodiscover' })],
    };
  const attempts = await Promise.all(autodiscoverUrls(domain).map((u) => post(u, email, deps)));
  // One redirect, only to HTTPS (a redirect to plain HTTP could send the address anywhere).
  for (const a of [...attempts]) {
    const next = a.answer?.redirectUrl;
    const addr = a.answer?.redirectAddr;
    if (next && next.startsWith('https://')) attempts.push(await post(next, email, deps));
    else if (addr) {
      const to = domainOf(addr);
      const first = to ? autodiscoverUrls(to)[0] : undefined;
      if (first) attempts.push(await post(first, addr, deps));
    }
  }
  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  for (const a of attempts) {
    (a.answer?.servers ?? []).forEach((s, i) =>
      candidates.push(
        makeCandidate({
          ...s,
          source: 'autodiscover',
          evidence: [textEvidence(`Autodiscover ${a.url}`, a.text ?? '')],
          confidence: 0.65 - i * 0.05,
          note: note(lang, 'autodiscover.url', { url: a.url }),
        }),
      ),
    );
  }
  const tried = attempts.map((a) => `${a.url} → ${a.error ?? `HTTP ${a.status ?? '?'}`}`);
  if (candidates.length === 0) {
    const needsAuth = attempts.some((a) => a.status === 401 || a.status === 403);
    findings.push(
      needsAuth
        ? discoverFinding(lang, 'discover.autodiscover.auth', 'autodiscover', 'skipped', { domain, tried: tried.join('; ') }, [
            textEvidence('HTTP', tried.join('\n')),
          ])
        : discoverFinding(lang, 'discover.http.none', 'autodiscover', 'skipped', { source: 'Autodiscover', tried: tried.join('; ') }, [
            textEvidence('HTTP', tried.join('\n')),
          ]),
    );
  }
  return { candidates, findings };
}
