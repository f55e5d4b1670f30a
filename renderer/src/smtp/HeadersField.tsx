/**
 * Headers of a message the sender sent, for "Find it for me": pasted into the box, dropped on it
 * as a file, or chosen with the file button. A file travels as its bytes (base64), so an odd
 * character set reaches the engine unchanged.
 */
import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import { fileToBase64, NO_HEADERS, type HeadersInput } from './run-find.ts';

/** The engine takes up to 64 MiB; headers are a few kB, so a much larger file is surely the wrong one. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface HeadersFieldProps {
  readonly headers: HeadersInput;
  readonly onChange: (headers: HeadersInput) => void;
  readonly disabled: boolean;
}

export function HeadersField({ headers, onChange, disabled }: HeadersFieldProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const take = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(t('server.headers.tooLarge', { name: file.name }));
      return;
    }
    setProblem(undefined);
    onChange({ text: '', file: { name: file.name, base64: await fileToBase64(file), size: file.size } });
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) void take(e.dataTransfer.files[0]);
  };

  return (
    <div className="field headers-field">
      <label htmlFor={headers.file ? undefined : `${id}-text`} className="field-label">
        {t('server.headers.label')}
        <span className="field-tag"> ({t('case.optional')})</span>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('server.headers.hint')}
      </p>
      <div
        className={`smtp-drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {headers.file ? (
          <p className="headers-file">
            <span className="mono">{headers.file.name}</span>{' '}
            <span className="meta">{t('server.headers.size', { size: formatNumber(lang, Math.ceil(headers.file.size / 1024)) })}</span>{' '}
            <button type="button" className="button-link" onClick={() => onChange(NO_HEADERS)} disabled={disabled}>
              {t('server.headers.remove')}
            </button>
          </p>
        ) : (
          <textarea
            id={`${id}-text`}
            className="mono headers-text"
            rows={4}
            spellCheck={false}
            value={headers.text}
            disabled={disabled}
            aria-describedby={`${id}-hint`}
            placeholder={t('server.headers.placeholder')}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        )}
        <div className="smtp-drop-actions">
          <button type="button" className="button-quiet" onClick={() => fileInput.current?.click()} disabled={disabled}>
            {t('server.headers.choose')}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".eml,.txt,.msg,message/rfc822,text/plain"
            onChange={(e) => {
              void take(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
