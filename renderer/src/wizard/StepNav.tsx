/** The list of steps: where you are (`aria-current="step"`), what is done, what comes later. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { stepState } from './step-state.ts';
import { STEPS } from './steps.ts';

export interface StepNavProps {
  readonly current: number;
  readonly caseComplete: boolean;
  readonly draft: Case;
  readonly onSelect: (index: number) => void;
}

export function StepNav({ current, caseComplete, draft, onSelect }: StepNavProps): ReactNode {
  const { t } = useTranslation();
  return (
    <nav className="step-nav" aria-label={t('wizard.nav')}>
      <ol>
        {STEPS.map((step, index) => {
          const state = stepState(step, draft, caseComplete);
          return (
            <li key={step} className={`step-nav-item is-${state}${index === current ? ' is-current' : ''}`}>
              <button type="button" aria-current={index === current ? 'step' : undefined} onClick={() => onSelect(index)}>
                <span className="step-badge" aria-hidden="true">
                  {state === 'complete' ? '✓' : index + 1}
                </span>
                <span className="step-text">
                  <span className="step-title">{t(`step.${step}.title`)}</span>
                  <span className="step-short">{t(`step.${step}.short`)}</span>
                  <span className="visually-hidden"> ({t(`wizard.${state}`)})</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
