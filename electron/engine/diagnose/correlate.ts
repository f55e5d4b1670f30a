/**
 * Cross-evidence correlation: two pieces of evidence that, together, say more than either alone.
 * Each rule yields a finding carrying both pieces of evidence. Rules are a table; each is a pure
 * function of the findings and the structured results of the run.
 */
import { makeFinding, type Lang } from '../i18n/index.ts';
import type { Finding, FindingParams } from '../model/finding.ts';
import type { BounceResult } from '../offline/bounce/types.ts';

/** A log recipient line as the log tracer reports it (only the fields used here). */
export interface LogRecipient {
  readonly address: string;
  readonly status: string;
  readonly at?: string | null;
  readonly relay?: string | null;
  readonly reply?: string | null;
  readonly dsn?: string | null;
}

export interface CorrelationInput {
  readonly findings: readonly Finding[];
  readonly bounces: readonly BounceResult[];
  readonly logs: readonly { readonly messages: readonly { readonly id: string; readonly recipients: readonly LogRecipient[] }[] }[];
  /** The symptom the case reports. */
  readonly symptom: string;
  readonly lang: Lang;
}

type Rule = (input: CorrelationInput) => Finding[];

const pick = (findings: readonly Finding[], test: (f: Finding) => boolean): Finding[] => findings.filter(test);

function correlation(input: CorrelationInput, id: string, status: Finding['status'], whoMustAct: Finding['whoMustAct'], params: FindingParams, from: readonly Finding[]): Finding {
  return makeFinding(input.lang, { id, check: 'correlate', status, whoMustAct, params, evidence: from.flatMap((f) => f.evidence).slice(0, 40) });
}

/** A bounce that blames authentication, next to what SPF/DMARC say for the sender domain now. */
const authBounce: Rule = (input) => {
  const bounces = pick(input.findings, (f) => f.id === 'bounce.delivery.authfailure' || (f.id.startsWith('bounce.delivery.') && /5\.7\.2[3-7]|spf|dkim|dmarc/i.test(String(f.params?.['diagnostic'] ?? f.explanation))));
  const dns = pick(input.findings, (f) => (f.id.startsWith('spf.result.') || f.id.startsWith('dmarc.alignment.') || f.id === 'spf.record.missing' || f.id === 'dmarc.record.missing') && f.status !== 'skipped');
  const first = bounces[0];
  if (!first || dns.length === 0) return [];
  const worst = dns.find((f) => f.status === 'error') ?? dns.find((f) => f.status === 'warning') ?? dns[0];
  if (!worst) return [];
  return [correlation(input, 'diagnose.correlate.auth-bounce', worst.status === 'ok' ? 'warning' : 'error', 'sender-it', { bounce: first.title, dns: worst.title }, [first, worst])];
};

/** A log line saying the recipient's MX accepted the message: it left the sender's system. */
const delivered: Rule = (input) => {
  const out: Finding[] = [];
  for (const log of input.logs) {
    for (const m of log.messages) {
      for (const r of m.recipients) {
        if (r.status !== 'sent' && r.status !== 'delivered') continue;
        const remoteId = /queued as ([A-Za-z0-9._-]+)|id=([A-Za-z0-9._-]+)|<([^>]+)>\s*\[InternalId/i.exec(r.reply ?? '');
        const logFinding = input.findings.find((f) => f.id === 'log.delivered' && f.subject === r.address);
        out.push(
          correlation(
            input,
            'diagnose.correlate.delivered',
            'info',
            'recipient-provider',
            { recipient: r.address, at: r.at ?? '?', relay: r.relay ?? '?', reply: r.reply ?? '', queueId: m.id, remoteId: remoteId?.[1] ?? remoteId?.[2] ?? remoteId?.[3] ?? '?' },
            logFinding ? [logFinding] : [],
          ),
        );
      }
    }
  }
  return out.slice(0, 10);
};

/** A blocklisting of the sending IP, and a bounce that mentions that IP or that list. */
const blocklisted: Rule = (input) => {
  const listings = pick(input.findings, (f) => f.id === 'reputation.ip.listed');
  const out: Finding[] = [];
  for (const listing of listings) {
    const ip = String(listing.params?.['target'] ?? '');
    const list = String(listing.params?.['list'] ?? '');
    const zone = String(listing.params?.['zone'] ?? '');
    const word = list.split(' ')[0]?.toLowerCase() ?? '';
    const bounce = input.bounces
      .flatMap((b) => b.deliveries)
      .find((d) => (ip && d.diagnostic.includes(ip)) || (zone && d.diagnostic.toLowerCase().includes(zone)) || (word.length > 4 && d.diagnostic.toLowerCase().includes(word)));
    if (!bounce) continue;
    const bounceFinding = input.findings.find((f) => f.id.startsWith('bounce.delivery.') && f.params?.['recipient'] === bounce.recipient);
    out.push(correlation(input, 'diagnose.correlate.blocklisted', 'error', 'sender-provider', { ip, list, diagnostic: bounce.diagnostic.slice(0, 300) }, [listing, ...(bounceFinding ? [bounceFinding] : [])]));
  }
  return out;
};

/** Greylisting (a temporary 4xx asking to come back later) explains a short delay. */
const greylisting: Rule = (input) => {
  const grey = pick(input.findings, (f) => f.id === 'smtp.rcpt.greylisted' || (f.id === 'log.deferred' && /grey|gray|try again later|4\.7\.1/i.test(String(f.params?.['reply'] ?? f.explanation))));
  const first = grey[0];
  if (!first || (input.symptom !== 'delayed' && input.symptom !== 'nothing')) return [];
  return [correlation(input, 'diagnose.correlate.greylist', 'info', 'nobody', { finding: first.title }, [first])];
};

/** The bounce said "unknown user" and the recipient's MX says the same to our RCPT TO. */
const addressConfirmed: Rule = (input) => {
  const bounce = input.findings.find((f) => f.id === 'bounce.delivery.userunknown');
  const probe = input.findings.find((f) => f.id === 'smtp.rcpt.unknown');
  if (!bounce || !probe) return [];
  return [correlation(input, 'diagnose.correlate.address-confirmed', 'error', 'sender-it', { bounce: bounce.title, probe: probe.title }, [bounce, probe])];
};

export const CORRELATION_RULES: readonly Rule[] = [authBounce, delivered, blocklisted, greylisting, addressConfirmed];

export function correlate(input: CorrelationInput): Finding[] {
  return CORRELATION_RULES.flatMap((rule) => rule(input));
}
