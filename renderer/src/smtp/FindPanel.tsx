/**
 * "Find it for me": which sources to ask (the sender's domain, headers of a sent message, this
 * computer's mail programs, the web), the search with progress and Cancel, and what it found.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { FindingList } from '../findings/FindingList.tsx';
import { CancelButton, OperationError } from '../findings/OperationError.tsx';
import { ResultMeta } from '../findings/ResultMeta.tsx';
import { useOperationRun } from '../findings/run.ts';
import { useSessionState } from '../findings/session.tsx';
import { currentLang } from '../i18n/index.ts';
import { CandidateList } from './CandidateList.tsx';
import { HeadersField } from './HeadersField.tsx';
import {
  DEFAULT_FIND_OPTIONS,
  FIND_KEY,
  findData,
  findTask,
  hasHeaders,
  NO_HEADERS,
  senderOf,
  type Candidate,
  type FindOptions,
  type HeadersInput,
} from './run-find.ts';

export interface FindPanelProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly dnsServers: string;
  /** `host:port` of the server in the form. */
  readonly current: string;
  readonly onUse: (candidate: Candidate) => void;
  readonly onGoToCase: () => void;
}

const OPTIONS: readonly (keyof FindOptions)[] = ['clientConfig', 'web', 'probe'];

export function FindPanel(props: FindPanelProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const run = useOperationRun(FIND_KEY);
  const [headers, setHeaders] = useSessionState<HeadersInput>('server.find.headers', NO_HEADERS);
  const [options, setOptions] = useSessionState<FindOptions>('server.find.options', DEFAULT_FIND_OPTIONS);
  const email = senderOf(props.draft);
  const stored = props.draft.results[FIND_KEY];
  const data = findData(props.draft);
  const canRun = email !== undefined || hasHeaders(headers) || options.clientConfig;

  const start = (): void =>
    run.start(findTask({ draft: props.draft, headers, options, dnsServers: props.dnsServers, lang, update: props.update, flush: props.flush }));

  return (
    <section className="smtp-section find-panel" aria-labelledby="server-find-heading">
      <h2 id="server-find-heading">{t('server.find.heading')}</h2>
      <p className="section-hint">
        {email ? t('server.find.forSender', { email }) : t('server.find.noSender')}{' '}
        {!email ? (
          <button type="button" className="button-link" onClick={props.onGoToCase}>
            {t('server.goToCase')}
          </button>
        ) : null}
      </p>

      <HeadersField headers={headers} onChange={setHeaders} disabled={run.running} />

      <fieldset className="choices" disabled={run.running}>
        <legend className="visually-hidden">{t('server.find.sourcesLegend')}</legend>
        {OPTIONS.map((key) => (
          <div key={key} className="choice-with-hint">
            <div className="choice">
              <input
                id={`server-find-${key}`}
                type="checkbox"
                checked={options[key]}
                aria-describedby={`server-find-${key}-hint`}
                onChange={(e) => setOptions((o) => ({ ...o, [key]: e.target.checked }))}
              />
              <label htmlFor={`server-find-${key}`}>{t(`server.find.option.${key}`)}</label>
            </div>
            <p id={`server-find-${key}-hint`} className="field-hint smtp-choice-hint">
              {t(`server.find.option.${key}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>

      <div className="smtp-actions">
        <button type="button" className="button-primary" onClick={start} disabled={run.running || !canRun}>
          {data ? t('server.find.again') : t('server.find.run')}
        </button>
        {run.running ? (
          <>
            <span className="run-status" role="status">
              <span className="smtp-spinner" aria-hidden="true" />
              {t('server.find.running')}
            </span>
            <CancelButton onCancel={run.cancel} />
          </>
        ) : null}
        {!canRun ? <p className="meta">{t('server.find.needSource')}</p> : null}
      </div>

      {run.state.error && (run.state.status === 'failed' || run.state.status === 'cancelled') ? (
        <OperationError error={run.state.error} what={t('server.find.what')} onRetry={start} />
      ) : null}

      {data && stored ? (
        <div className="find-results" aria-live="polite">
          <h3 className="results-heading">{t('server.find.results', { count: data.candidates.length })}</h3>
          <ResultMeta result={stored} />
          {data.lang !== lang && data.candidates.some((c) => c.note) ? <p className="meta">{t('server.find.notesLang')}</p> : null}
          <CandidateList candidates={data.candidates} current={props.current} onUse={props.onUse} disabled={run.running} />
          <details className="find-findings">
            <summary>{t('server.find.findings', { count: stored.findings.length })}</summary>
            <FindingList findings={stored.findings} level={4} />
          </details>
        </div>
      ) : null}
    </section>
  );
}
