/**
 * The one table of operations: the only API between the UI and the engine. Each entry names its
 * input schema (checked at run time at every host boundary) and its output type. This module is
 * pure (zod only) so the renderer can import its types; the handlers live in `handlers.ts`.
 */
import { z } from 'zod';
import { CaseSchema, type FieldIssue } from '../model/case.ts';
import { FindingSchema, StepRecordSchema, type Report } from '../model/report.ts';
import type { DnsblResult } from '../checks/dnsbl/types.ts';
import type { SpfEvaluation, SpfLint } from '../checks/spf/types.ts';
import type { BounceResult } from '../offline/bounce/types.ts';
import type { HeaderAnalysis } from '../offline/headers/types.ts';
import type { TraceResult } from '../offline/logs/types.ts';
import type { SubmissionResult } from '../smtp/types.ts';
import type { SendTestResult } from '../smtp/send-test.ts';
import type { MxProbeResult } from '../smtp/mx-probe.ts';
import type { TranscriptLine } from '../model/finding.ts';
import type { DiscoverResult } from '../discover/types.ts';
import type { DomainCheckResult } from '../checks/domain.ts';
import type { RetestDiff } from '../diagnose/diff.ts';
import type { Case } from '../model/case.ts';
import type { DnsRecording } from '../dns/types.ts';
import { DnsOptionsSchema } from './dns-options.ts';

/** An operation: its input schema and (as a phantom type) its output. */
export interface OpDef<I extends z.ZodType, O> {
  readonly input: I;
  /** One line for `mailpath --help` and the docs. */
  readonly description: string;
  /** Phantom: never set, carries the output type. */
  readonly output?: O;
}

function op<O>() {
  return <I extends z.ZodType>(input: I, description: string): OpDef<I, O> => ({ input, description });
}

const empty = z.object({}).strict();

/** The build and runtime the engine is on. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: string;
  readonly os: string;
  readonly node: string;
  readonly languages: readonly string[];
  readonly operations: readonly string[];
}

/** A saved case and what is still wrong with it. */
export interface SavedCase {
  readonly case: Case;
  readonly issues: readonly FieldIssue[];
  /** Where it was saved (a file path, or `electron-store`). */
  readonly location: string;
}

/** What a `mailpath://` link asked for. */
export interface DeepLink {
  readonly action: 'case';
  /** Fields of the case the link fills in. */
  readonly patch: Partial<Pick<Case, 'sender' | 'recipients' | 'sentAt' | 'timeZone' | 'symptom' | 'reference' | 'notes'>> & {
    readonly provider?: Partial<Case['provider']>;
  };
  /** Parameters that were present but are not allowed, by name. */
  readonly ignored: readonly string[];
}

/** A rendered report, ready to save or show. */
export interface RenderedReport {
  readonly format: 'html' | 'text' | 'json';
  readonly mimeType: string;
  /** Suggested file name. */
  readonly fileName: string;
  readonly content: string;
}

/** What every DNS-using operation adds to its result. */
export interface DnsRunInfo {
  /** The servers asked (or `replay`). */
  readonly resolver: string;
  /** Every question and answer, when `dns.record` was set. */
  readonly recording?: DnsRecording;
}

/** A message or file handed in by the user: text as typed or pasted, or the raw bytes in base64. */
export const ContentSchema = z
  .object({
    text: z.string().max(64 * 1024 * 1024).optional(),
    base64: z.string().max(90 * 1024 * 1024).optional(),
    /** The file's name, for messages and evidence. */
    name: z.string().max(1000).optional(),
  })
  .strict()
  .refine((c) => (c.text === undefined) !== (c.base64 === undefined), { message: 'give exactly one of text or base64' });

const dnsOptions = DnsOptionsSchema.default({ servers: [], timeoutMs: 2000, authoritative: false, record: false });

/** The outgoing-server test: the probe, and the test message when one was sent. */
export interface SmtpTestOutput extends DnsRunInfo {
  readonly probe: SubmissionResult;
  readonly send?: SendTestResult;
  /** Probe and send steps, in order. */
  readonly steps: readonly { readonly name: string; readonly status: string; readonly ms: number }[];
  /** The whole conversation, credentials hidden. */
  readonly transcript: readonly TranscriptLine[];
  readonly tls?: SubmissionResult['tls'];
  /** The outgoing server's queue ID for the test message (what its operator needs to trace it). */
  readonly queueId?: string;
  readonly findings: SubmissionResult['findings'];
}

export const SecuritySchema = z.enum(['starttls', 'tls', 'none', 'auto']);
const address = z.string().trim().min(3).max(320);

