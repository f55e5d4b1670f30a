/** The DNS options every DNS-using operation takes (pure: zod only). */
import { z } from 'zod';

export const DnsOptionsSchema = z
  .object({
    /** Servers to ask, `HOST[:PORT]` or `[v6]:PORT`; empty = the system's. */
    servers: z.array(z.string().min(1).max(300)).max(16).default([]),
    /** Per-question timeout in milliseconds. */
    timeoutMs: z.number().int().min(50).max(120_000).default(2000),
    /** Ask each domain's authoritative servers directly (bypassing caches). */
    authoritative: z.boolean().default(false),
    /** The text of a recorded run to answer from, offline. */
    replay: z.string().max(64 * 1024 * 1024).optional(),
    /** Return a recording of every question and answer. */
    record: z.boolean().default(false),
  })
  .strict();

export type DnsOptions = z.output<typeof DnsOptionsSchema>;
export const DEFAULT_DNS_OPTIONS: z.input<typeof DnsOptionsSchema> = {};
