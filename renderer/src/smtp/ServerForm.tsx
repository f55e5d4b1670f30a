/**
 * The server by hand: a provider preset, host, port (with what the port means), security, user
 * name and password. The password field says, where it can be seen, that Mailpath never saves it.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../case/Field.tsx';
import { currentLang } from '../i18n/index.ts';
import { effectivePort, SECURITIES, isSecurity } from './host.ts';
import { COMMON_PORTS, portExplanation, PRESETS, presetById } from './presets.ts';
import type { ServerSettings } from './server-settings.ts';
import { RememberPassword } from './RememberPassword.tsx';

export interface ServerFormProps {
  readonly server: ServerSettings;
  readonly onEdit: (change: Partial<ServerSettings>) => void;
  readonly password: string;
  readonly onPassword: (value: string) => void;
  readonly disabled: boolean;
}

const noop = (): void => undefined;

function hostError(host: string): 'server.host.invalid' | undefined {
  const h = host.trim();
  if (h === '') return undefined;
  return /[\s/@]/u.test(h) || h.length > 253 ? 'server.host.invalid' : undefined;
}

export function ServerForm({ server, onEdit, password, onPassword, disabled }: ServerFormProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const port = effectivePort(server);
  const hostProblem = hostError(server.host);
  const groups = (['mailbox', 'esp'] as const).map((kind) => ({ kind, presets: PRESETS.filter((p) => p.kind === kind) }));

  return (
    <fieldset className="server-form" disabled={disabled}>
      <legend className="visually-hidden">{t('server.form.heading')}</legend>
      <div className="field field-narrow">
        <label htmlFor="server-preset" className="field-label">
          {t('server.preset.label')}
        </label>
        <p id="server-preset-hint" className="field-hint">
          {t('server.preset.hint')}
        </p>
        <select
          id="server-preset"
          value=""
          aria-describedby="server-preset-hint"
          onChange={(e) => {
            const p = presetById(e.target.value);
            if (p) onEdit({ host: p.host, port: String(p.port), security: p.security });
          }}
        >
          <option value="">{t('server.preset.choose')}</option>
          {groups.map((g) => (
            <optgroup key={g.kind} label={t(`server.preset.group.${g.kind}`)}>
              {g.presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('server.preset.option', { name: p.name, host: p.host, port: p.port, security: t(`smtp.security.${p.security}`) })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <div className="server-address">
        <TextField
          id="server-host"
          label={t('server.host.label')}
          hint={t('server.host.hint')}
          value={server.host}
          error={hostProblem ? t(hostProblem) : undefined}
          onChange={(host) => onEdit({ host })}
          onBlur={noop}
          inputMode="url"
          className="field-host"
        />
        <TextField
          id="server-port"
          label={t('server.port.label')}
          hint={t('server.port.hint')}
          value={server.port}
          error={port === undefined ? t('server.port.invalid') : undefined}
          onChange={(value) => onEdit({ port: value.replace(/[^\d]/gu, '').slice(0, 5) })}
          onBlur={noop}
          className="field-port"
        />
        <div className="field field-security">
          <label htmlFor="server-security" className="field-label">
            {t('server.security.label')}
          </label>
          <p id="server-security-hint" className="field-hint">
            {t('server.security.hint')}
          </p>
          <select
            id="server-security"
            value={server.security}
            aria-describedby="server-security-hint"
            onChange={(e) => {
              if (isSecurity(e.target.value)) onEdit({ security: e.target.value });
            }}
          >
            {SECURITIES.map((s) => (
              <option key={s} value={s}>
                {t(`smtp.security.${s}.long`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {port !== undefined ? (
        <p className="port-note" id="server-port-note">
          {portExplanation(lang, port)}
        </p>
      ) : null}
      <details className="ports-explained">
        <summary>{t('server.ports.heading')}</summary>
        <dl>
          {COMMON_PORTS.map((p) => (
            <div key={p}>
              <dt className="mono">{p}</dt>
              <dd>{portExplanation(lang, p)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <div className="field-grid">
        <TextField
          id="server-user"
          label={t('server.user.label')}
          hint={t('server.user.hint')}
          tag={t('case.optional')}
          value={server.user}
          onChange={(user) => onEdit({ user })}
          onBlur={noop}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor="server-password" className="field-label">
            {t('server.password.label')}
            <span className="field-tag"> ({t('case.optional')})</span>
          </label>
          <p id={`${id}-pw-hint`} className="field-hint">
            {t('server.password.hint')}
          </p>
          <input
            id="server-password"
            type="password"
            value={password}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-pw-hint server-password-note`}
            onChange={(e) => onPassword(e.target.value)}
          />
        </div>
      </div>
      <p className="notice notice-neutral password-note" id="server-password-note">
        {t('server.password.never')}
      </p>
      <RememberPassword
        secretKey={server.user.trim() && server.host.trim() ? `${server.user.trim()}@${server.host.trim().toLowerCase()}:${port}` : ''}
        password={password}
        onPassword={onPassword}
      />
    </fieldset>
  );
}
