/**
 * The key facts of one analysed item, above its findings: for a bounce, what kind of report it is
 * and the returned message; for headers, the message, the sending IP and the SPF/DKIM/DMARC
 * verdicts the receiver recorded; for a log, how much was read and how many messages matched.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment, formatNumber } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import type { OfflineResultData } from './analyze.ts';

type Row = readonly [label: string, value: string | undefined | null];

function Facts({ rows }: { rows: readonly Row[] }): ReactNode {
  const shown = rows.filter((r): r is readonly [string, string] => typeof r[1] === 'string' && r[1] !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="summary-facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ResultSummary({ data }: { data: OfflineResultData }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const when = (iso: string | undefined | null): string | undefined => {
    if (!iso) return undefined;
    const t0 = Date.parse(iso);
    return Number.isNaN(t0) ? iso : formatMoment(lang, new Date(t0));
  };

  if (data.kind === 'bounce') {
    return (
      <div className="result-summary">
        {data.output.results.map((r, i) => (
          <div key={i} className="summary-block">
            <p className="summary-kind" data-kind={r.kind}>
              {t(`offline.bounceKind.${r.kind}`)}
              {r.deliveries.length > 0 ? ` — ${t('offline.bounce.recipients', { count: r.deliveries.length })}` : ''}
            </p>
            <Facts
              rows={[
                [t('offline.field.messageId'), r.original.messageId],
                [t('offline.field.date'), when(r.original.date)],
                [t('offline.field.from'), r.original.from],
                [t('offline.field.to'), r.original.to],
                [t('offline.field.subject'), r.original.subject],
              ]}
            />
          </div>
        ))}
      </div>
    );
  }

  if (data.kind === 'headers') {
    const h = data.output;
    const verdict = (method: string): string | undefined => h.auth.find((a) => a.method === method && a.trusted)?.result;
    const auth = ['spf', 'dkim', 'dmarc']
      .map((m) => [m, verdict(m)] as const)
      .filter((x): x is readonly [string, string] => x[1] !== undefined);
    return (
      <div className="result-summary">
        <Facts
          rows={[
            [t('offline.field.from'), h.from],
            [t('offline.field.to'), h.to],
            [t('offline.field.subject'), h.subject],
            [t('offline.field.date'), when(h.dateUtc ?? h.date)],
            [t('offline.field.messageId'), h.messageId],
            [t('offline.field.sendingIp'), h.sendingIp ? (h.helo ? `${h.sendingIp} (HELO ${h.helo})` : h.sendingIp) : undefined],
            [t('offline.field.returnPath'), h.returnPath],
            [t('offline.field.hops'), formatNumber(lang, h.hops.length)],
          ]}
        />
        {auth.length > 0 ? (
          <ul className="auth-chips" aria-label={t('offline.auth.label')}>
            {auth.map(([method, result]) => (
              <li
                key={method}
                className={`auth-chip is-${result === 'pass' ? 'pass' : result === 'none' || result === 'neutral' ? 'neutral' : 'fail'}`}
              >
                {method.toUpperCase()} {result}
              </li>
            ))}
          </ul>
        ) : null}
        {h.filters.map((f, i) => (
          <p key={i} className="meta">
            {f.summary}
          </p>
        ))}
      </div>
    );
  }

  const log = data.output;
  return (
    <div className="result-summary">
      <p className="summary-kind">
        {t('offline.log.read', {
          lines: formatNumber(lang, log.linesRead),
          skipped: formatNumber(lang, log.linesSkipped),
          count: log.messages.length,
        })}
      </p>
    </div>
  );
}
