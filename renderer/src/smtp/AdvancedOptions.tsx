/**
 * Folded away as advanced: the DNS servers to ask (for the server's name, and for the sender's
 * domain when searching), and extra trusted CA certificates for a server whose certificate comes
 * from a private CA. Both are kept for this session only.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../case/Field.tsx';
import type { AdvancedSettings } from './server-settings.ts';

export interface AdvancedOptionsProps {
  readonly advanced: AdvancedSettings;
  readonly onEdit: (change: Partial<AdvancedSettings>) => void;
  readonly disabled: boolean;
  /** The engine's message when it refused the DNS servers. */
  readonly serversProblem?: string;
}

const noop = (): void => undefined;
const MAX_CA_BYTES = 1024 * 1024;

export function AdvancedOptions({ advanced, onEdit, disabled, serversProblem }: AdvancedOptionsProps): ReactNode {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(advanced.dnsServers !== '' || advanced.ca !== '' || serversProblem !== undefined);
  const [caProblem, setCaProblem] = useState<string | undefined>(undefined);
  const caLooksWrong = advanced.ca.trim() !== '' && !advanced.ca.includes('-----BEGIN CERTIFICATE-----');

  const takeFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > MAX_CA_BYTES) return setCaProblem(t('server.ca.tooLarge', { name: file.name }));
    setCaProblem(undefined);
    onEdit({ ca: await file.text(), caName: file.name });
  };

  return (
    <details className="advanced smtp-advanced" open={open || serversProblem !== undefined} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('server.advanced')}</summary>
      <fieldset className="advanced-body" disabled={disabled}>
        <legend className="visually-hidden">{t('server.advanced')}</legend>
        <TextField
          id="server-dns-servers"
          label={t('server.dnsServers.label')}
          tag={t('case.optional')}
          hint={t('server.dnsServers.hint')}
          value={advanced.dnsServers}
          error={serversProblem}
          onChange={(dnsServers) => onEdit({ dnsServers })}
          onBlur={noop}
          className="field-narrow"
        />
        <div className="field">
          <label htmlFor="server-ca" className="field-label">
            {t('server.ca.label')}
            <span className="field-tag"> ({t('case.optional')})</span>
          </label>
          <p id="server-ca-hint" className="field-hint">
            {t('server.ca.hint')}
          </p>
          <textarea
            id="server-ca"
            className="mono ca-text"
            rows={4}
            spellCheck={false}
            value={advanced.ca}
            placeholder="-----BEGIN CERTIFICATE-----"
            aria-describedby="server-ca-hint"
            aria-invalid={caLooksWrong ? true : undefined}
            onChange={(e) => onEdit({ ca: e.target.value, caName: '' })}
          />
          <div className="smtp-drop-actions">
            <button type="button" className="button-quiet" onClick={() => fileInput.current?.click()}>
              {t('server.ca.choose')}
            </button>
            {advanced.caName ? <span className="meta mono">{advanced.caName}</span> : null}
            {advanced.ca !== '' ? (
              <button type="button" className="button-link" onClick={() => onEdit({ ca: '', caName: '' })}>
                {t('server.ca.clear')}
              </button>
            ) : null}
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".pem,.crt,.cer,application/x-pem-file,application/x-x509-ca-cert"
              onChange={(e) => {
                void takeFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </div>
          {caLooksWrong ? <p className="field-error">{t('server.ca.notPem')}</p> : null}
          {caProblem ? (
            <p className="field-error" role="alert">
              {caProblem}
            </p>
          ) : null}
        </div>
      </fieldset>
    </details>
  );
}
