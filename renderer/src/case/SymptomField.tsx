/** What the sender saw: one of the engine's symptoms, worded by the engine's catalogue. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SYMPTOMS, type Symptom } from '../../../electron/engine/model/case.ts';
import { describedBy, FieldError } from './Field.tsx';
import { errorId } from './fields.ts';

export interface SymptomFieldProps {
  readonly value: Symptom | '';
  readonly error: string | undefined;
  readonly onChange: (value: Symptom) => void;
  readonly onLeft: () => void;
}

export function SymptomField(props: SymptomFieldProps): ReactNode {
  const { t } = useTranslation();
  const errId = errorId('symptom');
  return (
    <fieldset
      className={`field field-group${props.error ? ' has-error' : ''}`}
      role="radiogroup"
      aria-invalid={props.error ? true : undefined}
      aria-describedby={describedBy(props.error ? errId : undefined)}
    >
      <legend className="field-label">{t('case.symptom.label')}</legend>
      <div className="choices">
        {SYMPTOMS.map((symptom) => {
          const id = `case-symptom-${symptom}`;
          return (
            <div key={symptom} className="choice">
              <input
                id={id}
                type="radio"
                name="symptom"
                value={symptom}
                checked={props.value === symptom}
                onChange={() => props.onChange(symptom)}
                onBlur={props.onLeft}
              />
              <label htmlFor={id}>{t(`symptom.${symptom}`)}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={errId} message={props.error} />
    </fieldset>
  );
}
