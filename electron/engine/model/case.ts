/**
 * The case: what the consultant knows about the message that went missing. A draft may be
 * incomplete at any time (it is saved on every keystroke); `validateCase` says what is wrong with it,
 * field by field, as codes the UI and CLI put into words.
 */
import { z } from 'zod';
import { isDomainName, isMailAddress } from './address.ts';
import { isTimeZone, localToIso, parseLocalDateTime } from './time.ts';
import { FindingSchema } from './schemas.ts';

export const SYMPTOMS = ['bounced', 'nothing', 'delayed', 'spam-folder', 'other'] as const;
/** What the sender saw. */
export type Symptom = (typeof SYMPTOMS)[number];

export const MAX_RECIPIENTS = 50;
export const MAX_NOTES = 20000;
const MAX_SHORT = 320;

/** The recipient provider's profile, often delivered by a `mailpath://case?...` link from its support. */
export const ProviderProfileSchema = z.object({
  /** The provider's display name, e.g. "Example Hosting". */
  name: z.string().max(MAX_SHORT).default(''),
  /** Where reports go, e.g. support@example-hosting.com. */
  supportAddress: z.string().max(MAX_SHORT).default(''),
  /** The name pattern of the provider's MX hosts, e.g. `*.mx.example-hosting.com`. */
  mxPattern: z.string().max(MAX_SHORT).default(''),
});
export type ProviderProfile = z.infer<typeof ProviderProfileSchema>;

/** What the diagnosis learnt about the message, kept in the case for the report. */
export const CaseFactsSchema = z.object({
  /** The Message-ID of the lost message, when known (from a bounce, headers or logs). */
  messageId: z.string().max(998).default(''),
  /** Queue IDs at the outgoing server (`4Xyz…`), which its operator needs to trace the message. */
  queueIds: z.array(z.string().max(200)).max(100).default([]),
  /** The public IP the message left from. */
  sendingIp: z.string().max(64).default(''),
  /** The outgoing server, `host:port`. */
  outgoingServer: z.string().max(300).default(''),
  /** The exact error text as the server or bounce gave it. */
  errorText: z.string().max(5000).default(''),
});
export type CaseFacts = z.infer<typeof CaseFactsSchema>;

/** The result of one step of the wizard or of `diagnose`, kept so the report can be rebuilt and a step re-run. */
export const StepResultSchema = z.object({
  /** ISO 8601 time the step finished. */
  at: z.string().max(40),
  /** Duration in milliseconds. */
  ms: z.number().nonnegative(),
  findings: z.array(FindingSchema).max(10000),
  /** The operation's own output (a transcript, a hop list), as returned. */
  data: z.unknown().optional(),
});
export type StepResult = z.infer<typeof StepResultSchema>;

const EMPTY_FACTS = { messageId: '', queueIds: [], sendingIp: '', outgoingServer: '', errorText: '' };

export const CaseSchema = z.object({
  /** Stable id (UUID). */
  id: z.string().min(1).max(64),
  /** ISO 8601 creation time. */
  createdAt: z.string().max(40),
  /** ISO 8601 time of the last change. */
  updatedAt: z.string().max(40),
  /** The sender's address as typed. */
  sender: z.string().max(MAX_SHORT).default(''),
  /** Recipient addresses as typed, in order. */
  recipients: z.array(z.string().max(MAX_SHORT)).max(MAX_RECIPIENTS * 2).default([]),
  /** Local wall time the message was sent, `YYYY-MM-DDTHH:mm[:ss]`, in `timeZone`. */
  sentAt: z.string().max(40).default(''),
  /** IANA time zone of `sentAt`, e.g. `Europe/Stockholm`. */
  timeZone: z.string().max(64).default(''),
  /** What was seen; empty until chosen. */
  symptom: z.union([z.enum(SYMPTOMS), z.literal('')]).default(''),
  /** Free notes: the exact error text, what the user did. */
  notes: z.string().max(MAX_NOTES * 2).default(''),
  /** The support case number, if any. */
  reference: z.string().max(MAX_SHORT).default(''),
  /** The recipient provider's profile. */
  provider: ProviderProfileSchema.default({ name: '', supportAddress: '', mxPattern: '' }),
  /** What the diagnosis learnt (Message-ID, queue IDs, sending IP, …). */
  facts: CaseFactsSchema.default(EMPTY_FACTS),
  /** Results of the steps that ran, by step name (`dns.sender`, `offline.bounce`, …). */
  results: z.record(z.string().max(100), StepResultSchema).default({}),
});
export type Case = z.infer<typeof CaseSchema>;

