/**
 * What the TLS handshake established: protocol and cipher, whether the certificate verified and
 * names the host, and the chain the server presented (leaf first) with subject, names, issuer,
 * validity and whether it signed itself.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import type { SmtpOutput } from './run-test.ts';

type Tls = NonNullable<SmtpOutput['tls']>;
type Cert = Tls['chain'][number];

function Verdict({ ok, yes, no }: { ok: boolean; yes: string; no: string }): ReactNode {
  return (
    <span className={`tls-verdict ${ok ? 'is-ok' : 'is-bad'}`}>
      <span aria-hidden="true">{ok ? '✓ ' : '✕ '}</span>
      {ok ? yes : no}
    </span>
  );
}

function Certificate({ cert, index, now }: { cert: Cert; index: number; now: number }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const expired = Date.parse(cert.validTo) < now;
  const notYet = Date.parse(cert.validFrom) > now;
  return (
    <li className="cert" data-self-signed={cert.selfSigned}>
      <p className="cert-role">{index === 0 ? t('smtp.tls.cert.leaf') : t('smtp.tls.cert.issuerN', { n: index })}</p>
      <dl className="smtp-kv">
        <div>
          <dt>{t('smtp.tls.cert.subject')}</dt>
          <dd className="mono">{cert.subject}</dd>
        </div>
        {cert.sans.length > 0 ? (
          <div>
            <dt>{t('smtp.tls.cert.sans')}</dt>
            <dd className="mono">{cert.sans.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('smtp.tls.cert.issuer')}</dt>
          <dd className="mono">{cert.issuer}</dd>
        </div>
        <div>
          <dt>{t('smtp.tls.cert.valid')}</dt>
          <dd>
            {t('smtp.tls.cert.validRange', { from: formatMoment(lang, cert.validFrom), to: formatMoment(lang, cert.validTo) })}
            {expired ? <span className="tls-flag is-bad"> {t('smtp.tls.cert.expired')}</span> : null}
            {notYet ? <span className="tls-flag is-bad"> {t('smtp.tls.cert.notYet')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('smtp.tls.cert.selfSigned')}</dt>
          <dd>{cert.selfSigned ? <span className="tls-flag is-warn">{t('smtp.tls.yes')}</span> : t('smtp.tls.no')}</dd>
        </div>
        <div>
          <dt>{t('smtp.tls.cert.fingerprint')}</dt>
          <dd className="mono fingerprint">{cert.fingerprint256}</dd>
        </div>
      </dl>
    </li>
  );
}

export function TlsDetails({ tls, checkedAt }: { tls: Tls; checkedAt: string }): ReactNode {
  const { t } = useTranslation();
  const now = Date.parse(checkedAt) || Date.now();
  return (
    <section className="smtp-section tls-details" aria-labelledby="smtp-tls-heading">
      <h3 id="smtp-tls-heading">{t('smtp.tls.heading')}</h3>
      <dl className="smtp-kv tls-summary">
        <div>
          <dt>{t('smtp.tls.protocol')}</dt>
          <dd className="mono">{tls.protocol}</dd>
        </div>
        <div>
          <dt>{t('smtp.tls.cipher')}</dt>
          <dd className="mono">{tls.cipher}</dd>
        </div>
        <div>
          <dt>{t('smtp.tls.trusted')}</dt>
          <dd>
            <Verdict ok={tls.authorized} yes={t('smtp.tls.trusted.yes')} no={t('smtp.tls.trusted.no')} />
            {tls.authorizationError ? <span className="mono meta"> ({tls.authorizationError})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('smtp.tls.name')}</dt>
          <dd>
            <Verdict ok={tls.nameMatches} yes={t('smtp.tls.name.yes')} no={t('smtp.tls.name.no')} />
          </dd>
        </div>
      </dl>
      {tls.chain.length > 0 ? (
        <>
          <h4 className="chain-heading">{t('smtp.tls.chain', { count: tls.chain.length })}</h4>
          <ol className="cert-chain">
            {tls.chain.map((cert, i) => (
              <Certificate key={cert.fingerprint256 || i} cert={cert} index={i} now={now} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
