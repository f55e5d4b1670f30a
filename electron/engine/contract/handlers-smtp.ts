/** Handlers of the SMTP operations: the outgoing-server test (with test send) and the MX probe. */
import { setupDns } from '../dns/setup.ts';
import { explainReply } from '../kb/index.ts';
import { DEFAULT_CONTROL_TARGET, probeRecipientMx, probeSubmission, sendTestMessage } from '../smtp/index.ts';
import type { OpContext } from './context.ts';
import type { OpOutput, OpParsedInput } from './ops.ts';
import { OpError } from './result.ts';

function smtpDeps(ctx: OpContext) {
  return {
    lang: ctx.lang,
    signal: ctx.signal,
    explainReply,
    onProgress: (step: { name: string; status: string }) => ctx.progress({ step: `smtp.${step.name}`, state: step.status === 'ok' ? 'done' : 'info', message: `${step.name}: ${step.status}` }),
    onTranscript: (line: { dir: string; line: string }) => ctx.progress({ step: 'smtp.transcript', state: 'info', message: `${line.dir === 'c' ? 'C:' : line.dir === 's' ? 'S:' : '  '} ${line.line}` }),
  };
}

export async function smtpTest(input: OpParsedInput<'smtpTest'>, ctx: OpContext): Promise<OpOutput<'smtpTest'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  const port = input.port ?? (input.security === 'tls' ? 465 : 587);
  const server = {
    host: input.host,
    port,
    security: input.security,
    ...(input.user ? { user: input.user } : {}),
    ...(input.password ? { password: input.password } : {}),
    ...(input.ca ? { ca: input.ca } : {}),
    ...(input.heloName ? { heloName: input.heloName } : {}),
    timeoutMs: input.timeoutMs,
  };
  const deps = { ...smtpDeps(ctx), resolver: dns.resolver };
  const probe = await probeSubmission({ ...server, ...(input.from ? { from: input.from } : {}), to: input.to }, deps);
  let send;
  if (input.send) {
    if (!input.from) throw new OpError('invalid-input', 'Sending a test message needs a sender address (from).', 'from');
    if (input.to.length === 0 && input.extraTo.length === 0) throw new OpError('invalid-input', 'Sending a test message needs at least one recipient (to or extraTo).', 'to');
    send = await sendTestMessage(
      { ...server, from: input.from, to: input.to, extraTo: input.extraTo, caseId: input.caseId, ...(input.reference ? { reference: input.reference } : {}) },
      deps,
    );
  }
  const recording = dns.recording();
  return {
    probe,
    ...(send ? { send } : {}),
    steps: [...probe.steps, ...(send?.steps ?? [])].map((s) => ({ name: s.name, status: s.status, ms: s.ms })),
    transcript: [...probe.transcript, ...(send?.transcript ?? [])],
    ...(probe.tls ? { tls: probe.tls } : {}),
    ...(send?.queueId ? { queueId: send.queueId } : {}),
    findings: [...dns.findings, ...probe.findings, ...(send?.findings ?? [])],
    resolver: dns.label,
    ...(recording ? { recording } : {}),
  };
}

/** `host:port`, `none`/empty (skip the test), or undefined (the default target). */
export function parseControl(control: string | undefined): { host: string; port: number } | null {
  if (control === undefined) return DEFAULT_CONTROL_TARGET;
  if (control.trim() === '' || control === 'none') return null;
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(control.trim());
  if (!m?.[1] || !m[2]) throw new OpError('invalid-input', `control must be HOST:PORT or none (got "${control}")`, 'control');
  return { host: m[1], port: Number(m[2]) };
}

export async function mxProbe(input: OpParsedInput<'mxProbe'>, ctx: OpContext): Promise<OpOutput<'mxProbe'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  const result = await probeRecipientMx(
    { recipient: input.recipient, sender: input.sender, port: input.port, timeoutMs: input.timeoutMs, ...(input.heloName ? { heloName: input.heloName } : {}) },
    { ...smtpDeps(ctx), resolver: dns.resolver, controlTarget: parseControl(input.control) },
  );
  const recording = dns.recording();
  return { ...result, findings: [...dns.findings, ...result.findings], resolver: dns.label, ...(recording ? { recording } : {}) };
}