/** A new, empty case. `now` and `id` are injected so tests stay deterministic. */
export function newCase(id: string, now: Date, timeZone: string): Case {
  const iso = now.toISOString();
  return {
    id,
    createdAt: iso,
    updatedAt: iso,
    sender: '',
    recipients: [],
    sentAt: '',
    timeZone,
    symptom: '',
    notes: '',
    reference: '',
    provider: { name: '', supportAddress: '', mxPattern: '' },
    facts: { ...EMPTY_FACTS, queueIds: [] },
    results: {},
  };
}

export type CaseField =
  | 'sender'
  | `recipients.${number}`
  | 'recipients'
  | 'sentAt'
  | 'timeZone'
  | 'symptom'
  | 'notes'
  | 'reference'
  | 'provider.name'
  | 'provider.supportAddress'
  | 'provider.mxPattern';

export type IssueCode =
  | 'required'
  | 'invalid-email'
  | 'invalid-date'
  | 'future-date'
  | 'invalid-timezone'
  | 'too-long'
  | 'too-many'
  | 'duplicate'
  | 'invalid-pattern';

/** One problem with one field; `params` feed the message (e.g. `max`). */
export interface FieldIssue {
  readonly field: CaseField;
  readonly code: IssueCode;
  readonly params?: Readonly<Record<string, number>>;
}

/** A host pattern such as `*.mx.example.com` or `mx1.example.com`. */
export function isHostPattern(pattern: string): boolean {
  const rest = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  return isDomainName(rest);
}

/**
 * Field-by-field problems of a case. `complete` asks for what a diagnosis needs (sender, at least
 * one recipient, when, what was seen); without it only what was typed is checked.
 */
export function validateCase(c: Case, options: { now: Date; complete: boolean }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const sender = c.sender.trim();
  if (sender === '') {
    if (options.complete) issues.push({ field: 'sender', code: 'required' });
  } else if (!isMailAddress(sender)) {
    issues.push({ field: 'sender', code: 'invalid-email' });
  }

  const seen = new Set<string>();
  const filled = c.recipients.map((r) => r.trim()).filter((r) => r !== '');
  if (filled.length === 0 && options.complete) issues.push({ field: 'recipients', code: 'required' });
  if (filled.length > MAX_RECIPIENTS) issues.push({ field: 'recipients', code: 'too-many', params: { max: MAX_RECIPIENTS } });
  c.recipients.forEach((raw, i) => {
    const r = raw.trim();
    if (r === '') return;
    if (!isMailAddress(r)) issues.push({ field: `recipients.${i}`, code: 'invalid-email' });
    else if (seen.has(r.toLowerCase())) issues.push({ field: `recipients.${i}`, code: 'duplicate' });
    seen.add(r.toLowerCase());
  });

  if (c.timeZone !== '' && !isTimeZone(c.timeZone)) issues.push({ field: 'timeZone', code: 'invalid-timezone' });
  if (c.timeZone === '' && options.complete) issues.push({ field: 'timeZone', code: 'required' });
  if (c.sentAt === '') {
    if (options.complete) issues.push({ field: 'sentAt', code: 'required' });
  } else if (!parseLocalDateTime(c.sentAt)) {
    issues.push({ field: 'sentAt', code: 'invalid-date' });
  } else if (isTimeZone(c.timeZone)) {
    const iso = localToIso(c.sentAt, c.timeZone);
    // A few minutes of slack for clocks that disagree.
    if (iso && Date.parse(iso) > options.now.getTime() + 5 * 60_000) issues.push({ field: 'sentAt', code: 'future-date' });
  }

  if (c.symptom === '' && options.complete) issues.push({ field: 'symptom', code: 'required' });
  if (c.notes.length > MAX_NOTES) issues.push({ field: 'notes', code: 'too-long', params: { max: MAX_NOTES } });
  const support = c.provider.supportAddress.trim();
  if (support !== '' && !isMailAddress(support)) issues.push({ field: 'provider.supportAddress', code: 'invalid-email' });
  const pattern = c.provider.mxPattern.trim();
  if (pattern !== '' && !isHostPattern(pattern)) issues.push({ field: 'provider.mxPattern', code: 'invalid-pattern' });
  return issues;
}

/** The instant the message was sent, ISO 8601 with the zone's offset; undefined when not known. */
export function sentInstant(c: Case): string | undefined {
  if (c.sentAt === '' || !isTimeZone(c.timeZone)) return undefined;
  return localToIso(c.sentAt, c.timeZone);
}
