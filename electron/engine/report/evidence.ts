/**
 * The evidence sections: every SMTP conversation and every DNS question the report holds, gathered
 * from the findings' evidence and from what the steps stored (`case.results[*]`), deduplicated.
 */
import type { DnsEvidence, TranscriptLine } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { isObject, visitObjects, type JsonObject } from './walk.ts';

/** One SMTP conversation (or the part of one a finding quotes), and where it came from. */
export interface TranscriptBlock {
  /** The finding title or step name that carried it. */
  readonly source: string;
  readonly lines: readonly TranscriptLine[];
}

function isTranscriptLine(v: unknown): v is TranscriptLine {
  return isObject(v) && typeof v['t'] === 'string' && typeof v['line'] === 'string' && (v['dir'] === 'c' || v['dir'] === 's' || v['dir'] === 'i');
}

function asTranscript(v: unknown): readonly TranscriptLine[] | undefined {
  return Array.isArray(v) && v.length > 0 && v.every(isTranscriptLine) ? v : undefined;
}

function isDnsEvidence(v: JsonObject): boolean {
  return (
    v['kind'] === 'dns' &&
    typeof v['server'] === 'string' &&
    typeof v['name'] === 'string' &&
    typeof v['type'] === 'string' &&
    typeof v['rcode'] === 'string' &&
    Array.isArray(v['answers']) &&
    (v['answers'] as unknown[]).every((a) => isObject(a) && typeof a['name'] === 'string' && typeof a['type'] === 'string' && typeof a['data'] === 'string')
  );
}

/** Feeds every evidence-shaped object of the report to the collectors, findings first, then each step's data. */
function eachEvidence(report: Report, onSmtp: (source: string, lines: readonly TranscriptLine[]) => void, onDns: (e: DnsEvidence) => void): void {
  for (const f of report.findings) {
    for (const e of f.evidence) {
      if (e.kind === 'smtp') onSmtp(f.title, e.lines);
      else if (e.kind === 'dns') onDns(e);
    }
  }
  for (const [step, result] of Object.entries(report.case.results)) {
    visitObjects([result.findings, result.data], (obj) => {
      if (isDnsEvidence(obj)) {
        onDns(obj as unknown as DnsEvidence);
        return 'skip';
      }
      if (obj['kind'] === 'smtp') {
        const lines = asTranscript(obj['lines']);
        if (lines) onSmtp(step, lines);
        return 'skip';
      }
      for (const value of Object.values(obj)) {
        const lines = asTranscript(value);
        if (lines) onSmtp(step, lines);
      }
      return undefined;
    });
  }
}

const lineKey = (l: TranscriptLine): string => `${l.t}\u0000${l.dir}\u0000${l.line}`;

const timeOf = (iso: string | undefined): number => {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
};

/**
 * The SMTP conversations, oldest first. A finding usually quotes a few lines of a session the
 * step also stored whole: a block whose every line is already shown is left out.
 */
export function transcriptBlocks(report: Report): TranscriptBlock[] {
  const found: TranscriptBlock[] = [];
  eachEvidence(report, (source, lines) => found.push({ source, lines }), () => undefined);
  const bySize = found.map((b, i) => ({ b, i })).sort((x, y) => y.b.lines.length - x.b.lines.length || x.i - y.i);
  const shown = new Set<string>();
  const kept: { b: TranscriptBlock; i: number }[] = [];
  for (const entry of bySize) {
    const keys = entry.b.lines.map(lineKey);
    if (keys.every((k) => shown.has(k))) continue;
    for (const k of keys) shown.add(k);
    kept.push(entry);
  }
  return kept.sort((x, y) => timeOf(x.b.lines[0]?.t) - timeOf(y.b.lines[0]?.t) || x.i - y.i).map((x) => x.b);
}

/** Every DNS question and answer, once each, in the order they were asked. */
export function dnsEvidence(report: Report): DnsEvidence[] {
  const seen = new Set<string>();
  const out: { e: DnsEvidence; i: number }[] = [];
  eachEvidence(
    report,
    () => undefined,
    (e) => {
      const key = [e.server, e.name.toLowerCase(), e.type, e.at, e.rcode, e.elapsedMs, e.answers.length].join('\u0000');
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ e, i: out.length });
    },
  );
  return out.sort((x, y) => timeOf(x.e.at) - timeOf(y.e.at) || x.i - y.i).map((x) => x.e);
}
