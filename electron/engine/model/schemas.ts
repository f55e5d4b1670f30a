/** Run-time schemas of findings and step records arriving from outside (a file, another host). */
import { z } from 'zod';

const EvidenceSchema = z.looseObject({ kind: z.enum(['dns', 'smtp', 'log', 'header', 'text']) });

/** Run-time check of findings arriving from outside (a file, another host). */
export const FindingSchema = z.object({
  id: z.string().min(1).max(200),
  check: z.string().max(200),
  status: z.enum(['ok', 'info', 'warning', 'error', 'skipped']),
  title: z.string().max(2000),
  explanation: z.string().max(20000),
  evidence: z.array(EvidenceSchema).max(10000),
  fix: z.string().max(20000).optional(),
  whoMustAct: z.enum(['sender-it', 'sender-provider', 'recipient-provider', 'recipient', 'nobody']),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  subject: z.string().max(1000).optional(),
});

export const StepRecordSchema = z.object({
  name: z.string().max(200),
  status: z.enum(['done', 'failed', 'skipped', 'cancelled']),
  startedAt: z.string().max(40),
  ms: z.number().nonnegative(),
  detail: z.string().max(2000).optional(),
});
