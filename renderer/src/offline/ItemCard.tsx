/**
 * One bounce, header set or log in the offline step: its name, what it is read as (the guess, or
 * the consultant's choice), progress or the reason it could not be read, then its key facts and
 * findings. Changing "Read as" reads it again; Remove takes its result out of the case.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepResult } from '../../../electron/engine/model/case.ts';
import { FindingList } from '../findings/FindingList.tsx';
import { formatNumber } from '../findings/format.ts';
import { CancelButton, OperationError } from '../findings/OperationError.tsx';
import { ResultMeta } from '../findings/ResultMeta.tsx';
import type { RunState } from '../findings/run.ts';
import { StepProgress } from '../findings/StepProgress.tsx';
import { currentLang } from '../i18n/index.ts';
import { offlineData } from './analyze.ts';
import { OFFLINE_KINDS, type OfflineKind } from './detect.ts';
import { ResultSummary } from './ResultSummary.tsx';

export interface ItemCardProps {
  readonly name: string;
  readonly size: number;
  readonly kind: OfflineKind;
  readonly detected: OfflineKind;
  /** False when the content is no longer in memory (after a restart): it cannot be read again. */
  readonly canReread: boolean;
  readonly result: StepResult | undefined;
  readonly run: RunState | undefined;
  readonly onKind: (kind: OfflineKind) => void;
  readonly onRemove: () => void;
  readonly onCancel: () => void;
  readonly onRetry: () => void;
}

export function ItemCard(props: ItemCardProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const selectId = useId();
  const headingId = useId();
  const running = props.run?.status === 'running';
  const data = props.result ? offlineData(props.result.data) : undefined;
  const error = !running ? props.run?.error : undefined;
  return (
    <article className="item-card" aria-labelledby={headingId} data-kind={props.kind} data-name={props.name}>
      <header className="item-head">
        <div className="item-title">
          <h3 id={headingId}>{props.name}</h3>
          <p className="meta">{t('offline.item.size', { size: formatNumber(lang, props.size) })}</p>
        </div>
        <div className="item-tools">
          <div className="item-kind">
            <label htmlFor={selectId}>{t('offline.item.readAs')}</label>
            <select
              id={selectId}
              value={props.kind}
              disabled={!props.canReread || running}
              aria-describedby={props.kind !== props.detected ? `${selectId}-detected` : undefined}
              onChange={(e) => props.onKind(e.target.value as OfflineKind)}
            >
              {OFFLINE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`offline.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button-quiet" onClick={props.onRemove} disabled={running}>
            {t('offline.item.remove')}
            <span className="visually-hidden"> {props.name}</span>
          </button>
        </div>
      </header>
      {props.kind !== props.detected ? (
        <p id={`${selectId}-detected`} className="meta">
          {t('offline.item.detected', { kind: t(`offline.kind.${props.detected}`) })}
        </p>
      ) : null}

      {running ? (
        <div className="item-running">
          <StepProgress
            events={props.run?.events ?? []}
            expected={[props.kind]}
            running
            label={t('offline.item.progress', { name: props.name })}
            showMessages={false}
          />
          <CancelButton onCancel={props.onCancel} />
        </div>
      ) : null}
      {error ? (
        <OperationError
          error={error}
          what={t('offline.item.failedWhat', { name: props.name })}
          {...(props.canReread ? { onRetry: props.onRetry } : {})}
        />
      ) : null}

      {props.result && data && !running ? (
        <div className="item-result">
          <ResultMeta result={props.result} verb="analysed" />
          <ResultSummary data={data} />
          <FindingList findings={props.result.findings} level={4} />
        </div>
      ) : null}
    </article>
  );
}
