/**
 * Where the message left the sender's systems, and where it entered them.
 *
 * The sending IP is the address the recipient's receiving server saw. The best witness is that
 * server's own SPF evaluation (Received-SPF client-ip, Authentication-Results smtp.remote-ip or the
 * "designates 192.0.2.1" comment, Microsoft's CIP), since it names the address SPF was checked for.
 * Without one, walk the chain from the recipient's side and skip hops inside one system (private or
 * loopback addresses, LMTP/HTTP/local delivery, both ends in the same registrable domain) until the
 * first hop from a public address outside. An authenticated submission ends the walk: past it lies the
 * sender's own client, not a server of theirs.
 */
import { getDomain } from 'tldts';
import { ipHintOf } from './authres.ts';
import { fieldsNamed, firstField } from './input.ts';
import { isPublicIp, normalizeIp } from './ip.ts';
import { isInternalHop } from './timeline.ts';
import type { AuthResult, FilterVerdict, HeaderField, Hop, Submission } from './types.ts';

export interface SendingPoint {
  readonly ip: string;
  readonly helo?: string;
  readonly hopIndex?: number;
  readonly source: 'received-spf' | 'authentication-results' | 'filter-report' | 'received-chain';
}

// Providers whose servers name themselves under several registrable domains.
const ORGANISATIONS: Readonly<Record<string, string>> = {
  'outlook.com': 'microsoft',
  'office365.com': 'microsoft',
  'exchangelabs.com': 'microsoft',
  'microsoft.com': 'microsoft',
  'hotmail.com': 'microsoft',
  'google.com': 'google',
  'gmail.com': 'google',
  'googlemail.com': 'google',
  '1e100.net': 'google',
  'yahoo.com': 'yahoo',
  'yahoodns.net': 'yahoo',
  'aol.com': 'yahoo',
  'amazonses.com': 'amazon',
  'amazonaws.com': 'amazon',
};

/** The organisation a host name belongs to: its registrable domain, folded for multi-domain providers. */
export function orgOf(name: string | undefined): string | undefined {
  if (!name || name === 'unknown' || normalizeIp(name)) return undefined;
  const domain = getDomain(name.replace(/^\[|\]$/g, '').replace(/\.$/, ''));
  if (!domain) return undefined;
  return ORGANISATIONS[domain.toLowerCase()] ?? domain.toLowerCase();
}

// Large providers' outbound relays share a registrable domain with their inbound servers, so a hop
// from one of them to the provider's MX is still the edge between two organisations.
const PROVIDER_EGRESS =
  /(?:\.outbound\.protection\.outlook\.com|^mail-[a-z0-9-]+\.google\.com|^mail-[a-z0-9-]+\.outlook\.com|\.mail\.yahoo\.com|^[a-z0-9-]+\.smtp-out\.amazonses\.com)$/i;

function sameOrganisation(hop: Hop): boolean {
  const by = orgOf(hop.by?.host);
  const names = [hop.from?.rdns, hop.from?.helo].map(orgOf).filter((x): x is string => x !== undefined);
  if (!by || names.length === 0) return false;
  if ([hop.from?.rdns, hop.from?.helo].some((n) => n && PROVIDER_EGRESS.test(n.replace(/\.$/, '')))) return false;
  return names.includes(by);
}

function hint(auth: readonly AuthResult[], filters: readonly FilterVerdict[]): SendingPoint | undefined {
  // Fields in header order: the topmost witness is the final receiver's.
  const candidates: { at: number; point: SendingPoint }[] = [];
  for (const r of auth) {
    if (!r.trusted || r.header.toLowerCase() === 'arc-authentication-results') continue;
    const raw = ipHintOf(r);
    const ip = raw ? normalizeIp(raw) : undefined;
    if (!ip || !isPublicIp(ip)) continue;
    const isSpfField = r.header.toLowerCase() === 'received-spf';
    const helo = isSpfField ? r.properties['helo'] : undefined;
    candidates.push({
      at: r.fieldIndex,
      point: { ip, ...(helo ? { helo } : {}), source: isSpfField ? 'received-spf' : 'authentication-results' },
    });
  }
  for (const f of filters) {
    if (f.filter !== 'microsoft' || !f.trusted) continue;
    const cip = f.items.find((i) => i.key === 'CIP')?.value;
    const ip = cip ? normalizeIp(cip) : undefined;
    if (!ip || !isPublicIp(ip)) continue;
    const helo = f.items.find((i) => i.key === 'H')?.value;
    candidates.push({ at: f.fieldIndex, point: { ip, ...(helo ? { helo } : {}), source: 'filter-report' } });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.point;
}

function walk(hops: readonly Hop[]): SendingPoint | undefined {
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) continue;
    if (hop.authenticated) return undefined;
    if (isInternalHop(hop) || !hop.from?.ip) continue;
    if (sameOrganisation(hop)) continue;
    const helo = hop.from.helo;
    return { ip: hop.from.ip, ...(helo ? { helo } : {}), hopIndex: i, source: 'received-chain' };
  }
  return undefined;
}

/**
 * The sending IP and HELO as the recipient's side saw them. A receiver's own record wins unless the
 * chain shows a newer edge than the hop it describes (the record then came from an earlier receiver,
 * e.g. before a forwarder or mailing list).
 */
