/**
 * Run-time schemas of findings and step records arriving from outside (a file, another host).
 * Their inferred types are the model's own (`Finding`, `Evidence`): a compile-time check below
 * keeps the two from drifting apart.
 */
import { z } from 'zod';
import type { Evidence, Finding } from './finding.ts';
import type { StepRecord } from './report.ts';

const text = (max: number) => z.string().max(max);

const EvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dns'),
    server: text(300),
    name: text(300),
    type: text(20),
    rcode: text(40),
    answers: z.array(z.object({ name: text(300), type: text(20), ttl: z.number(), data: text(70000) }).readonly()).max(1000).readonly(),
    ad: z.boolean().optional(),
    elapsedMs: z.number(),
    at: text(40),
  }).readonly(),
  z.object({ kind: z.literal('smtp'), lines: z.array(z.object({ t: text(40), dir: z.enum(['c', 's', 'i']), line: text(100000) }).readonly()).max(100000).readonly() }).readonly(),
  z.object({ kind: z.literal('log'), file: text(4096), lines: z.array(z.object({ n: z.number(), text: text(100000) }).readonly()).max(100000).readonly() }).readonly(),
  z.object({ kind: z.literal('header'), name: text(1000), value: text(1000000) }).readonly(),
  z.object({ kind: z.literal('text'), label: text(1000), text: text(1000000) }).readonly(),
]);

/** Run-time check of findings arriving from outside (a file, another host). */
export const FindingSchema = z
  .object({
    id: z.string().min(1).max(200),
    check: text(200),
    status: z.enum(['ok', 'info', 'warning', 'error', 'skipped']),
    title: text(2000),
    explanation: text(20000),
    evidence: z.array(EvidenceSchema).max(10000).readonly(),
    fix: text(20000).optional(),
    whoMustAct: z.enum(['sender-it', 'sender-provider', 'recipient-provider', 'recipient', 'nobody']),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    subject: text(1000).optional(),
  })
  .readonly();

export const StepRecordSchema = z
  .object({
    name: text(200),
    status: z.enum(['done', 'failed', 'skipped', 'cancelled']),
    startedAt: text(40),
    ms: z.number().nonnegative(),
    detail: text(2000).optional(),
  })
  .readonly();

// Both directions must hold: what the schema accepts is a Finding, and every Finding passes it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMAS_MATCH_MODEL: Same<z.output<typeof EvidenceSchema>, Evidence> &
  Same<z.output<typeof FindingSchema>, Finding> &
  Same<z.output<typeof StepRecordSchema>, StepRecord> = true;
