/**
 * Step names as a person reads them: `dns.recipient.example.no` → "DNS of example.no",
 * `offline.bounce.2` → "Bounce 2". Unknown names are shown as they are.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import type { StepRecord } from '../../../electron/engine/model/report.ts';
import { LANGS } from '../i18n/index.ts';
import { RUN_STEPS } from './collect.ts';

const FIXED: Readonly<Record<string, string>> = {
  discover: 'report.stepName.discover',
  'server.find': 'report.stepName.discover',
  'smtp.probe': 'report.stepName.probe',
  'smtp.send': 'report.stepName.send',
  'smtp.mx': 'report.stepName.mxAll',
  'dns.sender': 'report.stepName.dnsSender',
  'dns.egress': 'report.stepName.egress',
  'offline.logs': 'report.stepName.logs',
  offline: 'report.stepName.offline',
};

export function stepLabel(t: TFunction, name: string): string {
  const fixed = FIXED[name];
  if (fixed) return t(fixed);
  let m = /^smtp\.mx\.(.+)$/u.exec(name);
  if (m?.[1]) return t('report.stepName.mx', { domain: m[1] });
  m = /^dns\.recipient\.(.+)$/u.exec(name);
  if (m?.[1]) return t('report.stepName.dnsRecipient', { domain: m[1] });
  m = /^offline\.(bounce|headers|log)\.(\d+)$/u.exec(name);
  if (m?.[1] && m[2]) return t(`report.stepName.${m[1]}`, { n: m[2] });
  return name;
}

/**
 * A step's detail in the language on screen when it is one of the Report step's own "not run"
 * sentences (written in the language the report was made in); any other detail as it was written.
 */
export function stepDetail(i18n: I18n, step: StepRecord): string | undefined {
  if (step.detail === undefined) return undefined;
  for (const s of RUN_STEPS) {
    const key = `report.notRun.${s}`;
    if (LANGS.some((l) => i18n.getFixedT(l)(key) === step.detail)) return i18n.t(key);
  }
  return step.detail;
}
