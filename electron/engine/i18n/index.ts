/**
 * The engine's texts in English, Swedish and Norwegian bokmål. Findings are written in the run's
 * language, and keep their id and params so a UI can render them again in another one.
 * Each area keeps its own catalogue module (one writer per file); this index merges them.
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { Finding, FindingParams } from '../model/finding.ts';
import { common } from './common.ts';
import { areaCatalogs } from './findings/index.ts';
import { verdictTexts } from './verdict.ts';
import { supportTexts } from './support.ts';

export type Lang = 'en' | 'sv' | 'nb';
export const LANGS: readonly Lang[] = ['en', 'sv', 'nb'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'sv' || value === 'nb';
}

/** The texts of one finding; `{{name}}` marks a parameter. */
export interface FindingText {
  readonly title: string;
  readonly explanation: string;
  readonly fix?: string;
}

/** A catalogue module: for each language, finding id → texts. */
export type FindingCatalog = Readonly<Record<Lang, Readonly<Record<string, FindingText>>>>;

/** Plain strings (labels, sentences) by key, per language. */
export type StringCatalog = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

function flatten(catalogs: readonly FindingCatalog[], lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const catalog of catalogs) {
    for (const [id, text] of Object.entries(catalog[lang])) {
      out[`${id}.title`] = text.title;
      out[`${id}.explanation`] = text.explanation;
      if (text.fix !== undefined) out[`${id}.fix`] = text.fix;
    }
  }
  return out;
}

let instance: I18n | undefined;

function engineI18n(): I18n {
  if (instance) return instance;
  const inst = i18next.createInstance();
  const resources: Record<string, Record<string, Record<string, string>>> = {};
  for (const lang of LANGS) {
    resources[lang] = { findings: flatten(areaCatalogs, lang), common: { ...common[lang], ...verdictTexts[lang], ...supportTexts[lang] } };
  }
  void inst.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    ns: ['findings', 'common'],
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  instance = inst;
  return inst;
}

/** A plain string from the common catalogue. */
export function t(lang: Lang, key: string, params: FindingParams = {}): string {
  return engineI18n().t(key, { ...params, lng: lang, ns: 'common' });
}

/** Whether a finding id has texts. */
export function hasFindingText(id: string): boolean {
  return engineI18n().exists(`${id}.title`, { ns: 'findings', lng: 'en' });
}

/** The texts of finding `id` in `lang`, with params substituted. Throws on an unknown id: a bug. */
export function findingText(lang: Lang, id: string, params: FindingParams = {}): FindingText {
  const inst = engineI18n();
  if (!hasFindingText(id)) throw new Error(`No texts for finding id "${id}"`);
  const opts = { ...params, lng: lang, ns: 'findings' };
  const fixKey = `${id}.fix`;
  const fix = inst.exists(fixKey, { ns: 'findings', lng: 'en' }) ? inst.t(fixKey, opts) : undefined;
  return {
    title: inst.t(`${id}.title`, opts),
    explanation: inst.t(`${id}.explanation`, opts),
    ...(fix !== undefined ? { fix } : {}),
  };
}

/** What a check says when making a finding; the texts come from the catalogue. */
export interface FindingSpec {
  readonly id: string;
  readonly check: string;
  readonly status: Finding['status'];
  readonly whoMustAct: Finding['whoMustAct'];
  readonly params?: FindingParams;
  readonly evidence?: Finding['evidence'];
  readonly subject?: string;
}

/** Builds a finding with its texts in `lang`. */
export function makeFinding(lang: Lang, spec: FindingSpec): Finding {
  const text = findingText(lang, spec.id, spec.params);
  return {
    id: spec.id,
    check: spec.check,
    status: spec.status,
    title: text.title,
    explanation: text.explanation,
    evidence: spec.evidence ?? [],
    ...(text.fix !== undefined ? { fix: text.fix } : {}),
    whoMustAct: spec.whoMustAct,
    ...(spec.params !== undefined ? { params: spec.params } : {}),
    ...(spec.subject !== undefined ? { subject: spec.subject } : {}),
  };
}

/** The same finding with its texts rendered again in another language. */
export function relocalizeFinding(finding: Finding, lang: Lang): Finding {
  if (!hasFindingText(finding.id)) return finding;
  const text = findingText(lang, finding.id, finding.params);
  const { fix: _oldFix, ...rest } = finding;
  return { ...rest, title: text.title, explanation: text.explanation, ...(text.fix !== undefined ? { fix: text.fix } : {}) };
}

/** Every catalogue, for the completeness test. */
export function allCatalogs(): { findings: readonly FindingCatalog[]; common: StringCatalog; verdict: StringCatalog; support: StringCatalog } {
  return { findings: areaCatalogs, common, verdict: verdictTexts, support: supportTexts };
}
