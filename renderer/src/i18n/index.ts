/**
 * The UI's i18next instance: the UI catalogues merged with the engine's common strings
 * (validation messages, symptoms, statuses), so a field error reads the same here, in the CLI and
 * in the report. The chosen language is kept in localStorage; the first default comes from the
 * browser's language.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from '../../../electron/engine/i18n/common.ts';
import type { Lang } from '../../../electron/engine/i18n/index.ts';
import { en } from './en.ts';
import { nb } from './nb.ts';
import { sv } from './sv.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'sv', 'nb'];
export const STORAGE_KEY = 'mailpath.lang';

const ui = { en, sv, nb } as const;

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'sv' || value === 'nb';
}

/** Maps a BCP 47 tag to a UI language: Swedish, any Norwegian (bokmål, nynorsk, plain `no`), else English. */
export function langFromTag(tag: string | undefined): Lang | undefined {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/u)[0];
  if (primary === 'sv') return 'sv';
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  if (primary === 'en') return 'en';
  return undefined;
}

function storedLang(): Lang | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined; // Storage can be disabled; the browser's language still applies.
  }
}

/** The language to start in: the saved choice, else the first browser language we have, else English. */
export function initialLang(): Lang {
  const saved = storedLang();
  if (saved) return saved;
  for (const tag of navigator.languages.length > 0 ? navigator.languages : [navigator.language]) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The locale dates and numbers are formatted in: the browser's own for English, else the language's. */
export function localeFor(lang: Lang): string {
  if (lang === 'sv') return 'sv-SE';
  if (lang === 'nb') return 'nb-NO';
  const browser = navigator.language;
  return langFromTag(browser) === 'en' ? browser : 'en-GB';
}

function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = `${ui[lang]['app.name']} – ${ui[lang]['app.tagline']}`;
}

export function createI18n(lang: Lang = initialLang()): I18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Record<string, string> }> = {};
  for (const l of LANGS) resources[l] = { translation: { ...common[l], ...ui[l] } };
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; escaping here would double-escape.
    interpolation: { escapeValue: false },
  });
  applyToDocument(lang);
  instance.on('languageChanged', (next) => {
    if (!isLang(next)) return;
    applyToDocument(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this session.
    }
  });
  return instance;
}

/** The current UI language of an instance (always one of ours). */
export function currentLang(instance: I18n): Lang {
  return isLang(instance.language) ? instance.language : 'en';
}
