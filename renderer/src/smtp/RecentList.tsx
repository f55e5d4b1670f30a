/** Servers tested recently (in any case), to pick again with one click; never with a password. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShort } from '../i18n/format.ts';
import { currentLang } from '../i18n/index.ts';
import { hostPort } from './host.ts';
import type { RecentServer } from './recent.ts';

export interface RecentListProps {
  readonly list: readonly RecentServer[];
  readonly current: string;
  readonly onUse: (server: RecentServer) => void;
  readonly onForget: (server: RecentServer) => void;
  readonly disabled: boolean;
}

export function RecentList({ list, current, onUse, onForget, disabled }: RecentListProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (list.length === 0) return null;
  return (
    <section className="smtp-section recent-servers" aria-labelledby="server-recent-heading">
      <h2 id="server-recent-heading">{t('server.recent.heading')}</h2>
      <p className="section-hint">{t('server.recent.hint')}</p>
      <ul className="recent-list">
        {list.map((r) => {
          const address = hostPort(r.host, r.port);
          const inUse = address.toLowerCase() === current.toLowerCase();
          const when = r.usedAt ? formatShort(lang, new Date(r.usedAt)) : '';
          return (
            <li key={address} className={`recent-item${inUse ? ' is-in-use' : ''}`}>
              <span className="recent-address mono">{address}</span>
              <span className={`security-badge is-${r.security}`}>{t(`smtp.security.${r.security}`)}</span>
              <span className="meta">
                {r.user ? t('server.recent.user', { user: r.user }) : t('server.recent.noUser')}
                {when ? ` · ${t('server.recent.used', { when })}` : ''}
              </span>
              <span className="recent-actions">
                {inUse ? (
                  <span className="in-use-badge">{t('server.find.inUse')}</span>
                ) : (
                  <button type="button" className="button-secondary button-small" onClick={() => onUse(r)} disabled={disabled}>
                    {t('server.recent.use')}
                    <span className="visually-hidden"> {address}</span>
                  </button>
                )}
                <button type="button" className="button-quiet button-small" onClick={() => onForget(r)} disabled={disabled}>
                  {t('server.recent.forget')}
                  <span className="visually-hidden"> {address}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
