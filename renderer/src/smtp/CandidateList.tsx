/**
 * The servers "Find it for me" found, best first: address and security, where each came from
 * (with the evidence one click away), how sure the discovery is, and whether it answered from
 * this network. "Use this server" hands one to the form below.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceView } from '../findings/Evidence.tsx';
import { formatNumber } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import { formatList } from '../i18n/format.ts';
import { hostPort } from './host.ts';
import type { Candidate } from './run-find.ts';

function confidenceLevel(c: number): 'high' | 'medium' | 'low' {
  if (c >= 0.75) return 'high';
  if (c >= 0.5) return 'medium';
  return 'low';
}

/** Known failure codes of the reachability probe, in words; anything else is shown as it came. */
const REACH_ERRORS = ['timeout', 'ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'closed before greeting'];

function Reach({ candidate }: { candidate: Candidate }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const r = candidate.reachable;
  if (!r) return <span className="reach is-unknown">{t('server.find.reach.notChecked')}</span>;
  const ms = formatNumber(lang, r.ms);
  if (r.ok) {
    return (
      <span className="reach is-ok">
        <span aria-hidden="true">✓ </span>
        {t('server.find.reach.ok', { ms })}
        {r.greeting ? <code className="reach-greeting">{r.greeting.split('\n')[0]}</code> : null}
      </span>
    );
  }
  const error = r.error ?? '';
  const reason = REACH_ERRORS.includes(error) ? t(`server.find.reach.error.${error.replace(/ /gu, '-')}`) : error;
  return (
    <span className="reach is-bad">
      <span aria-hidden="true">✕ </span>
      {t('server.find.reach.bad', { reason, ms })}
      {r.greeting ? <code className="reach-greeting">{r.greeting.split('\n')[0]}</code> : null}
    </span>
  );
}

function CandidateItem(props: { candidate: Candidate; rank: number; inUse: boolean; onUse: () => void; disabled: boolean }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { candidate: c } = props;
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const titleId = useId();
  const level = confidenceLevel(c.confidence);
  const address = hostPort(c.host, c.port);
  return (
    <li className={`candidate${props.inUse ? ' is-in-use' : ''}`} data-candidate={address} aria-labelledby={titleId}>
      <div className="candidate-head">
        <span className="candidate-rank" aria-hidden="true">
          {props.rank}
        </span>
        <h4 id={titleId} className="candidate-address">
          {address}
        </h4>
        <span className={`security-badge is-${c.security}`}>{t(`smtp.security.${c.security}`)}</span>
        {c.provider ? <span className="candidate-provider">{c.provider}</span> : null}
        {props.inUse ? <span className="in-use-badge">{t('server.find.inUse')}</span> : null}
      </div>
      <dl className="candidate-facts">
        <div>
          <dt>{t('server.find.sources')}</dt>
          <dd>{formatList(lang, c.sources.map((s) => t(`server.source.${s}`)))}</dd>
        </div>
        <div>
          <dt>{t('server.find.confidence')}</dt>
          <dd className={`confidence is-${level}`}>
            <meter min={0} max={1} low={0.5} high={0.75} optimum={1} value={c.confidence} aria-hidden="true" />
            {t(`server.find.confidence.${level}`, { percent: Math.round(c.confidence * 100) })}
          </dd>
        </div>
        <div>
          <dt>{t('server.find.reach')}</dt>
          <dd>
            <Reach candidate={c} />
          </dd>
        </div>
      </dl>
      {c.note ? <p className="candidate-note">{c.note}</p> : null}
      <div className="candidate-actions">
        {c.evidence.length > 0 ? (
          <button
            type="button"
            className="button-link"
            aria-expanded={open}
            aria-controls={evidenceId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('server.find.evidence.hide') : t('server.find.evidence.show', { count: c.evidence.length })}
          </button>
        ) : (
          <span />
        )}
        {props.inUse ? null : (
          <button type="button" className="button-secondary" onClick={props.onUse} disabled={props.disabled}>
            {t('server.find.use')}
            <span className="visually-hidden"> {address}</span>
          </button>
        )}
      </div>
      <div id={evidenceId} hidden={!open}>
        {open ? <EvidenceView evidence={c.evidence} /> : null}
      </div>
    </li>
  );
}

export interface CandidateListProps {
  readonly candidates: readonly Candidate[];
  /** `host:port` of the server in the form. */
  readonly current: string;
  readonly onUse: (candidate: Candidate) => void;
  readonly disabled: boolean;
}

export function CandidateList({ candidates, current, onUse, disabled }: CandidateListProps): ReactNode {
  const { t } = useTranslation();
  if (candidates.length === 0) return <p className="findings-empty">{t('server.find.noCandidates')}</p>;
  return (
    <ol className="candidate-list" aria-label={t('server.find.listLabel')}>
      {candidates.map((c, i) => (
        <CandidateItem
          key={`${c.host}:${c.port}:${c.security}`}
          candidate={c}
          rank={i + 1}
          inUse={hostPort(c.host, c.port).toLowerCase() === current.toLowerCase()}
          onUse={() => onUse(c)}
          disabled={disabled}
        />
      ))}
    </ol>
  );
}
