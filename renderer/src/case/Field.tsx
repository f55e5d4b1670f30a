/**
 * A labelled control with its hint and its problem beside it. The control points at both through
 * `aria-describedby` and carries `aria-invalid` while a problem is shown, so a screen reader reads
 * the message with the field.
 */
import type { ReactNode } from 'react';

export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }): ReactNode {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="field-error-icon" aria-hidden="true">
        !
      </span>
      {message}
    </p>
  );
}

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** Shown after the label, e.g. "optional". */
  readonly tag?: string;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  readonly multiline?: boolean;
  readonly autoComplete?: string;
  readonly inputMode?: 'email' | 'text' | 'url';
  readonly maxLength?: number;
  readonly className?: string;
}

export function TextField(props: TextFieldProps): ReactNode {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = `${props.id}-error`;
  const common = {
    id: props.id,
    value: props.value,
    onBlur: props.onBlur,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(hintId, props.error ? errorId : undefined),
    maxLength: props.maxLength,
    spellCheck: false,
  };
  return (
    <div className={`field${props.error ? ' has-error' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={props.id} className="field-label">
        {props.label}
        {props.tag ? <span className="field-tag"> ({props.tag})</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea {...common} rows={5} spellCheck onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          autoCapitalize="off"
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}
