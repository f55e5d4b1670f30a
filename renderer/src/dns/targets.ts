/**
 * What the DNS step checks: the sender's domain and each recipient's domain, taken from the case,
 * with the name each result is stored under (`dns.sender`, `dns.recipient.<domain>`) and the
 * checks each role runs (as `checkDomain` in the engine runs them).
 */
import { domainOf, isMailAddress } from '../../../electron/engine/model/address.ts';
import type { Case } from '../../../electron/engine/model/case.ts';

export type DomainRole = 'sender' | 'recipient';

export interface DnsTarget {
  /** The result's name in `case.results`. */
  readonly key: string;
  readonly domain: string;
  readonly role: DomainRole;
  /** The case's addresses at this domain. */
  readonly addresses: readonly string[];
}

export const SENDER_KEY = 'dns.sender';
export const RECIPIENT_PREFIX = 'dns.recipient.';

export function dnsTargets(c: Case): DnsTarget[] {
  const targets: DnsTarget[] = [];
  const sender = c.sender.trim();
  const senderDomain = isMailAddress(sender) ? domainOf(sender) : undefined;
  if (senderDomain) targets.push({ key: SENDER_KEY, domain: senderDomain, role: 'sender', addresses: [sender] });
  const byDomain = new Map<string, string[]>();
  for (const raw of c.recipients) {
    const r = raw.trim();
    const domain = isMailAddress(r) ? domainOf(r) : undefined;
    if (!domain) continue;
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), r]);
  }
  for (const [domain, addresses] of byDomain) {
    targets.push({ key: `${RECIPIENT_PREFIX}${domain}`, domain, role: 'recipient', addresses });
  }
  return targets;
}

/** The checks a run reports progress for, in the order they are listed. */
export function expectedChecks(role: DomainRole, withIps: boolean): string[] {
  if (role === 'recipient') return ['mx', 'mta-sts', 'dane', 'dnssec'];
  return ['mx', 'spf', 'dkim', 'dmarc', ...(withIps ? ['rdns'] : []), 'dnsbl', 'mta-sts', 'dane', 'dnssec', 'bimi'];
}

/** A list typed by a person: commas, semicolons, spaces or new lines between items; duplicates dropped. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/u)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}
