/**
 * One finding: its status, title, what it means, what to do and who must do it, with the evidence
 * one click away (a disclosure button, so keyboard and screen-reader users reach it too).
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { EvidenceView } from './Evidence.tsx';

export interface FindingItemProps {
  readonly finding: Finding;
  /** The heading level of the title, so the outline stays right wherever the list sits. */
  readonly level?: 3 | 4 | 5;
}

export function FindingItem({ finding, level = 4 }: FindingItemProps): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const Title = `h${level}` as const;
  const count = finding.evidence.length;
  return (
    <article className={`finding is-${finding.status}`} data-finding-id={finding.id} data-status={finding.status}>
      <div className="finding-head">
        <span className={`status-badge is-${finding.status}`}>{t(`status.${finding.status}`)}</span>
        <Title className="finding-title">{finding.title}</Title>
      </div>
      <p className="finding-explanation">{finding.explanation}</p>
      {finding.fix ? (
        <p className="finding-fix">
          <span className="finding-label">{t('finding.fix')} </span>
          {finding.fix}
        </p>
      ) : null}
      <p className="finding-who">
        <span className="finding-label">{t('finding.who')} </span>
        {t(`who.${finding.whoMustAct}`)}
      </p>
      {count > 0 ? (
        <div className="finding-evidence">
          <button
            type="button"
            className="button-link evidence-toggle"
            aria-expanded={open}
            aria-controls={evidenceId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('finding.evidence.hide') : t('finding.evidence.show', { count })}
          </button>
          <div id={evidenceId} hidden={!open}>
            {open ? <EvidenceView evidence={finding.evidence} /> : null}
          </div>
        </div>
      ) : null}
    </article>
  );
}
