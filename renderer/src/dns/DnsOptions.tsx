/**
 * The DNS step's optional inputs: the sending IP (prefilled from the case), DKIM selectors, and —
 * folded away as advanced — the DNS servers to ask and the authoritative mode. A field the engine
 * refused is marked with the engine's own message.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../case/Field.tsx';
import type { DnsSettings } from './settings.ts';

export interface DnsOptionsProps {
  readonly settings: DnsSettings;
  readonly onEdit: (change: Partial<DnsSettings>) => void;
  readonly disabled: boolean;
  /** The option the engine refused, with its message. */
  readonly problem?: { readonly field: 'ips' | 'selectors' | 'servers'; readonly message: string };
  readonly ipFromCase: boolean;
}

const noop = (): void => undefined;

/** Which option an engine field path (`ips.0`, `dns.servers`, `dkimSelectors.2`) belongs to. */
export function optionOfField(field: string | undefined): 'ips' | 'selectors' | 'servers' | undefined {
  if (!field) return undefined;
  if (field.startsWith('ips') || field === 'helo') return 'ips';
  if (field.startsWith('dkimSelectors')) return 'selectors';
  if (field.startsWith('dns')) return 'servers';
  return undefined;
}

export function DnsOptions({ settings, onEdit, disabled, problem, ipFromCase }: DnsOptionsProps): ReactNode {
  const { t } = useTranslation();
  // Open when it holds something; after that the consultant decides (it never folds while typing).
  const [open, setOpen] = useState(settings.servers !== '' || settings.authoritative);
  useEffect(() => {
    if (problem?.field === 'servers') setOpen(true);
  }, [problem]);
  const error = (field: 'ips' | 'selectors' | 'servers'): string | undefined => (problem?.field === field ? problem.message : undefined);
  return (
    <fieldset className="dns-options" disabled={disabled}>
      <legend className="visually-hidden">{t('dns.options.heading')}</legend>
      <div className="field-grid">
        <TextField
          id="dns-ips"
          label={t('dns.ips.label')}
          tag={t('case.optional')}
          hint={ipFromCase ? t('dns.ips.hintFromCase') : t('dns.ips.hint')}
          value={settings.ips}
          error={error('ips')}
          onChange={(ips) => onEdit({ ips })}
          onBlur={noop}
        />
        <TextField
          id="dns-selectors"
          label={t('dns.selectors.label')}
          tag={t('case.optional')}
          hint={t('dns.selectors.hint')}
          value={settings.selectors}
          error={error('selectors')}
          onChange={(selectors) => onEdit({ selectors })}
          onBlur={noop}
        />
      </div>
      <details className="advanced" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('dns.advanced')}</summary>
        <div className="advanced-body">
          <TextField
            id="dns-servers"
            label={t('dns.servers.label')}
            tag={t('case.optional')}
            hint={t('dns.servers.hint')}
            value={settings.servers}
            error={error('servers')}
            onChange={(servers) => onEdit({ servers })}
            onBlur={noop}
          />
          <div className="choice">
            <input
              id="dns-authoritative"
              type="checkbox"
              checked={settings.authoritative}
              onChange={(e) => onEdit({ authoritative: e.target.checked })}
              aria-describedby="dns-authoritative-hint"
            />
            <label htmlFor="dns-authoritative">{t('dns.authoritative.label')}</label>
          </div>
          <p id="dns-authoritative-hint" className="field-hint choice-hint">
            {t('dns.authoritative.hint')}
          </p>
        </div>
      </details>
    </fieldset>
  );
}
