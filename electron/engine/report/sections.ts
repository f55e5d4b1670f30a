/**
 * The tabular sections both renderers share: the facts support always asks for (sender,
 * recipients, exact time with zone and UTC, outgoing server, queue IDs, Message-ID, the exact error
 * text, sending IP, case reference) and the environment the report was made in.
 */
import { t, type Lang } from '../i18n/index.ts';
import { sentInstant, type Case } from '../model/case.ts';
import { FINDING_STATUSES, type Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { formatInstant, utcText } from './format.ts';
import { str } from './walk.ts';

/** One labelled value; `exact` values are quoted verbatim (monospace, never re-wrapped). */
export interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly exact?: boolean;
  /** A mail address, linked with `mailto:` in the HTML. */
  readonly address?: boolean;
}

/** `20 Nov 2026, 14:02:00 CET [Europe/Stockholm] — 2026-11-20 13:02:00 UTC (2026-11-20T14:02:00+01:00)` */
export function sentText(c: Case, lang: Lang): string | undefined {
  const sent = sentInstant(c);
  if (!sent) return undefined;
  return `${formatInstant(sent, lang, c.timeZone)} [${c.timeZone}] — ${utcText(sent)} (${sent})`;
}

export function factRows(report: Report, lang: Lang): Row[] {
  const c = report.case;
  const f = c.facts;
  const none = t(lang, 'report.notGiven');
  const recipients = c.recipients.map((r) => r.trim()).filter((r) => r !== '');
  const rows: (Row | false)[] = [
    { key: 'sender', label: t(lang, 'report.sender'), value: c.sender.trim() || none },
    { key: 'recipients', label: t(lang, 'report.recipients'), value: recipients.join(', ') || none },
    { key: 'sentAt', label: t(lang, 'report.sentAt'), value: sentText(c, lang) ?? none },
    { key: 'outgoingServer', label: t(lang, 'report.outgoingServer'), value: f.outgoingServer || none, exact: f.outgoingServer !== '' },
    { key: 'queueIds', label: t(lang, 'report.queueIds'), value: f.queueIds.join(', ') || none, exact: f.queueIds.length > 0 },
    { key: 'messageId', label: t(lang, 'report.messageId'), value: f.messageId || none, exact: f.messageId !== '' },
    { key: 'errorText', label: t(lang, 'report.errorText'), value: f.errorText || none, exact: f.errorText !== '' },
    { key: 'sendingIp', label: t(lang, 'report.sendingIp'), value: f.sendingIp || none, exact: f.sendingIp !== '' },
    { key: 'reference', label: t(lang, 'report.reference'), value: c.reference || none },
    { key: 'symptom', label: t(lang, 'report.symptom'), value: c.symptom ? t(lang, `symptom.${c.symptom}`) : none },
    c.provider.name !== '' && { key: 'provider', label: t(lang, 'report.provider'), value: c.provider.name },
    c.provider.supportAddress !== '' && { key: 'supportAddress', label: t(lang, 'report.supportAddress'), value: c.provider.supportAddress, address: true },
  ];
  return rows.filter((r): r is Row => r !== false);
}

export function environmentRows(report: Report, lang: Lang): Row[] {
  const env = report.environment;
  // `vantage` (where the network tests ran from) is not in every report's environment yet.
  const vantage = str((env as unknown as Record<string, unknown>)['vantage']);
  const rows: (Row | false)[] = [
    { key: 'appVersion', label: t(lang, 'report.appVersion'), value: `${env.appVersion} (${env.host})` },
    { key: 'os', label: t(lang, 'report.os'), value: env.os },
    vantage !== undefined && { key: 'vantage', label: t(lang, 'report.vantage'), value: vantage },
    { key: 'resolver', label: t(lang, 'report.resolver'), value: env.resolver },
    { key: 'timeZone', label: t(lang, 'report.timeZone'), value: env.timeZone },
    { key: 'generated', label: t(lang, 'report.generated'), value: `${formatInstant(report.generatedAt, lang, env.timeZone)} (${utcText(report.generatedAt)})` },
  ];
  return rows.filter((r): r is Row => r !== false);
}

/** `Error: 2 · Warning: 1 · OK: 4`, most severe first, statuses with none left out. */
export function statusSummary(findings: readonly Finding[], lang: Lang): string {
  return FINDING_STATUSES.map((s) => [s, findings.filter((f) => f.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${t(lang, `status.${s}`)}: ${n}`)
    .join(' · ');
}

/** Section ids, in order: anchors in the HTML, headings in the text. */
export const SECTIONS = ['verdict', 'facts', 'findings', 'transcript', 'dns', 'timeline', 'steps', 'environment'] as const;
export type SectionId = (typeof SECTIONS)[number];

export function sectionTitle(id: SectionId, lang: Lang): string {
  const key: Record<SectionId, string> = {
    verdict: 'report.verdict',
    facts: 'report.facts',
    findings: 'report.findings',
    transcript: 'report.transcript',
    dns: 'report.dns',
    timeline: 'report.timeline',
    steps: 'report.steps',
    environment: 'report.environment',
  };
  return t(lang, key[id]);
}
