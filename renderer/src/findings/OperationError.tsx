/**
 * An operation that did not produce a result (`{ ok: false }`): what went wrong in the engine's
 * own sentence, the input field at fault when there is one, and a way to try again. A cancelled
 * run is said calmly, not as an error.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpFailure } from '../../../electron/engine/contract/result.ts';

export interface OperationErrorProps {
  readonly error: OpFailure;
  /** What was being done, e.g. "Checking example.com". */
  readonly what?: string;
  /** A person's name for the field at fault, when the caller knows it. */
  readonly fieldLabel?: (field: string) => string | undefined;
  readonly onRetry?: () => void;
}

export function OperationError({ error, what, fieldLabel, onRetry }: OperationErrorProps): ReactNode {
  const { t } = useTranslation();
  const cancelled = error.code === 'cancelled';
  const field = error.field ? (fieldLabel?.(error.field) ?? error.field) : undefined;
  return (
    <div
      className={`notice ${cancelled ? 'notice-neutral' : 'notice-error'} op-error`}
      role={cancelled ? 'status' : 'alert'}
      data-code={error.code}
    >
      <div className="notice-body">
        <p className="notice-title">{cancelled ? t('op.cancelled') : what ? t('op.failedWhat', { what }) : t('op.failed')}</p>
        {!cancelled ? <p className="op-error-message">{error.message}</p> : null}
        {field ? <p className="meta">{t('op.field', { field })}</p> : null}
        {!cancelled ? <p className="meta">{t(`op.code.${error.code}`)}</p> : null}
      </div>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('op.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Cancel for a running operation; `api.cancel(requestId)` is called by the run's `cancel()`. */
export function CancelButton({ onCancel, label }: { onCancel: () => void; label?: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <button type="button" className="button-secondary button-cancel" onClick={onCancel}>
      {label ?? t('op.cancel')}
    </button>
  );
}
