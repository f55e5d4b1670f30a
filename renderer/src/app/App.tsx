/** The whole app: header, then the wizard once the saved case has loaded. */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validateCase } from '../../../electron/engine/model/case.ts';
import { useCaseDraft } from '../case/draft.ts';
import { useIssueVisibility } from '../case/visibility.ts';
import { currentLang } from '../i18n/index.ts';
import { Wizard } from '../wizard/Wizard.tsx';
import { Header } from './Header.tsx';
import { useDeepLinks } from './useDeepLinks.ts';

export function App(): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const draft = useCaseDraft(lang);
  const visibility = useIssueVisibility();
  const [step, setStep] = useState(0);
  const ready = draft.load.state === 'ready';
  const links = useDeepLinks({ ready, lang, update: draft.update, flush: () => void draft.flush(), onLink: () => setStep(0) });

  const current = draft.load.state === 'ready' ? draft.load.draft : undefined;
  // The same rules as the CLI and the report, straight from the engine (a pure function).
  const issues = useMemo(() => (current ? validateCase(current, { now: new Date(), complete: true }) : []), [current]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header save={draft.save} onRetrySave={() => void draft.flush()} />
      {draft.load.state === 'loading' ? (
        <p className="app-message" role="status">
          {t('app.loading')}
        </p>
      ) : null}
      {draft.load.state === 'failed' ? (
        <div className="app-message notice notice-warning" role="alert">
          <p>{t('app.loadFailed', { message: draft.load.message })}</p>
          <button type="button" className="button-secondary" onClick={draft.reload}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      {current ? (
        <Wizard
          step={step}
          onStep={setStep}
          draft={current}
          issues={issues}
          visibility={visibility}
          update={draft.update}
          flush={() => void draft.flush()}
          startNew={draft.startNew}
          notice={links.notice}
          onDismissNotice={links.dismiss}
        />
      ) : null}
    </div>
  );
}
