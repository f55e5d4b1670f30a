/**
 * "Remember the password" — only where the host can keep it encrypted by the operating system's
 * keychain (the Electron app, through safeStorage). Elsewhere (the browser bridge) nothing is
 * shown, and the password stays in memory only. Remembering happens only when the user ticks the box.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/index.ts';

export interface RememberPasswordProps {
  /** `user@host:port`; empty while the server or user is not known. */
  readonly secretKey: string;
  readonly password: string;
  readonly onPassword: (value: string) => void;
}

export function RememberPassword({ secretKey, password, onPassword }: RememberPasswordProps): ReactNode {
  const { t } = useTranslation();
  const [available, setAvailable] = useState(false);
  const [remembered, setRemembered] = useState(false);

  useEffect(() => {
    let live = true;
    void api.secretStatus({}).then(async (r) => {
      if (!live || !r.ok || !r.value.available) return;
      setAvailable(true);
      const known = secretKey !== '' && r.value.keys.includes(secretKey);
      setRemembered(known);
      if (known && password === '') {
        const loaded = await api.secretLoad({ key: secretKey });
        if (live && loaded.ok && loaded.value.secret !== undefined) onPassword(loaded.value.secret);
      }
    });
    return () => {
      live = false;
    };
    // Only when the server or user changes: loading must not fight the user's typing.
  }, [secretKey]);

  useEffect(() => {
    if (available && remembered && secretKey !== '' && password !== '') void api.secretSave({ key: secretKey, secret: password });
  }, [available, remembered, secretKey, password]);

  if (!available || secretKey === '') return null;
  return (
    <label className="remember-password">
      <input
        type="checkbox"
        checked={remembered}
        onChange={(e) => {
          setRemembered(e.target.checked);
          if (!e.target.checked) void api.secretForget({ key: secretKey });
        }}
      />{' '}
      {t('server.password.remember')}
    </label>
  );
}
