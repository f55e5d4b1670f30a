/**
 * Recorded runs: every lookup of a diagnosis, saved so support can replay it offline
 * (`--dns-record FILE`, `--dns-replay FILE`).
 *
 * File format, version 1 (JSON, UTF-8):
 * ```
 * {
 *   "format": "mailpath-dns-recording",
 *   "version": 1,
 *   "createdAt": "2025-01-31T09:00:00.000Z",      // when the recorder was created
 *   "servers": ["192.0.2.53:53"],                  // informational: who the run asked
 *   "lookups": [                                   // in completion order
 *     { "name": "example.com", "type": "MX",       // the question (name normalized)
 *       "outcome": "ok",                           // a LookupOutcome
 *       "records": [{ "name": "example.com", "ttl": 300, "data": { "type": "MX", "preference": 10, "exchange": "mx.example.com" } }],
 *       "cnames": [], "ad": false, "detail": "…",  // as in LookupResult (detail optional)
 *       "evidence": [ DnsEvidence, … ] }           // every exchange: server, rcode, answers, TTL, time
 *   ]
 * }
 * ```
 * A later version bumps `version`; readers reject versions they do not know rather than guess.
 * Replay answers each question with its recorded result (the n-th ask gets the n-th recording of
 * that question, the last one repeating); evidence keeps its recorded time and elapsed time but
 * names the server `replay`, so a report never claims a server was asked when it was not.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { DnsEvidence } from '../model/finding.ts';
import { RECORDING_FORMAT, RECORDING_VERSION, type DnsRecording, type LookupResult, type Resolver, type RRType } from './types.ts';
import { invalidName, normalizeName } from './wire.ts';

export { RECORDING_FORMAT, RECORDING_VERSION } from './types.ts';
export type { DnsRecording } from './types.ts';

/** Collects lookups as a resolver completes them. */
export interface Recorder {
  add(result: LookupResult): void;
  /** The recording so far (a snapshot). */
  recording(): DnsRecording;
}

export function createRecorder(options: { servers?: readonly string[]; clock?: () => number } = {}): Recorder {
  const createdAt = new Date((options.clock ?? Date.now)()).toISOString();
  const lookups: LookupResult[] = [];
  return {
    add(result) {
      lookups.push(result);
    },
    recording() {
      return {
        format: RECORDING_FORMAT,
        version: RECORDING_VERSION,
        createdAt,
        servers: [...(options.servers ?? [])],
        lookups: [...lookups],
      };
    },
  };
}

const RR_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME', 'NS', 'SOA', 'SRV', 'TLSA', 'SPF', 'DS', 'DNSKEY'] as const;
const OUTCOMES = ['ok', 'nodata', 'nxdomain', 'servfail', 'refused', 'timeout', 'malformed', 'error'] as const;
const n = z.number().int().nonnegative();

const recordData = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['A', 'AAAA']), address: z.string() }),
  z.object({ type: z.literal('MX'), preference: n, exchange: z.string() }),
  z.object({ type: z.enum(['TXT', 'SPF']), strings: z.array(z.string()), text: z.string() }),
  z.object({ type: z.enum(['PTR', 'CNAME', 'NS']), target: z.string() }),
  z.object({ type: z.literal('SOA'), mname: z.string(), rname: z.string(), serial: n, refresh: n, retry: n, expire: n, minimum: n }),
  z.object({ type: z.literal('SRV'), priority: n, weight: n, port: n, target: z.string() }),
  z.object({ type: z.literal('TLSA'), usage: n, selector: n, matchingType: n, data: z.string() }),
  z.object({ type: z.literal('DS'), keyTag: n, algorithm: n, digestType: n, digest: z.string() }),
  z.object({ type: z.literal('DNSKEY'), flags: n, algorithm: n, key: z.string() }),
]);

const evidence = z.object({
  kind: z.literal('dns'),
  server: z.string(),
  name: z.string(),
  type: z.string(),
  rcode: z.string(),
  answers: z.array(z.object({ name: z.string(), type: z.string(), ttl: n, data: z.string() })),
  ad: z.boolean().optional(),
  elapsedMs: z.number().nonnegative(),
  at: z.string(),
});

