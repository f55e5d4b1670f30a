/**
 * A step that later versions build: what it will do, said plainly, with no pretend controls, and
 * the case it will work on.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sentInstant, type Case } from '../../../electron/engine/model/case.ts';
import { currentLang } from '../i18n/index.ts';
import { formatDateTime, formatList } from '../i18n/format.ts';
import { PLANNED_POINTS, type StepId } from './steps.ts';

export interface PlannedStepProps {
  readonly step: Exclude<StepId, 'case'>;
  readonly draft: Case;
  readonly caseComplete: boolean;
  readonly onGoToCase: () => void;
}

export function PlannedStep({ step, draft, caseComplete, onGoToCase }: PlannedStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const points = Array.from({ length: PLANNED_POINTS[step] }, (_, i) => t(`step.${step}.will${i + 1}`));
  const instant = sentInstant(draft);
  const recipients = draft.recipients.map((r) => r.trim()).filter((r) => r !== '');

  return (
    <div className="planned-step">
      <p className="step-intro">{t(`step.${step}.intro`)}</p>

      <section aria-labelledby="planned-what">
        <h2 id="planned-what">{t('planned.heading')}</h2>
        <ul className="planned-list">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>

      <div className="notice notice-neutral" role="note">
        <div className="notice-body">
          <p className="notice-title">{t('planned.notice.title')}</p>
          <p>{t('planned.notice.body')}</p>
        </div>
      </div>

      <section className="case-card" aria-labelledby="planned-case">
        <h2 id="planned-case">{t('planned.case.heading')}</h2>
        {draft.sender.trim() !== '' || recipients.length > 0 ? (
          <p className="case-card-route">
            <span>{draft.sender.trim() || '—'}</span>
            <span aria-hidden="true"> → </span>
            <span>{recipients.length > 0 ? formatList(lang, recipients) : '—'}</span>
          </p>
        ) : null}
        {instant ? <p className="meta">{t('planned.case.sentAt', { when: formatDateTime(lang, new Date(instant)) })}</p> : null}
        {draft.symptom !== '' ? <p className="meta">{t(`symptom.${draft.symptom}`)}</p> : null}
        {!caseComplete ? (
          <p>
            {t('planned.case.incomplete')}{' '}
            <button type="button" className="button-link" onClick={onGoToCase}>
              {t('planned.case.goTo')}
            </button>
          </p>
        ) : null}
      </section>
    </div>
  );
}
