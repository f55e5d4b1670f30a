/**
 * The SMTP engine: probe the outgoing (submission) server, send a traceable test message through
 * it, and probe the recipient domain's MX hosts as a sending server would.
 */
export { probeSubmission, DEFAULT_TIMEOUT_MS } from './probe-submission.ts';
export { sendTestMessage, type SendTestParams, type SendTestResult } from './send-test.ts';
export {
  probeRecipientMx,
  DEFAULT_CONTROL_TARGET,
  type MxProbeParams,
  type MxProbeDeps,
  type MxProbeResult,
  type MxHostResult,
} from './mx-probe.ts';
export type { MxHostOutcome } from './mx-host.ts';
export { parseQueueId, type QueueId, type QueueIdFormat } from './queue-id.ts';
export { Transcript, CREDENTIALS_HIDDEN, secretForms } from './transcript.ts';
export { phaseTimeouts } from './session.ts';
export { composeTestMessage, newMessageId } from './test-message.ts';
export type {
  AddressUsed,
  AddressVerdict,
  CertificateInfo,
  EhloInfo,
  Phase,
  PhaseTimeouts,
  Security,
  SecurityUsed,
  SmtpDeps,
  Step,
  SubmissionParams,
  SubmissionResult,
  TlsInfo,
} from './types.ts';
