/**
 * The proof behind a finding, exactly as it was seen: DNS questions and answers as a table
 * (server, question, result code, answers with TTL, AD flag, time taken), SMTP lines, log lines
 * with file:line, header fields and quoted text.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DnsEvidence,
  Evidence,
  HeaderEvidence,
  LogEvidence,
  SmtpEvidence,
  TextEvidence,
} from '../../../electron/engine/model/finding.ts';
import { currentLang } from '../i18n/index.ts';
import { formatMoment, formatNumber } from './format.ts';

function DnsTable({ items }: { items: readonly DnsEvidence[] }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <div className="evidence-scroll">
      <table className="evidence-dns">
        <caption className="visually-hidden">{t('evidence.dns.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evidence.dns.server')}</th>
            <th scope="col">{t('evidence.dns.question')}</th>
            <th scope="col">{t('evidence.dns.rcode')}</th>
            <th scope="col">{t('evidence.dns.answers')}</th>
            <th scope="col">
              <abbr title={t('evidence.dns.adLong')}>AD</abbr>
            </th>
            <th scope="col" className="num">
              {t('evidence.dns.ms')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((e, i) => (
            <tr key={`${e.at}-${e.name}-${e.type}-${i}`} title={formatMoment(lang, e.at)}>
              <td className="mono">{e.server}</td>
              <td className="mono">
                {e.name} <span className="rrtype">{e.type}</span>
              </td>
              <td className={`mono rcode rcode-${e.rcode === 'NOERROR' ? 'ok' : 'bad'}`}>{e.rcode}</td>
              <td>
                {e.answers.length === 0 ? (
                  <span className="muted">{t('evidence.dns.noAnswers')}</span>
                ) : (
                  <ul className="rr-list">
                    {e.answers.map((a, j) => (
                      <li key={j} className="mono">
                        {a.name !== e.name ? <span className="rr-owner">{a.name} </span> : null}
                        <span className="rrtype">{a.type}</span> {a.data}{' '}
                        <span className="ttl">{t('evidence.dns.ttl', { ttl: formatNumber(lang, a.ttl) })}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{e.ad === undefined ? '—' : e.ad ? t('evidence.yes') : t('evidence.no')}</td>
              <td className="num">{formatNumber(lang, e.elapsedMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const DIR_MARK: Readonly<Record<'c' | 's' | 'i', string>> = { c: 'C:', s: 'S:', i: '··' };

function Transcript({ item }: { item: SmtpEvidence }): ReactNode {
  const { t } = useTranslation();
  return (
    <figure className="evidence-block">
      <figcaption>{t('evidence.smtp')}</figcaption>
      <ol className="evidence-lines transcript">
        {item.lines.map((l, i) => (
          <li key={i} className={`dir-${l.dir}`}>
            <span className="line-mark" title={t(`evidence.dir.${l.dir}`)}>
              {DIR_MARK[l.dir]}
            </span>
            <span className="line-text">{l.line}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function LogLines({ item }: { item: LogEvidence }): ReactNode {
  const { t } = useTranslation();
  return (
    <figure className="evidence-block">
      <figcaption>{t('evidence.log', { file: item.file })}</figcaption>
      <ol className="evidence-lines">
        {item.lines.map((l) => (
          <li key={l.n}>
            <span className="line-mark">
              {item.file}:{l.n}
            </span>
            <span className="line-text">{l.text}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Headers({ items }: { items: readonly HeaderEvidence[] }): ReactNode {
  const { t } = useTranslation();
  return (
    <figure className="evidence-block">
      <figcaption>{t('evidence.headers')}</figcaption>
      <dl className="evidence-headers">
        {items.map((h, i) => (
          <div key={`${h.name}-${i}`}>
            <dt>{h.name}:</dt>
            <dd>{h.value}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

function Quoted({ item }: { item: TextEvidence }): ReactNode {
  return (
    <figure className="evidence-block">
      <figcaption>{item.label}</figcaption>
      <pre className="evidence-text">{item.text}</pre>
    </figure>
  );
}

/** All evidence of one finding: DNS answers in one table, header fields in one list, the rest in order. */
export function EvidenceView({ evidence }: { evidence: readonly Evidence[] }): ReactNode {
  const dns = evidence.filter((e): e is DnsEvidence => e.kind === 'dns');
  const headers = evidence.filter((e): e is HeaderEvidence => e.kind === 'header');
  const rest = evidence.filter((e) => e.kind !== 'dns' && e.kind !== 'header');
  return (
    <div className="evidence">
      {dns.length > 0 ? <DnsTable items={dns} /> : null}
      {headers.length > 0 ? <Headers items={headers} /> : null}
      {rest.map((e, i) => {
        if (e.kind === 'smtp') return <Transcript key={i} item={e} />;
        if (e.kind === 'log') return <LogLines key={i} item={e} />;
        if (e.kind === 'text') return <Quoted key={i} item={e} />;
        return null;
      })}
    </div>
  );
}
