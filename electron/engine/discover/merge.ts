/**
 * Folding and ranking. Candidates naming the same host and port are one candidate: their
 * evidence and sources are combined, and agreeing sources raise the confidence as independent
 * witnesses would, 1 − Π(1 − cᵢ), kept below 1 unless typed by hand.
 */
import type { Lang } from '../i18n/index.ts';
import type { Finding } from '../model/finding.ts';
import { discoverFinding } from './candidate.ts';
import { joinNotes } from './texts.ts';
import { CANDIDATE_SOURCES, type Candidate, type CandidateSource } from './types.ts';

const key = (c: Candidate): string => `${c.host}:${c.port}`;

/** Ports in the order a client should prefer them when nothing else decides. */
const PORT_ORDER = [587, 465, 25, 2525];
const portRank = (p: number): number => (PORT_ORDER.includes(p) ? PORT_ORDER.indexOf(p) : PORT_ORDER.length);

function fold(group: readonly Candidate[]): Candidate {
  const sorted = [...group].sort((a, b) => b.confidence - a.confidence);
  const best = sorted[0] as Candidate;
  if (group.length === 1) return best;
  const sources = CANDIDATE_SOURCES.filter((s) => group.some((c) => c.sources.includes(s)));
  const distinct = new Set(group.flatMap((c) => c.sources));
  const combined = distinct.size > 1 ? 1 - group.reduce((p, c) => p * (1 - c.confidence), 1) : best.confidence;
  const cap = sources.includes('manual') ? 1 : 0.99;
  const provider = sorted.find((c) => c.provider)?.provider;
  return {
    ...best,
    sources,
    auth: group.some((c) => c.auth),
    evidence: group.flatMap((c) => c.evidence),
    confidence: Math.round(Math.min(cap, combined) * 1000) / 1000,
    ...(provider ? { provider } : {}),
    ...(joinNotes(...sorted.map((c) => c.note)) ? { note: joinNotes(...sorted.map((c) => c.note)) } : {}),
  };
}

/** Duplicates folded, best first: confidence, then more sources, then the usual port order. */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = groups.get(key(c)) ?? [];
    list.push(c);
    groups.set(key(c), list);
  }
  return [...groups.values()]
    .map(fold)
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        b.sources.length - a.sources.length ||
        portRank(a.port) - portRank(b.port) ||
        a.host.localeCompare(b.host),
    );
}

const CLIENTS: readonly CandidateSource[] = ['thunderbird', 'outlook', 'apple-mail'];

/**
 * Conflicts worth a warning: the mail-client settings on this computer name other servers than the
 * headers of a message the sender sent (so the message did not go where the settings say, or the
 * settings belong to another person or program).
 */
export function conflictFindings(lang: Lang, candidates: readonly Candidate[]): Finding[] {
  const fromHeaders = candidates.filter((c) => c.sources.includes('headers'));
  const fromClients = candidates.filter((c) => c.sources.some((s) => CLIENTS.includes(s)));
  if (fromHeaders.length === 0 || fromClients.length === 0) return [];
  const headerHosts = new Set(fromHeaders.map((c) => c.host));
  if (fromClients.some((c) => headerHosts.has(c.host))) return [];
  const clientHosts = [...new Set(fromClients.map((c) => c.host))];
  return [
    discoverFinding(
      lang,
      'discover.conflict',
      'discover',
      'warning',
      { clientHosts: clientHosts.join(', '), headerHosts: [...headerHosts].join(', ') },
      [...(fromHeaders[0]?.evidence ?? []), ...(fromClients[0]?.evidence ?? [])],
      'sender-it',
    ),
  ];
}
