/**
 * What the case now knows about the lost message — Message-ID, sending IP, queue IDs, the exact
 * error text — and what the last analysis added to it, so the consultant sees what was filled in
 * (and what was not overwritten) before it goes into the report.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFacts } from '../../../electron/engine/model/case.ts';
import { formatList } from '../i18n/format.ts';
import { currentLang } from '../i18n/index.ts';
import { FACT_NAMES, type FactChange, type FactName } from './facts.ts';

export interface FactNotice {
  readonly source: string;
  readonly changes: readonly FactChange[];
}

function value(facts: CaseFacts, fact: FactName): string {
  return fact === 'queueIds' ? facts.queueIds.join(', ') : facts[fact];
}

export function FactsPanel({ facts, notices }: { facts: CaseFacts; notices: readonly FactNotice[] }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const known = FACT_NAMES.filter((f) => value(facts, f).trim() !== '');
  const filled = new Set(notices.flatMap((n) => n.changes.filter((c) => c.change === 'filled').map((c) => c.fact)));
  return (
    <section className="facts-panel" aria-labelledby="facts-heading" data-testid="case-facts">
      <h2 id="facts-heading">{t('offline.facts.heading')}</h2>
      <div role="status" className="facts-notices">
        {notices.map((n, i) => {
          const added = n.changes.filter((c) => c.change === 'filled');
          const kept = n.changes.filter((c) => c.change === 'kept');
          return (
            <div key={`${n.source}-${i}`} className="facts-notice">
              {added.length > 0 ? (
                <p>
                  {t('offline.facts.filled', {
                    source: n.source,
                    facts: formatList(
                      lang,
                      added.map((c) => t(`offline.fact.${c.fact}`)),
                    ),
                  })}
                </p>
              ) : null}
              {kept.map((c) => (
                <p key={c.fact} className="meta">
                  {t('offline.facts.kept', { fact: t(`offline.fact.${c.fact}`), found: c.found ?? '', source: n.source })}
                </p>
              ))}
            </div>
          );
        })}
      </div>
      {known.length === 0 ? (
        <p className="meta">{t('offline.facts.none')}</p>
      ) : (
        <dl className="summary-facts facts-list">
          {known.map((f) => (
            <div key={f} data-fact={f} className={filled.has(f) ? 'is-new' : undefined}>
              <dt>
                {t(`offline.factLabel.${f}`)}
                {filled.has(f) ? <span className="new-tag">{t('offline.facts.new')}</span> : null}
              </dt>
              <dd className={f === 'errorText' ? 'fact-text' : 'mono'}>{value(facts, f)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