const lookup = z.object({
  name: z.string(),
  type: z.enum(RR_TYPES),
  outcome: z.enum(OUTCOMES),
  records: z.array(z.object({ name: z.string(), ttl: n, data: recordData })),
  cnames: z.array(z.string()),
  ad: z.boolean(),
  detail: z.string().optional(),
  evidence: z.array(evidence),
});

const recordingSchema = z.object({
  format: z.literal(RECORDING_FORMAT),
  version: z.literal(RECORDING_VERSION),
  createdAt: z.string(),
  servers: z.array(z.string()),
  lookups: z.array(lookup),
});

export type ParsedRecording = { readonly ok: true; readonly recording: DnsRecording } | { readonly ok: false; readonly error: string };

/** Reads a recording from JSON text; a file that is not one is an error result, not a throw. */
export function parseRecording(text: string): ParsedRecording {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (head?.format !== RECORDING_FORMAT) return { ok: false, error: `not a Mailpath DNS recording (format is not "${RECORDING_FORMAT}")` };
  if (head.version !== RECORDING_VERSION)
    return { ok: false, error: `unsupported recording version ${String(head.version)} (this Mailpath reads version ${RECORDING_VERSION})` };
  const parsed = recordingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `invalid recording at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}` };
  }
  return { ok: true, recording: parsed.data as DnsRecording };
}

export function serializeRecording(recording: DnsRecording): string {
  return `${JSON.stringify(recording, null, 2)}\n`;
}

export async function saveRecording(path: string, recording: DnsRecording): Promise<void> {
  await writeFile(path, serializeRecording(recording), 'utf-8');
}

/** Loads a recording file; unreadable or invalid files are error results. */
export async function loadRecording(path: string): Promise<ParsedRecording> {
  let text: string;
  try {
    text = await readFile(path, 'utf-8');
  } catch (e) {
    return { ok: false, error: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return parseRecording(text);
}

/** Server name in replayed evidence. */
export const REPLAY_SERVER = 'replay';

/** A resolver answering only from a recording; no network. */
export function createReplayResolver(recording: DnsRecording, options: { clock?: () => number } = {}): Resolver {
  const now = options.clock ?? Date.now;
  const byQuestion = new Map<string, LookupResult[]>();
  const asked = new Map<string, number>();
  for (const l of recording.lookups) {
    const key = `${normalizeName(l.name)}\u0000${l.type}`;
    byQuestion.set(key, [...(byQuestion.get(key) ?? []), l]);
  }
  return {
    lookup(rawName: string, type: RRType, lookupOptions) {
      const signal = lookupOptions?.signal;
      if (signal?.aborted) return Promise.reject(signal.reason);
      const name = normalizeName(rawName);
      const bad = invalidName(name);
      if (bad !== undefined) {
        return Promise.resolve({
          name,
          type,
          outcome: 'error',
          records: [],
          cnames: [],
          ad: false,
          detail: `invalid domain name: ${bad}`,
          evidence: [],
        });
      }
      const key = `${name}\u0000${type}`;
      const list = byQuestion.get(key);
      if (!list || list.length === 0) {
        const missing: DnsEvidence = {
          kind: 'dns',
          server: REPLAY_SERVER,
          name,
          type,
          rcode: 'NOT-IN-RECORDING',
          answers: [],
          elapsedMs: 0,
          at: new Date(now()).toISOString(),
        };
        return Promise.resolve({
          name,
          type,
          outcome: 'error',
          records: [],
          cnames: [],
          ad: false,
          detail: 'not in recording',
          evidence: [missing],
        });
      }
      const i = asked.get(key) ?? 0;
      asked.set(key, i + 1);
      const hit = list[Math.min(i, list.length - 1)] as LookupResult;
      return Promise.resolve({ ...hit, name, evidence: hit.evidence.map((e) => ({ ...e, server: REPLAY_SERVER })) });
    },
  };
}
