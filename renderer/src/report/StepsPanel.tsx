/**
 * Which of the wizard's checks ran and which did not, each with a button that goes back to that
 * step to run it again after a fix; then the steps "Run everything" skipped or could not finish,
 * each with its reason (never silent).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { formatMoment } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import { coverage, DIAGNOSE_KEY, diagnoseData, type RunStep } from './collect.ts';
import { stepLabel } from './labels.ts';

export interface StepsPanelProps {
  readonly draft: Case;
  readonly onGoToStep: (step: RunStep) => void;
}

export function StepsPanel({ draft, onGoToStep }: StepsPanelProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const diag = diagnoseData(draft);
  const diagAt = draft.results[DIAGNOSE_KEY]?.at;
  const notDone = (diag?.steps ?? []).filter((s) => s.status !== 'done');
  return (
    <section className="report-section steps-section" aria-labelledby="report-steps-heading" data-testid="report-steps">
      <h2 id="report-steps-heading">{t('report.stepsRun')}</h2>
      <ul className="coverage-list">
        {coverage(draft).map((cov) => {
          const title = t(`step.${cov.step}.title`);
          let detail: string;
          if (cov.results.length > 0) {
            const names = cov.results.map(([k]) => stepLabel(t, k)).join(' · ');
            detail = `${t('report.steps.ranAt', { when: formatMoment(lang, cov.lastAt ?? '') })} ${names}`;
          } else if (cov.ran) detail = t('report.steps.serverTyped', { server: draft.facts.outgoingServer });
          else detail = t(`report.notRun.${cov.step}`);
          return (
            <li
              key={cov.step}
              className={`coverage-row ${cov.ran ? 'is-ran' : 'is-skipped'}`}
              data-step={cov.step}
              data-state={cov.ran ? 'ran' : 'skipped'}
            >
              <span className="coverage-mark" aria-hidden="true">
                {cov.ran ? '✓' : '–'}
              </span>
              <div className="coverage-text">
                <p className="coverage-title">
                  {title} <span className="coverage-state">{cov.ran ? t('report.steps.ran') : t('report.steps.skipped')}</span>
                </p>
                <p className="meta">{detail}</p>
              </div>
              <button
                type="button"
                className="button-secondary coverage-action"
                aria-label={t(cov.ran ? 'report.steps.rerunStep' : 'report.steps.runStep', { step: title })}
                onClick={() => onGoToStep(cov.step)}
              >
                {cov.ran ? t('report.steps.rerun') : t('report.steps.run')}
              </button>
            </li>
          );
        })}
      </ul>
      {diag && diagAt ? (
        <div className="diagnose-steps">
          <p className="meta">{t('report.steps.lastRunAll', { when: formatMoment(lang, diagAt), count: diag.steps.length })}</p>
          {notDone.length > 0 ? (
            <ul className="not-done-list">
              {notDone.map((s) => (
                <li key={s.name} data-step={s.name} data-state={s.status}>
                  <strong>{stepLabel(t, s.name)}</strong>{' '}
                  <span className={`status-word is-${s.status}`}>{t(`report.stepStatus.${s.status}`)}</span>
                  {s.detail ? <span className="meta"> — {s.detail}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
