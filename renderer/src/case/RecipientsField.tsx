/** The recipients: one row per address, rows added and removed by the user. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RECIPIENTS } from '../../../electron/engine/model/case.ts';
import { describedBy, FieldError } from './Field.tsx';
import { errorId, fieldId } from './fields.ts';

export interface RecipientsFieldProps {
  readonly recipients: readonly string[];
  /** Message for the whole list (required, too many), if shown. */
  readonly groupError: string | undefined;
  /** Message per row index, if shown. */
  readonly rowError: (index: number) => string | undefined;
  readonly onChange: (recipients: string[]) => void;
  readonly onEdited: (index: number) => void;
  readonly onLeft: (index: number) => void;
  readonly onRemoved: (index: number) => void;
}

export function RecipientsField(props: RecipientsFieldProps): ReactNode {
  const { t } = useTranslation();
  // An empty list still shows one row to type in.
  const rows = props.recipients.length > 0 ? props.recipients : [''];
  const focusRow = useRef<number | undefined>(undefined);
  const groupErrorId = errorId('recipients');

  useEffect(() => {
    if (focusRow.current === undefined) return;
    document.getElementById(fieldId(`recipients.${focusRow.current}`))?.focus();
    focusRow.current = undefined;
  });

  const set = (index: number, value: string): void => {
    const next = [...rows];
    next[index] = value;
    props.onChange(next);
    props.onEdited(index);
  };
  const add = (): void => {
    focusRow.current = rows.length;
    props.onChange([...rows, '']);
  };
  const remove = (index: number): void => {
    focusRow.current = Math.max(0, index - 1);
    props.onChange(rows.filter((_, i) => i !== index));
    props.onRemoved(index);
  };

  return (
    <fieldset
      className={`field field-group${props.groupError ? ' has-error' : ''}`}
      aria-describedby={describedBy('case-recipients-hint', props.groupError ? groupErrorId : undefined)}
    >
      <legend className="field-label">{t('case.recipients.label')}</legend>
      <p id="case-recipients-hint" className="field-hint">
        {t('case.recipients.hint')}
      </p>
      <ul className="recipient-rows">
        {rows.map((value, index) => {
          const id = fieldId(`recipients.${index}`);
          const error = props.rowError(index);
          return (
            <li key={index} className={`recipient-row${error ? ' has-error' : ''}`}>
              <label htmlFor={id} className="visually-hidden">
                {t('case.recipients.row', { n: index + 1 })}
              </label>
              <div className="recipient-input">
                <input
                  id={id}
                  type="text"
                  inputMode="email"
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  value={value}
                  aria-invalid={error || (index === 0 && props.groupError) ? true : undefined}
                  aria-describedby={describedBy(
                    error ? errorId(`recipients.${index}`) : undefined,
                    index === 0 && props.groupError ? groupErrorId : undefined,
                  )}
                  onChange={(e) => set(index, e.target.value)}
                  onBlur={() => props.onLeft(index)}
                />
                {rows.length > 1 ? (
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={t('case.recipients.removeLabel', { n: index + 1 })}
                    onClick={() => remove(index)}
                  >
                    {t('case.recipients.remove')}
                  </button>
                ) : null}
              </div>
              <FieldError id={errorId(`recipients.${index}`)} message={error} />
            </li>
          );
        })}
      </ul>
      <FieldError id={groupErrorId} message={props.groupError} />
      {rows.length < MAX_RECIPIENTS ? (
        <button type="button" className="button-secondary button-add" onClick={add}>
          <span aria-hidden="true">+ </span>
          {t('case.recipients.add')}
        </button>
      ) : null}
    </fieldset>
  );
}
