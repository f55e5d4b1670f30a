/**
 * "Send to support": the provider profile's support address as the default recipient (editable
 * here, for this session), a button that composes the mail for confirmation, and what happened
 * the last time it was sent. Nothing is sent from this panel itself.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isMailAddress } from '../../../electron/engine/model/address.ts';
import type { Case } from '../../../electron/engine/model/case.ts';
import type { ReportInput } from '../../../electron/engine/report/parse-input.ts';
import { TextField } from '../case/Field.tsx';
import { formatMoment } from '../findings/format.ts';
import { useSessionState } from '../findings/session.tsx';
import { currentLang } from '../i18n/index.ts';
import { cleanHost, effectivePort, parseServers } from '../smtp/host.ts';
import { useRecentServers } from '../smtp/recent.ts';
import { usePassword, useServerSettings } from '../smtp/server-settings.ts';
import { SupportDialog } from './SupportDialog.tsx';
import type { SupportServer } from './support.ts';

interface LastSent {
  readonly to: string;
  readonly at: string;
  readonly accepted: boolean;
  readonly queueId?: string;
}

const noop = (): void => undefined;

export interface SupportPanelProps {
  readonly draft: Case;
  readonly input: ReportInput;
  readonly update: (change: (c: Case) => Case) => void;
  readonly onGoToServer: () => void;
}

export function SupportPanel({ draft, input, update, onGoToServer }: SupportPanelProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const recent = useRecentServers();
  const { server, advanced } = useServerSettings(draft, recent.list, update);
  const [password] = usePassword();
  const [typedTo, setTypedTo] = useSessionState<string | null>('report.support.to', null);
  const [last, setLast] = useSessionState<LastSent | null>('report.support.last', null);
  // The report as it was when the dialog opened: what the consultant reads is what is sent.
  const [open, setOpen] = useState<{ input: ReportInput; to: string } | undefined>(undefined);
  const [touched, setTouched] = useState(false);

  const to = typedTo ?? draft.provider.supportAddress;
  const toProblem = to.trim() === '' ? t('support.to.missing') : !isMailAddress(to.trim()) ? t('validation.invalid-email') : undefined;
  const host = cleanHost(server.host);
  const supportServer: SupportServer | undefined =
    host !== '' && effectivePort(server) !== undefined
      ? {
          host,
          port: server.port,
          security: server.security,
          user: server.user,
          ca: advanced.ca,
          dnsServers: parseServers(advanced.dnsServers),
        }
      : undefined;
  const provider = draft.provider.name.trim();

  return (
    <section className="report-section support-panel" aria-labelledby={`${id}-heading`} data-testid="support-panel">
      <h2 id={`${id}-heading`}>{t('support.heading')}</h2>
      <p className="section-hint">{provider ? t('support.panel.introNamed', { provider }) : t('support.panel.intro')}</p>
      <form
        className="support-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!toProblem) setOpen({ input, to: to.trim() });
        }}
      >
        <TextField
          id={`${id}-to`}
          label={t('support.to.label')}
          hint={draft.provider.supportAddress ? t('support.to.hintProfile') : t('support.to.hint')}
          value={to}
          error={touched ? toProblem : undefined}
          onChange={(value) => setTypedTo(value)}
          onBlur={noop}
          inputMode="email"
          className="field-narrow"
        />
        <div className="run-actions">
          <button type="submit" className="button-primary">
            {t('support.prepare')}
          </button>
        </div>
      </form>
      <p className="meta support-never">{t('support.never')}</p>
      {last ? (
        <p className={`notice ${last.accepted ? 'notice-info' : 'notice-warning'} support-last`} role="status" data-testid="support-last">
          {t(last.accepted ? 'support.last.accepted' : 'support.last.refused', { to: last.to, when: formatMoment(lang, last.at) })}
          {last.queueId ? ` ${t('support.last.queueId', { queueId: last.queueId })}` : ''}
        </p>
      ) : null}
      {open ? (
        <SupportDialog
          input={open.input}
          to={open.to}
          from={draft.sender.trim()}
          server={supportServer}
          password={password}
          onClose={() => setOpen(undefined)}
          onGoToServer={onGoToServer}
          onSent={(outcome, sentTo) =>
            setLast({
              to: sentTo,
              at: new Date().toISOString(),
              accepted: outcome.accepted.length > 0 && outcome.rejected.length === 0,
              ...(outcome.queueId ? { queueId: outcome.queueId } : {}),
            })
          }
        />
      ) : null}
    </section>
  );
}
