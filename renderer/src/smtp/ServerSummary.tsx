/**
 * The server the test will use, as chosen in the previous step, with a way back to change it. The
 * password can be typed here too: it is kept in memory only, so after a restart it is asked again.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { effectivePort, hostPort } from './host.ts';
import type { ServerSettings } from './server-settings.ts';

export interface ServerSummaryProps {
  readonly server: ServerSettings;
  readonly ready: boolean;
  readonly caGiven: boolean;
  readonly password: string;
  readonly onPassword: (value: string) => void;
  readonly disabled: boolean;
  readonly onGoToServer: () => void;
}

export function ServerSummary({ server, ready, caGiven, password, onPassword, disabled, onGoToServer }: ServerSummaryProps): ReactNode {
  const { t } = useTranslation();
  if (!ready) {
    return (
      <div className="notice notice-warning" role="note">
        <div className="notice-body">
          <p className="notice-title">{t('smtp.server.none')}</p>
          <p>
            <button type="button" className="button-link" onClick={onGoToServer}>
              {t('smtp.server.choose')}
            </button>
          </p>
        </div>
      </div>
    );
  }
  const port = effectivePort(server) ?? 587;
  const user = server.user.trim();
  return (
    <section className="smtp-section server-summary" aria-labelledby="smtp-server-heading">
      <div className="server-summary-head">
        <h2 id="smtp-server-heading">{t('smtp.server.heading')}</h2>
        <button type="button" className="button-link" onClick={onGoToServer}>
          {t('smtp.server.change')}
        </button>
      </div>
      <p className="server-summary-line">
        <strong className="mono" data-testid="test-server">
          {hostPort(server.host, port)}
        </strong>
        <span className={`security-badge is-${server.security}`}>{t(`smtp.security.${server.security}`)}</span>
        <span className="meta">{user ? t('smtp.server.user', { user }) : t('smtp.server.noUser')}</span>
        {caGiven ? <span className="meta">{t('smtp.server.ca')}</span> : null}
      </p>
      {user ? (
        <div className="field field-narrow">
          <label htmlFor="smtp-password" className="field-label">
            {t('server.password.label')}
          </label>
          <input
            id="smtp-password"
            type="password"
            value={password}
            autoComplete="off"
            spellCheck={false}
            disabled={disabled}
            aria-describedby="smtp-password-note"
            onChange={(e) => onPassword(e.target.value)}
          />
          <p id="smtp-password-note" className="field-hint">
            {password === '' ? t('smtp.server.passwordMissing') : t('server.password.never')}
          </p>
        </div>
      ) : null}
    </section>
  );
}
