/**
 * What a report says, as support reads it: the verdict (who must act, in one sentence, and the
 * next steps in order), the facts support always asks for, and the findings by severity. Shared
 * by the case's own report and the read-only viewer of a report someone sent.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../electron/engine/i18n/index.ts';
import type { Report } from '../../../electron/engine/model/report.ts';
import { factRows } from '../../../electron/engine/report/sections.ts';
import { FindingList } from '../findings/FindingList.tsx';

export function VerdictCard({ report }: { report: Report }): ReactNode {
  const { t } = useTranslation();
  const v = report.verdict;
  const found = v.basedOn ? report.findings.find((f) => f.id === v.basedOn) : undefined;
  // Named only when the sentence does not already quote it.
  const basis = found && !v.sentence.includes(found.title.replace(/[.。]$/u, '')) ? found : undefined;
  return (
    <section className={`verdict-card who-${v.whoMustAct}`} aria-labelledby="verdict-heading" data-testid="verdict" data-who={v.whoMustAct}>
      <div className="verdict-head">
        <h2 id="verdict-heading" className="verdict-eyebrow">
          {t('report.verdict')}
        </h2>
        <p className="verdict-who">
          <span className="verdict-who-label">{t('report.whoMustAct')}:</span> <strong>{t(`who.${v.whoMustAct}`)}</strong>
        </p>
      </div>
      <p className="verdict-sentence" data-testid="verdict-sentence">
        {v.sentence}
      </p>
      {v.nextSteps.length > 0 ? (
        <div className="verdict-next">
          <h3>{t('report.nextSteps')}</h3>
          <ol>
            {v.nextSteps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {basis ? <p className="verdict-basis meta">{t('report.basedOn', { title: basis.title })}</p> : null}
    </section>
  );
}

export function FactsTable({ report, lang }: { report: Report; lang: Lang }): ReactNode {
  const { t } = useTranslation();
  const rows = factRows(report, lang);
  const notes = report.case.notes.trim();
  return (
    <section className="report-section facts-section" aria-labelledby="facts-heading" data-testid="report-facts">
      <h2 id="facts-heading">{t('report.facts')}</h2>
      <p className="section-hint">{t('report.facts.hint')}</p>
      <dl className="facts-table">
        {rows.map((row) => {
          const missing = row.value === t('report.notGiven');
          return (
            <div key={row.key} data-fact={row.key} className={missing ? 'is-missing' : undefined}>
              <dt>{row.label}</dt>
              <dd className={row.exact ? 'mono exact' : undefined}>{row.value}</dd>
            </div>
          );
        })}
      </dl>
      {notes !== '' ? (
        <div className="facts-notes" data-fact="notes">
          <h3>{t('report.notes')}</h3>
          <p className="notes-text">{notes}</p>
        </div>
      ) : null}
    </section>
  );
}

const FOLDED = ['info', 'ok', 'skipped'] as const;

export function FindingsSection({ report }: { report: Report }): ReactNode {
  const { t } = useTranslation();
  return (
    <section className="report-section findings-section" aria-labelledby="report-findings-heading" data-testid="report-findings">
      <h2 id="report-findings-heading">{t('report.findings')}</h2>
      {/* Problems open; notes, passed checks and skipped ones folded, as support reads them. */}
      <FindingList findings={report.findings} level={3} emptyText={t('report.noFindings')} folded={FOLDED} />
    </section>
  );
}
