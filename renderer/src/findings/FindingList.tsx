/**
 * Findings grouped by severity (errors, warnings, information, OK, skipped) with their counts.
 * Texts follow the language on screen. OK and skipped findings start folded away: they prove the
 * checks ran, but the consultant reads the problems first.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingStatus } from '../../../electron/engine/model/finding.ts';
import { currentLang } from '../i18n/index.ts';
import { FindingItem } from './FindingItem.tsx';
import { countByStatus, groupByStatus, useLocalizedFindings } from './localize.ts';

export interface FindingListProps {
  readonly findings: readonly Finding[];
  /** Heading level of the group headings; findings use the next level. */
  readonly level?: 3 | 4;
  /** Shown when there are no findings. */
  readonly emptyText?: string;
  /** Statuses whose group starts folded (default: ok and skipped). */
  readonly folded?: readonly FindingStatus[];
}

const DEFAULT_FOLDED: readonly FindingStatus[] = ['ok', 'skipped'];

export function FindingCounts({ findings }: { findings: readonly Finding[] }): ReactNode {
  const { t } = useTranslation();
  const counts = countByStatus(findings);
  const shown = (['error', 'warning', 'info', 'ok', 'skipped'] as const).filter((s) => counts[s] > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="finding-counts" aria-label={t('findings.counts')}>
      {shown.map((s) => (
        <li key={s} className={`count-chip is-${s}`} data-status={s}>
          {t(`findings.count.${s}`, { count: counts[s] })}
        </li>
      ))}
    </ul>
  );
}

function Group(props: { status: FindingStatus; findings: Finding[]; level: 3 | 4; folded: boolean }): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(!props.folded);
  const Heading = `h${props.level}` as const;
  const count = props.findings.length;
  return (
    <section className={`finding-group is-${props.status}`} data-group={props.status}>
      <div className="finding-group-head">
        <Heading className="finding-group-title">{t(`findings.group.${props.status}`, { count })}</Heading>
        {props.folded ? (
          <button type="button" className="button-link" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? t('findings.group.hide') : t('findings.group.show', { count })}
          </button>
        ) : null}
      </div>
      {open ? (
        <div className="finding-group-items">
          {props.findings.map((f, i) => (
            <FindingItem key={`${f.id}-${f.subject ?? ''}-${i}`} finding={f} level={props.level === 3 ? 4 : 5} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

export function FindingList({ findings, level = 3, emptyText, folded = DEFAULT_FOLDED }: FindingListProps): ReactNode {
  const { t, i18n } = useTranslation();
  const shown = useLocalizedFindings(findings, currentLang(i18n));
  if (shown.length === 0) return <p className="findings-empty">{emptyText ?? t('findings.none')}</p>;
  return (
    <div className="finding-list">
      <FindingCounts findings={shown} />
      {groupByStatus(shown).map((g) => (
        <Group key={g.status} status={g.status} findings={g.findings} level={level} folded={folded.includes(g.status)} />
      ))}
    </div>
  );
}