/** An outgoing server with the credentials to use it (the password goes to the server only). */
const SmtpServerSchema = z
  .object({
    host: z.string().trim().min(1).max(253),
    /** Default: 465 for implicit TLS, else 587. */
    port: z.number().int().min(1).max(65535).optional(),
    security: SecuritySchema.default('auto'),
    user: z.string().max(320).optional(),
    password: z.string().max(1024).optional(),
    /** Extra trusted CA certificates, PEM text. */
    ca: z.string().max(1024 * 1024).optional(),
  })
  .strict();

export const ReportFormatSchema = z.enum(['html', 'text', 'json']);

export const ReportInputSchema = z
  .object({
    case: CaseSchema,
    findings: z.array(FindingSchema).max(100000).default([]),
    steps: z.array(StepRecordSchema).max(10000).default([]),
  })
  .strict();

export const ops = {
  appInfo: op<AppInfo>()(empty, 'Show the version, host and operations of this Mailpath.'),
  caseLoad: op<SavedCase>()(empty, 'Load the saved case draft, or start a new one.'),
  caseNew: op<SavedCase>()(empty, 'Start a new case, replacing the saved draft.'),
  caseSave: op<SavedCase>()(CaseSchema, 'Save the case draft and say what is still wrong with it.'),
  caseValidate: op<readonly FieldIssue[]>()(
    z.object({ case: CaseSchema, complete: z.boolean().default(true) }).strict(),
    'Check a case field by field.',
  ),
  deepLinkParse: op<DeepLink>()(
    z.object({ url: z.string().min(1).max(8192) }).strict(),
    'Read a mailpath://case?... link into case fields.',
  ),
  reportParse: op<z.output<typeof ReportInputSchema>>()(
    z.object({ content: z.string().max(64 * 1024 * 1024) }).strict(),
    'Read a case file, a report JSON or a report HTML back into report input.',
  ),
  reportBuild: op<Report>()(ReportInputSchema, 'Build a report (verdict, findings, steps) from a case and findings.'),
  reportRender: op<RenderedReport>()(
    z
      .object({
        input: ReportInputSchema,
        format: ReportFormatSchema,
        /** Mask for wider sharing: local parts of addresses, internal host names, private IPs (passwords are always removed). */
        mask: z.object({ localParts: z.boolean().optional(), internalHosts: z.boolean().optional(), internalIps: z.boolean().optional() }).strict().optional(),
      })
      .strict(),
    'Render a report as self-contained HTML, plain text or JSON; optionally masked for wider sharing.',
  ),
  reportPdf: op<{ readonly fileName: string; readonly base64: string; readonly bytes: number }>()(
    z
      .object({
        input: ReportInputSchema,
        mask: z.object({ localParts: z.boolean().optional(), internalHosts: z.boolean().optional(), internalIps: z.boolean().optional() }).strict().optional(),
      })
      .strict(),
    'Print a report to PDF (Electron in the app; a local Chromium, Chrome or Edge elsewhere); optionally masked.',
  ),
  dnsblCheck: op<DnsblResult & DnsRunInfo>()(
    z.object({ target: z.string().min(1).max(300), dns: dnsOptions }).strict(),
    'Check an IP address or a domain against DNS block- and allowlists.',
  ),
  spfCheck: op<(SpfEvaluation | (SpfLint & { readonly lintOnly: true })) & DnsRunInfo>()(
    z
      .object({
        /** The domain to check; defaults as an MTA does (sender's domain, else the HELO name). */
        domain: z.string().max(300).optional(),
        /** The client IP; without it the records are linted for the worst case. */
        ip: z.string().max(100).optional(),
        /** MAIL FROM; may be empty (a bounce). */
        sender: z.string().max(320).default(''),
        helo: z.string().max(300).default(''),
        dns: dnsOptions,
      })
      .strict(),
    'Evaluate SPF (RFC 7208) for an IP, MAIL FROM and HELO, with the full trace; or lint the records.',
  ),
  bounceRead: op<{ readonly results: readonly BounceResult[] }>()(
    z.object({ content: ContentSchema }).strict(),
    'Read a bounce, delay notice or auto-reply (one .eml, or an mbox of several) and explain each recipient.',
  ),
  headersAnalyze: op<HeaderAnalysis>()(
    z.object({ content: ContentSchema }).strict(),
    'Analyse the headers of a delivered message: hop timeline, authentication results, filter verdicts, sending IP.',
  ),
  logTrace: op<TraceResult>()(
    z
      .object({
        /** Log files handed in (pasted, dropped): text or base64, plain or gzip. */
        contents: z.array(ContentSchema).max(200).default([]),
        /** Log files on this computer, read as a stream (large and rotated logs). */
        paths: z.array(z.string().min(1).max(4096)).max(500).default([]),
        from: z.string().trim().max(320).optional(),
        to: z.string().trim().max(320).optional(),
        since: z.string().trim().max(40).optional(),
        until: z.string().trim().max(40).optional(),
        messageId: z.string().trim().max(998).optional(),
        queueId: z.string().trim().max(200).optional(),
        format: z.enum(['auto', 'postfix', 'exim', 'sendmail', 'exchange', 'm365']).default('auto'),
        /** IANA zone of log times that carry no offset. */
        timeZone: z.string().trim().max(64).optional(),
        /** Year of the first line of classic syslog files. */
        year: z.number().int().min(1990).max(2200).optional(),
        maxMessages: z.number().int().min(1).max(100_000).default(1000),
      })
      .strict()
      .refine((x) => x.contents.length + x.paths.length > 0, { message: 'give at least one log file', path: ['paths'] }),
    "Reconstruct each message's fate from the outgoing server's logs (Postfix, Exim, Sendmail, Exchange, Microsoft 365).",
  ),
  smtpTest: op<SmtpTestOutput>()(
    z
      .object({
        host: z.string().trim().min(1).max(253),
        /** Default: 465 for implicit TLS, else 587. */
        port: z.number().int().min(1).max(65535).optional(),
        security: SecuritySchema.default('auto'),
        user: z.string().max(320).optional(),
        /** Never stored, logged or echoed: it goes to the server only. */
        password: z.string().max(1024).optional(),
        from: address.optional(),
        to: z.array(address).max(50).default([]),
        /** Send a traceable test message after the probe. */
        send: z.boolean().default(false),
        extraTo: z.array(address).max(10).default([]),
        caseId: z.string().max(64).default('adhoc'),
        reference: z.string().max(320).optional(),
        /** Extra trusted CA certificates, PEM text. */
        ca: z.string().max(1024 * 1024).optional(),
        timeoutMs: z.number().int().min(500).max(300_000).default(15_000),
        heloName: z.string().max(253).optional(),
        dns: dnsOptions,
      })
      .strict(),
    'Test the outgoing (submission) server as a mail client would, and optionally send a test message.',
  ),
  mxProbe: op<MxProbeResult & DnsRunInfo>()(
    z
      .object({
        recipient: address,
        sender: address,
        port: z.number().int().min(1).max(65535).default(25),
        timeoutMs: z.number().int().min(500).max(300_000).default(15_000),
        heloName: z.string().max(253).optional(),
        /** Where to test the network when no MX answers (`host:port`); empty = skip that test. */
        control: z.string().max(300).optional(),
        dns: dnsOptions,
      })
      .strict(),
    "Probe the recipient domain's MX servers on port 25 as a sending server would (never sends DATA).",
  ),
  serverFind: op<DiscoverResult & DnsRunInfo>()(
    z
      .object({
        /** The sender's address: its domain drives SRV, autoconfig, Autodiscover and provider fingerprints. */
        email: address.optional(),
        /** Headers of a message the sender sent. */
        headers: ContentSchema.optional(),
        /** Read mail-client settings on this computer (`auto`), from a file or folder, or not at all. */
        clientConfig: z.union([z.literal('auto'), z.literal('none'), z.object({ path: z.string().min(1).max(4096) }).strict()]).default('none'),
        /** Fetch autoconfig and Autodiscover over HTTPS. */
        web: z.boolean().default(true),
        /** Connect to the top candidates and read their greeting. */
        probe: z.boolean().default(true),
        probeTimeoutMs: z.number().int().min(200).max(60_000).default(5000),
        dns: dnsOptions,
      })
      .strict(),
    'Find the outgoing SMTP server: from headers, mail-client settings, SRV/autoconfig/Autodiscover and provider fingerprints.',
  ),
  domainCheck: op<DomainCheckResult & DnsRunInfo>()(
    z
      .object({
        domain: z.string().trim().min(1).max(253),
        role: z.enum(['sender', 'recipient']).default('sender'),
        /** Sending IPs: SPF is evaluated for each, and their reverse DNS and blocklists checked. */
        ips: z.array(z.string().trim().min(2).max(64)).max(10).default([]),
        helo: z.string().trim().max(253).optional(),
        dkimSelectors: z.array(z.string().trim().min(1).max(63)).max(30).default([]),
        /** A DKIM-Signature header: its d= and s= name the key to check. */
        dkimSignature: z.string().max(10_000).optional(),
        /** The From address, for DMARC alignment. */
        from: z.string().trim().max(320).optional(),
        mailFrom: z.string().trim().max(320).optional(),
        mxPattern: z.string().trim().max(300).optional(),
        dns: dnsOptions,
      })
      .strict(),
    'Check one domain: MX, SPF, DKIM, DMARC, reverse DNS/HELO, MTA-STS/TLS-RPT, DANE, DNSSEC, BIMI and blocklists.',
  ),
  diagnose: op<{ readonly report: Report; readonly case: Case; readonly diff?: RetestDiff; readonly rendered?: RenderedReport } & DnsRunInfo>()(
    z
      .object({
        case: CaseSchema,
        smtp: SmtpServerSchema.optional(),
        send: z.boolean().default(false),
        extraTo: z.array(address).max(10).default([]),
        bounces: z.array(ContentSchema).max(50).default([]),
        headers: z.array(ContentSchema).max(50).default([]),
        logs: z.array(ContentSchema).max(50).default([]),
        /** Log files on this computer, read as a stream (large and rotated logs). */
        logPaths: z.array(z.string().min(1).max(4096)).max(200).default([]),
        mxProbe: z.boolean().default(true),
        discover: z.boolean().default(true),
        web: z.boolean().default(true),
        /** Find this network's public address through DNS when no sending IP is known. */
        egress: z.boolean().default(true),
        timeoutMs: z.number().int().min(500).max(300_000).default(15_000),
        /** Where to test the network when no MX answers (`host:port`); empty = skip. */
        control: z.string().max(300).optional(),
        /** Findings of an earlier run of the same case, for the re-test diff. */
        previous: z.array(FindingSchema).max(100_000).optional(),
        /** Also render the report. */
        format: ReportFormatSchema.optional(),
        dns: dnsOptions,
      })
      .strict(),
    'Run the whole diagnosis a case allows and build the report: verdict, findings, evidence.',
  ),
  supportCompose: op<{ readonly to: string; readonly subject: string; readonly text: string; readonly attachments: readonly { readonly filename: string; readonly contentType: string; readonly size: number }[]; readonly mailto: string }>()(
    z.object({ input: ReportInputSchema, to: z.string().trim().max(320).optional() }).strict(),
    "Compose the e-mail that takes the report to the recipient provider's support (for the consultant to confirm).",
  ),
  supportSend: op<SendTestResult>()(
    z
      .object({
        input: ReportInputSchema,
        /** Default: the provider profile's support address. */
        to: z.string().trim().max(320).optional(),
        from: address,
        smtp: SmtpServerSchema,
        /** The PDF to attach, when the host could make one (base64). */
        pdfBase64: z.string().max(64 * 1024 * 1024).optional(),
        /** Sending is never automatic: the consultant saw the composed mail and confirmed. */
        confirmed: z.literal(true),
        dns: dnsOptions,
      })
      .strict(),
    "Send the report to the recipient provider's support through the tested outgoing server, after confirmation.",
  ),
  secretStatus: op<{ readonly available: boolean; readonly keys: readonly string[] }>()(
    empty,
    'Whether this host can remember passwords (the app, through the OS keychain) and for which servers.',
  ),
  secretSave: op<{ readonly saved: true }>()(
    z.object({ key: z.string().trim().min(1).max(600), secret: z.string().min(1).max(1024) }).strict(),
    'Remember a password for a server, encrypted by the OS (only when the user asks).',
  ),
  secretLoad: op<{ readonly secret?: string }>()(z.object({ key: z.string().trim().min(1).max(600) }).strict(), 'Read a remembered password back.'),
  secretForget: op<{ readonly forgotten: true }>()(z.object({ key: z.string().trim().min(1).max(600) }).strict(), 'Forget a remembered password.'),
} as const;

export type Ops = typeof ops;
export type OpName = keyof Ops;
export const OP_NAMES = Object.keys(ops) as OpName[];

/** What a caller passes (defaults may be left out). */
export type OpInput<K extends OpName> = z.input<Ops[K]['input']>;
/** What a handler receives, after validation and defaults. */
export type OpParsedInput<K extends OpName> = z.output<Ops[K]['input']>;
/** What the operation returns. */
export type OpOutput<K extends OpName> = NonNullable<Ops[K]['output']>;

export function isOpName(name: string): name is OpName {
  return Object.hasOwn(ops, name);
}
