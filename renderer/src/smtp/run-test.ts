/**
 * The outgoing-server test through `smtpTest`: a check that sends nothing (greeting, EHLO, TLS,
 * login, MAIL FROM/RCPT TO for the case's addresses, then RSET), or the same followed by a
 * traceable test message. The transcript streams in as progress events and is shown live.
 *
 * Stored in the case: `smtp.probe` (the check; its DNS findings too) and, when a message was sent,
 * `smtp.send`; the server, the queue ID and — when the case has none yet — the test message's
 * Message-ID go into `facts`. The password is passed to the call and to nothing else: it is not
 * in `TestInput`'s stored copy, not in the results, not in the recent servers.
 */
import type { OpOutput } from '../../../electron/engine/contract/ops.ts';
import type { ProgressEvent } from '../../../electron/engine/contract/result.ts';
import { isMailAddress } from '../../../electron/engine/model/address.ts';
import type { Case } from '../../../electron/engine/model/case.ts';
import type { TranscriptLine } from '../../../electron/engine/model/finding.ts';
import { api } from '../api/index.ts';
import { makeStepResult, withResult } from '../findings/results.ts';
import type { RunTask } from '../findings/run.ts';
import type { Lang } from '../i18n/index.ts';
import { cleanHost, hostPort, parseAddresses, parseServers, type Security } from './host.ts';

export const TEST_RUN_KEY = 'smtp.test';
export const PROBE_KEY = 'smtp.probe';
export const SEND_KEY = 'smtp.send';
/** Progress events with this step carry one transcript line each (`C: …`, `S: …`). */
export const TRANSCRIPT_STEP = 'smtp.transcript';

export type SmtpOutput = OpOutput<'smtpTest'>;

/** The transcript as it streams in, stamped on arrival (the engine's own times replace it at the end). */
export interface LiveTranscript {
  readonly requestId: string;
  readonly lines: readonly TranscriptLine[];
}
export const NO_LIVE: LiveTranscript = { requestId: '', lines: [] };
/** How long transcript lines are gathered before they are shown. */
export const LIVE_BATCH_MS = 120;

/** What a run was asked, as stored with its result (no password, the CA only as "given"). */
export interface StoredInput {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly user: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly extraTo: readonly string[];
  readonly dnsServers: readonly string[];
  readonly caGiven: boolean;
}

export interface ProbeData {
  readonly runId: string;
  readonly input: StoredInput;
  readonly resolver: string;
  readonly probe: Omit<SmtpOutput['probe'], 'findings' | 'transcript'>;
  readonly tls?: SmtpOutput['tls'];
  readonly transcript: readonly TranscriptLine[];
}

export interface SendData {
  readonly runId: string;
  readonly send: Omit<NonNullable<SmtpOutput['send']>, 'findings' | 'transcript'>;
  readonly queueId?: string;
  readonly messageId: string;
  readonly transcript: readonly TranscriptLine[];
}

export function probeData(c: Case): ProbeData | undefined {
  const d = c.results[PROBE_KEY]?.data as Partial<ProbeData> | undefined;
  return d && Array.isArray(d.transcript) && d.input ? (d as ProbeData) : undefined;
}

export function sendData(c: Case): SendData | undefined {
  const d = c.results[SEND_KEY]?.data as Partial<SendData> | undefined;
  return d && Array.isArray(d.transcript) && d.send ? (d as SendData) : undefined;
}

/** `C: EHLO …` → a transcript line. */
export function lineOfEvent(event: ProgressEvent, now: Date = new Date()): TranscriptLine | undefined {
  if (event.step !== TRANSCRIPT_STEP || event.message === undefined) return undefined;
  const m = /^(C:|S:| {0,2})\s?([\s\S]*)$/u.exec(event.message);
  const mark = m?.[1] ?? '';
  const dir = mark === 'C:' ? 'c' : mark === 'S:' ? 's' : 'i';
  return { t: now.toISOString(), dir, line: m?.[2] ?? event.message };
}

/** The case's recipients that are addresses, without repeats. */
export function caseRecipients(c: Case): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of c.recipients) {
    const r = raw.trim();
    if (!isMailAddress(r) || seen.has(r.toLowerCase())) continue;
    seen.add(r.toLowerCase());
    out.push(r);
  }
  return out;
}