export function findSendingPoint(
  hops: readonly Hop[],
  auth: readonly AuthResult[],
  filters: readonly FilterVerdict[],
): SendingPoint | undefined {
  const walked = walk(hops);
  const witnessed = hint(auth, filters);
  if (!witnessed) return walked;
  let matched: number | undefined;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (hop?.from?.ip === witnessed.ip && !hop.authenticated) {
      matched = i;
      break;
    }
  }
  if (matched === undefined) return walked ?? witnessed;
  if (walked?.hopIndex !== undefined && walked.hopIndex > matched) return walked;
  const helo = witnessed.helo ?? hops[matched]?.from?.helo;
  return { ...witnessed, ...(helo ? { helo } : {}), hopIndex: matched };
}

// Outbound relays of mail providers and sending services (Proton, Amazon SES, Mailgun, SendGrid,
// Mailchimp, SparkPost, Google, Microsoft 365, Yahoo), which never submit mail for a user themselves.
const OUTBOUND_RELAY =
  /(?:^mail-?[a-z0-9-]*\.(?:protonmail\.ch|proton\.ch)|\.smtp-out\.[a-z0-9-]*\.?amazonses\.com|^[a-z0-9-]+\.mailgun\.(?:net|org)|\.sendgrid\.net|\.(?:mcsv|mcdlv|rsgsv)\.net|\.sparkpostmail\.com|\.outbound\.protection\.outlook\.com|^mail-[a-z0-9-]+\.google\.com|^sonic\d*[a-z0-9-]*\.mail\.[a-z0-9]+\.yahoo\.com)$/i;

const MS_MAILBOX = /\.(?:outlook\.com|exchangelabs\.com|office365\.com)$/i;

function submissionFrom(hop: Hop, authenticated: boolean, user: string | undefined): Submission {
  const clientName = hop.from?.rdns && hop.from.rdns !== 'unknown' ? hop.from.rdns : (hop.from?.helo ?? hop.from?.user);
  // A program on the server itself: Postfix pickup `(Postfix, from userid 1000)`, Sendmail `(from user@localhost)`.
  const local =
    (hop.by?.software !== undefined && /from userid|\/Submit\b/i.test(hop.by.software)) || (hop.from?.user !== undefined && !hop.from.ip);
  const protocol = hop.protocol ?? (local ? 'LOCAL' : undefined);
  return {
    host: hop.by?.host ?? '',
    ...(hop.by?.ip ? { ip: hop.by.ip } : {}),
    ...(hop.from?.ip ? { clientIp: hop.from.ip } : {}),
    ...(clientName ? { clientName } : {}),
    authenticated,
    ...(user ? { authenticatedUser: user } : {}),
    ...(protocol ? { protocol } : {}),
    hopIndex: hop.index,
  };
}

/**
 * The submission hop: the oldest hop showing SMTP authentication, else Microsoft 365's mailbox
 * submission over HTTPS/MAPI, else the oldest hop when it lies on the sender's side of the edge.
 */
export function findSubmission(
  hops: readonly Hop[],
  sendingHopIndex: number | undefined,
  fields: readonly HeaderField[],
): Submission | undefined {
  const limit = sendingHopIndex ?? hops.length;
  // Headers some providers add at submission (cPanel/Exim, Loopia, MDaemon, …).
  const headerUser = ['X-Authenticated-Sender', 'X-Authenticated-User', 'X-AuthUser', 'X-Loopia-User', 'X-Sender-Id']
    .map((n) =>
      firstField(fields, n)
        ?.value.replace(/^[^:]*:\s*(?=\S+@)/, '')
        .trim(),
    )
    .find((v) => v !== undefined && v.length > 0);

  const authed = hops.find((h) => h.authenticated && h.index < limit);
  if (authed) return submissionFrom(authed, true, authed.authenticated?.user ?? headerUser);

  // Exchange's MAPI (Outlook) and Microsoft 365's HTTPS submission run in a logged-in mailbox session.
  const mailbox = hops.find(
    (h) =>
      h.index < limit &&
      (h.protocol === 'MAPI' || (h.protocol !== undefined && /^HTTPS?$/.test(h.protocol) && MS_MAILBOX.test(h.by?.host ?? ''))),
  );
  if (mailbox) return submissionFrom(mailbox, true, headerUser);

  const first = hops[0];
  if (!first || !first.by?.host) return undefined;
  // A provider's outbound relay at the bottom of the chain means the provider removed its own hops:
  // the submission is not in the header, and the relay is no client of the receiving server.
  if ([first.from?.rdns, first.from?.helo].some((n) => n && OUTBOUND_RELAY.test(n.replace(/\.$/, '')))) return undefined;
  if (sendingHopIndex !== undefined && sendingHopIndex <= 0) return undefined;
  if (sendingHopIndex === undefined) {
    // No edge found: only claim the first hop when it plainly came from a client or the machine itself.
    const local = !first.from?.ip || first.scope !== 'public';
    if (!local) return undefined;
  }
  const originating = fieldsNamed(fields, 'X-Originating-IP')[0]?.value.replace(/[[\]]/g, '').trim();
  const sub = submissionFrom(first, headerUser !== undefined, headerUser);
  const orig = originating ? normalizeIp(originating) : undefined;
  // Webmail (Zimbra, OWA) names the user's own address here; the hop only shows the webmail server.
  return orig && (!sub.clientIp || !isPublicIp(sub.clientIp)) ? { ...sub, clientIp: orig } : sub;
}
