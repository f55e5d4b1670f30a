/** The top bar: the name, whether the draft is saved, and the language switch. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../case/draft.ts';
import { currentLang, isLang, LANGS } from '../i18n/index.ts';
import { formatTime } from '../i18n/format.ts';

function SaveStatus({ save, onRetry }: { save: SaveState; onRetry: () => void }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  let text = '';
  if (save.state === 'pending') text = t('save.pending');
  if (save.state === 'saving') text = t('save.saving');
  if (save.state === 'saved') text = t('save.saved', { time: formatTime(lang, save.at) });
  if (save.state === 'failed') text = t('save.failed', { message: save.message });
  return (
    <div className={`save-status is-${save.state}`}>
      <span role="status" data-testid="save-status" data-state={save.state}>
        {text}
      </span>
      {save.state === 'failed' ? (
        <button type="button" className="button-quiet" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Header({ save, onRetrySave }: { save: SaveState; onRetrySave: () => void }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <header className="app-header">
      <div className="brand">
        <img className="brand-mark" src="./icon.svg" alt="" width={28} height={28} />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="header-tools">
        <SaveStatus save={save} onRetry={onRetrySave} />
        <div className="lang-switch">
          <label htmlFor="lang-select">{t('lang.label')}</label>
          <select
            id="lang-select"
            value={lang}
            onChange={(e) => {
              if (isLang(e.target.value)) void i18n.changeLanguage(e.target.value);
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </header>
  );
}
