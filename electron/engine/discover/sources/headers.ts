/**
 * Source 1: the headers of a message the sender sent. The header analysis (offline/headers) finds
 * the submission hop: the oldest Received field showing SMTP AUTH (`with ESMTPSA`,
 * `(Authenticated sender: …)`, RFC 3848 protocol types), or Microsoft 365's mailbox submission over
 * MAPI/HTTPS. Its `by` host is the server the sender's program handed the message to. Received
 * fields do not record the port, so the submission ports are offered (587 first, RFC 6409; then
 * 465, RFC 8314). A mailbox submission (Outlook, Outlook on the web, Gmail on the web) used no SMTP
 * at all: the provider's SMTP submission host is offered instead.
 */
import { analyzeHeaders } from '../../offline/headers/index.ts';
import type { Hop, Submission } from '../../offline/headers/types.ts';
import type { Evidence } from '../../model/finding.ts';
import { discoverFinding, makeCandidate } from '../candidate.ts';
import { portNote } from '../ports.ts';
import { joinNotes, note } from '../texts.ts';
import type { Candidate, DiscoverDeps, SourceResult } from '../types.ts';

const MICROSOFT = /(^|\.)(outlook\.com|office365\.com|exchangelabs\.com|outlook\.office365\.com)$/i;
const GOOGLE = /(^|\.)(google\.com|gmail\.com)$/i;
const INTERNAL = /(^[^.]+$)|\.(local|lan|internal|intranet|localdomain|home\.arpa|corp)$/i;

function hopEvidence(hop: Hop | undefined): Evidence[] {
  return hop ? [{ kind: 'header', name: 'Received', value: hop.raw }] : [];
}

function mailboxProvider(sub: Submission): { name: string; host: string } | undefined {
  const protocol = sub.protocol ?? '';
  const mailbox = protocol === 'MAPI' || /^HTTPS?|^HTTPREST/.test(protocol);
  if (!mailbox) return undefined;
  if (MICROSOFT.test(sub.host)) return { name: 'Microsoft 365', host: 'smtp.office365.com' };
  if (GOOGLE.test(sub.host)) return { name: 'Google Workspace', host: 'smtp.gmail.com' };
  return undefined;
}

export function fromHeaders(text: string | undefined, deps: DiscoverDeps): SourceResult {
  const { lang } = deps;
  if (!text || !text.trim())
    return { candidates: [], findings: [discoverFinding(lang, 'discover.skipped.no-headers', 'headers', 'skipped', {})] };
  const analysis = analyzeHeaders(text, lang);
  const sub = analysis.submission;
  const egress: Evidence[] = analysis.sendingIp
    ? [{ kind: 'text', label: 'egress IP', text: `${analysis.sendingIp}${analysis.helo ? ` (HELO ${analysis.helo})` : ''}` }]
    : [];
  if (!sub || !sub.host) {
    return {
      candidates: [],
      findings: [
        discoverFinding(
          lang,
          'discover.headers.no-submission',
          'headers',
          'info',
          { hops: analysis.hops.length, egress: analysis.sendingIp ?? '' },
          egress,
        ),
      ],
    };
  }
  const hop = analysis.hops[sub.hopIndex];
  const evidence = [...hopEvidence(hop), ...egress];
  const params = {
    host: sub.host,
    ip: sub.ip ?? '',
    user: sub.authenticatedUser ?? '',
    protocol: sub.protocol ?? '',
    egress: analysis.sendingIp ?? '',
  };
  const candidates: Candidate[] = [];
  const mailbox = mailboxProvider(sub);
  if (mailbox) {
    candidates.push(
      makeCandidate({
        host: mailbox.host,
        port: 587,
        security: 'starttls',
        auth: true,
        source: 'headers',
        evidence,
        confidence: 0.65,
        provider: mailbox.name,
        note: joinNotes(note(lang, 'headers.mailbox', { protocol: sub.protocol ?? '', provider: mailbox.name }), portNote(lang, 587)),
      }),
    );
    return {
      candidates,
      findings: [
        discoverFinding(
          lang,
          'discover.headers.mailbox',
          'headers',
          'info',
          { ...params, provider: mailbox.name, smtp: mailbox.host },
          evidence,
        ),
      ],
    };
  }
  // A submission without AUTH (a program on the server itself, or an IP-authorised relay) is
  // weaker evidence of what a mail program should use; so is Outlook talking MAPI to an Exchange
  // server of the sender's own, which says nothing about the SMTP ports it offers.
  const mapi = /^(MAPI|HTTPS?)/.test(sub.protocol ?? '');
  const strength = mapi ? 0.5 : sub.authenticated ? 0.8 : 0.55;
  const internal = INTERNAL.test(sub.host) || /\.(ad|corp|int)\./i.test(sub.host) ? note(lang, 'headers.internal') : undefined;
  for (const [port, security, drop] of [
    [587, 'starttls', 0],
    [465, 'tls', 0.15],
  ] as const) {
    candidates.push(
      makeCandidate({
        host: sub.host,
        port,
        security,
        auth: sub.authenticated,
        source: 'headers',
        evidence,
        confidence: strength - drop - (internal ? 0.2 : 0),
        note: joinNotes(
          mapi ? note(lang, 'headers.mapi', { protocol: sub.protocol ?? '' }) : note(lang, 'headers.port', { port }),
          internal,
          portNote(lang, port),
        ),
      }),
    );
  }
  return {
    candidates,
    findings: [
      discoverFinding(
        lang,
        sub.authenticated ? 'discover.headers.submission' : 'discover.headers.unauthenticated',
        'headers',
        'info',
        params,
        evidence,
      ),
    ],
  };
}
