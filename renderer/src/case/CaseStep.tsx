/**
 * Step 1, the case: who sent what to whom, when, what was seen, and the recipient provider's
 * profile. Problems come from the engine's `validateCase` and show next to their fields.
 */
import { useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseField, FieldIssue } from '../../../electron/engine/model/case.ts';
import { currentLang } from '../i18n/index.ts';
import { formatShort } from '../i18n/format.ts';
import { TextField } from './Field.tsx';
import { fieldId, fieldLabel } from './fields.ts';
import { LinkNoticeView, type LinkNotice } from './LinkNoticeView.tsx';
import { RecipientsField } from './RecipientsField.tsx';
import { SentAtField } from './SentAtField.tsx';
import { SymptomField } from './SymptomField.tsx';
import type { IssueVisibility } from './visibility.ts';

export interface CaseStepProps {
  readonly draft: Case;
  /** Every problem of the case, as if it had to be complete now. */
  readonly issues: readonly FieldIssue[];
  readonly visibility: IssueVisibility;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly startNew: () => Promise<void>;
  readonly notice: LinkNotice | undefined;
  readonly onDismissNotice: () => void;
  /** Where the error summary is, so "Next" can move focus to it. */
  readonly summaryRef: RefObject<HTMLDivElement | null>;
}

export function CaseStep(props: CaseStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { draft, visibility, update } = props;
  const [confirmNew, setConfirmNew] = useState(false);

  const shown = props.issues.filter((issue) => visibility.shows(issue));
  const message = (field: CaseField): string | undefined => {
    const issue = shown.find((i) => i.field === field);
    return issue ? t(`validation.${issue.code}`, issue.params ?? {}) : undefined;
  };
  const left = (field: string) => (): void => {
    visibility.left(field);
    props.flush();
  };
  const text = (field: 'sender' | 'notes' | 'reference') => ({
    id: fieldId(field),
    value: draft[field],
    error: message(field),
    onChange: (value: string) => {
      update((c) => ({ ...c, [field]: value }));
      visibility.edited(field);
    },
    onBlur: left(field),
  });
  const provider = (key: 'name' | 'supportAddress' | 'mxPattern') => ({
    id: fieldId(`provider.${key}`),
    label: t(`case.provider.${key}.label`),
    hint: t(`case.provider.${key}.hint`),
    value: draft.provider[key],
    error: message(`provider.${key}`),
    onChange: (value: string) => {
      update((c) => ({ ...c, provider: { ...c.provider, [key]: value } }));
      visibility.edited(`provider.${key}`);
    },
    onBlur: left(`provider.${key}`),
  });
  const summary = visibility.attempted ? shown : [];

  return (
    <div className="case-step">
      <div className="step-intro">
        <p>{t('case.intro')}</p>
        <p className="meta">{t('case.started', { date: formatShort(lang, new Date(draft.createdAt)) })}</p>
      </div>

      {props.notice ? <LinkNoticeView notice={props.notice} onDismiss={props.onDismissNotice} /> : null}

      {summary.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={props.summaryRef}>
          <p className="error-summary-title">{t('case.summary.title', { count: summary.length })}</p>
          <ul>
            {summary.map((issue) => (
              <li key={`${issue.field}-${issue.code}`}>
                <a
                  href={`#${fieldId(issue.field)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(issue.field))?.focus();
                  }}
                >
                  {fieldLabel(t, issue.field)}: {t(`validation.${issue.code}`, issue.params ?? {})}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <form className="case-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <section className="form-section" aria-labelledby="case-section-message">
          <h2 id="case-section-message">{t('case.section.message')}</h2>
          <TextField
            {...text('sender')}
            label={t('case.sender.label')}
            hint={t('case.sender.hint')}
            inputMode="email"
            autoComplete="email"
          />
          <RecipientsField
            recipients={draft.recipients}
            groupError={message('recipients')}
            rowError={(i) => message(`recipients.${i}`)}
            onChange={(recipients) => update((c) => ({ ...c, recipients }))}
            onEdited={(i) => visibility.edited(`recipients.${i}`)}
            onLeft={(i) => {
              visibility.left(`recipients.${i}`);
              visibility.left('recipients');
              props.flush();
            }}
            onRemoved={(i) => visibility.rowRemoved(i)}
          />
          <SentAtField
            sentAt={draft.sentAt}
            timeZone={draft.timeZone}
            sentAtError={message('sentAt')}
            timeZoneError={message('timeZone')}
            onSentAt={(sentAt) => {
              update((c) => ({ ...c, sentAt }));
              visibility.edited('sentAt');
            }}
            onTimeZone={(timeZone) => {
              update((c) => ({ ...c, timeZone }));
              visibility.left('timeZone');
            }}
            onLeftSentAt={left('sentAt')}
          />
        </section>

        <section className="form-section" aria-labelledby="case-section-what">
          <h2 id="case-section-what">{t('case.section.what')}</h2>
          <SymptomField
            value={draft.symptom}
            error={message('symptom')}
            onChange={(symptom) => {
              update((c) => ({ ...c, symptom }));
              visibility.left('symptom');
            }}
            onLeft={left('symptom')}
          />
          <TextField {...text('notes')} label={t('case.notes.label')} hint={t('case.notes.hint')} tag={t('case.optional')} multiline />
          <TextField
            {...text('reference')}
            label={t('case.reference.label')}
            hint={t('case.reference.hint')}
            tag={t('case.optional')}
            className="field-narrow"
          />
        </section>

        <section className="form-section" aria-labelledby="case-section-provider" aria-describedby="case-section-provider-hint">
          <h2 id="case-section-provider">{t('case.section.provider')}</h2>
          <p id="case-section-provider-hint" className="section-hint">
            {t('case.section.providerHint')}
          </p>
          <div className="field-grid">
            <TextField {...provider('name')} />
            <TextField {...provider('supportAddress')} inputMode="email" />
          </div>
          <TextField {...provider('mxPattern')} className="field-narrow" />
        </section>
      </form>

      <div className="case-new">
        {confirmNew ? (
          <div className="confirm" role="group" aria-labelledby="case-new-question">
            <p id="case-new-question">{t('case.new.confirm')}</p>
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                setConfirmNew(false);
                visibility.reset();
                void props.startNew();
              }}
            >
              {t('case.new.yes')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirmNew(false)}>
              {t('case.new.no')}
            </button>
          </div>
        ) : (
          <button type="button" className="button-quiet" onClick={() => setConfirmNew(true)}>
            {t('case.new')}
          </button>
        )}
      </div>
    </div>
  );
}