export interface TestTaskOptions {
  readonly draft: Case;
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly user: string;
  /** Goes into the call only. */
  readonly password: string;
  readonly send: boolean;
  readonly extraTo: string;
  readonly dnsServers: string;
  readonly ca: string;
  readonly lang: Lang;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly setLive: (next: LiveTranscript | ((prev: LiveTranscript) => LiveTranscript)) => void;
}

function withFacts(c: Case, server: string, queueId: string | undefined, messageId: string | undefined): Case {
  const queueIds = queueId && !c.facts.queueIds.includes(queueId) ? [...c.facts.queueIds, queueId] : c.facts.queueIds;
  return {
    ...c,
    facts: {
      ...c.facts,
      outgoingServer: server,
      queueIds,
      // The lost message's own Message-ID (from a bounce or headers) is worth more than the test's.
      messageId: c.facts.messageId === '' && messageId ? messageId : c.facts.messageId,
    },
  };
}

export function testTask(o: TestTaskOptions): RunTask {
  return async ({ requestId, onProgress, startedAt }) => {
    const sender = o.draft.sender.trim();
    const from = isMailAddress(sender) ? sender : undefined;
    const to = caseRecipients(o.draft);
    const extraTo = o.send ? parseAddresses(o.extraTo) : [];
    const servers = parseServers(o.dnsServers);
    const host = cleanHost(o.host);
    o.setLive({ requestId, lines: [] });
    // Lines arrive faster than a page should re-render: they are shown in batches, a few per second
    // at most, so reading the stream never waits on the screen.
    const pending: TranscriptLine[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const showPending = (): void => {
      timer = undefined;
      const batch = pending.splice(0);
      if (batch.length > 0) o.setLive((prev) => (prev.requestId === requestId ? { requestId, lines: [...prev.lines, ...batch] } : prev));
    };
    const result = await api.smtpTest(
      {
        host,
        port: o.port,
        security: o.security,
        ...(o.user.trim() !== '' ? { user: o.user.trim() } : {}),
        ...(o.password !== '' ? { password: o.password } : {}),
        ...(from ? { from } : {}),
        to,
        send: o.send,
        extraTo,
        caseId: o.draft.id,
        ...(o.draft.reference.trim() !== '' ? { reference: o.draft.reference.trim() } : {}),
        ...(o.ca.trim() !== '' ? { ca: o.ca } : {}),
        dns: { servers },
      },
      {
        lang: o.lang,
        requestId,
        onProgress: (event) => {
          const line = lineOfEvent(event);
          if (!line) return onProgress(event);
          pending.push(line);
          // The first line (the greeting, or why there is none) shows at once; the rest in batches.
          if (first) {
            first = false;
            showPending();
          } else timer ??= setTimeout(showPending, LIVE_BATCH_MS);
        },
      },
    );
    if (timer !== undefined) clearTimeout(timer);
    showPending();
    if (!result.ok) return result;
    const v = result.value;
    const input: StoredInput = { host, port: o.port, security: o.security, user: o.user.trim(), from: from ?? '', to, extraTo, dnsServers: servers, caGiven: o.ca.trim() !== '' };
    const sendFindings = v.send?.findings ?? [];
    const probeFindings = v.findings.slice(0, v.findings.length - sendFindings.length);
    const { findings: _pf, transcript: probeTranscript, ...probe } = v.probe;
    const probeResult: ProbeData = { runId: requestId, input, resolver: v.resolver, probe, ...(v.tls ? { tls: v.tls } : {}), transcript: probeTranscript };
    let sendResult: SendData | undefined;
    if (v.send) {
      const { findings: _sf, transcript, ...send } = v.send;
      sendResult = { runId: requestId, send, ...(v.queueId ? { queueId: v.queueId } : {}), messageId: v.send.messageId, transcript };
    }
    const now = new Date();
    update(o, (c) => {
      let next = withResult(c, PROBE_KEY, makeStepResult(probeFindings, startedAt, probeResult, now));
      if (sendResult) next = withResult(next, SEND_KEY, makeStepResult(sendFindings, startedAt, sendResult, now));
      return withFacts(next, hostPort(host, o.port), sendResult?.queueId, sendResult?.messageId);
    });
    return undefined;
  };
}

function update(o: TestTaskOptions, change: (c: Case) => Case): void {
  o.update(change);
  o.flush();
}
