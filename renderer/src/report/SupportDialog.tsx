/**
 * The composed mail to support, shown in full before anything is sent: recipient, sender, subject,
 * the body as it will arrive, the attachments and the server it goes through. "Send" is the only
 * way it leaves; "Open in my mail program" hands a `mailto:` draft over instead. A password the
 * server needs and step 3 does not hold is asked for here, used for this one call and forgotten.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpFailure } from '../../../electron/engine/contract/result.ts';
import type { ReportInput } from '../../../electron/engine/report/parse-input.ts';
import { api } from '../api/index.ts';
import { CancelButton, OperationError } from '../findings/OperationError.tsx';
import { newRequestId } from '../findings/run.ts';
import { localeFor, currentLang } from '../i18n/index.ts';
import { effectivePort, hostPort } from '../smtp/host.ts';
import { SendResult } from './SendResult.tsx';
import { composeMail, fitMailto, formatSize, sendInput, type ComposedMail, type SendOutcome, type SupportServer } from './support.ts';

export interface SupportDialogProps {
  readonly input: ReportInput;
  readonly to: string;
  readonly from: string;
  readonly server: SupportServer | undefined;
  /** The password step 3 holds in memory ('' when none). */
  readonly password: string;
  readonly onClose: () => void;
  readonly onSent: (outcome: SendOutcome, to: string) => void;
  readonly onGoToServer: () => void;
}

type Phase =
  | { readonly name: 'composing' }
  | { readonly name: 'review'; readonly mail: ComposedMail }
  | { readonly name: 'sending'; readonly mail: ComposedMail; readonly requestId: string }
  | { readonly name: 'sent'; readonly mail: ComposedMail; readonly outcome: SendOutcome }
  | { readonly name: 'failed'; readonly mail?: ComposedMail; readonly error: OpFailure };

export function SupportDialog(props: SupportDialogProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'composing' });
  const [typedPassword, setTypedPassword] = useState('');
  const { input, to, onClose } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    let live = true;
    void composeMail(input, to, { lang }).then((r) => {
      if (live) setPhase(r.ok ? { name: 'review', mail: r.value } : { name: 'failed', error: r });
    });
    return () => {
      live = false;
    };
  }, [input, to, lang]);

  const server = props.server;
  const user = server?.user.trim() ?? '';
  const needsPassword = user !== '' && props.password === '';
  const password = props.password !== '' ? props.password : typedPassword;
  const mail = phase.name === 'composing' ? undefined : phase.mail;
  const canSend = mail !== undefined && server !== undefined && (!needsPassword || typedPassword !== '') && phase.name !== 'sending';

  const send = async (): Promise<void> => {
    if (!mail || !server) return;
    const requestId = newRequestId();
    setPhase({ name: 'sending', mail, requestId });
    const result = await api.supportSend(sendInput(input, mail.to, props.from, server, password), { lang, requestId });
    setTypedPassword('');
    if (!result.ok) return setPhase({ name: 'failed', mail, error: result });
    setPhase({ name: 'sent', mail, outcome: result.value });
    props.onSent(result.value, mail.to);
  };

  const close = (): void => {
    if (phase.name === 'sending') api.cancel(phase.requestId);
    ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      className="support-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={() => {
        if (phase.name === 'sending') api.cancel(phase.requestId);
      }}
      data-testid="support-dialog"
    >
      <div className="support-dialog-inner">
        <h2 id={`${id}-title`}>{phase.name === 'sent' ? t('support.dialog.sentTitle') : t('support.dialog.title')}</h2>
        {phase.name === 'composing' ? <p role="status">{t('support.dialog.composing')}</p> : null}
        {mail && phase.name !== 'sent' ? (
          <>
            <p className="section-hint">{t('support.dialog.intro')}</p>
            <dl className="mail-head">
              <div>
                <dt>{t('support.mail.to')}</dt>
                <dd className="mono" data-testid="mail-to">
                  {mail.to}
                </dd>
              </div>
              <div>
                <dt>{t('support.mail.from')}</dt>
                <dd className="mono">{props.from || '—'}</dd>
              </div>
              <div>
                <dt>{t('support.mail.subject')}</dt>
                <dd data-testid="mail-subject">{mail.subject}</dd>
              </div>
              <div>
                <dt>{t('support.mail.attachments')}</dt>
                <dd>
                  <ul className="attachment-list">
                    {mail.attachments.map((a) => (
                      <li key={a.filename}>
                        <span className="mono">{a.filename}</span> <span className="meta">({formatSize(localeFor(lang), a.size)})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
            <h3 className="mail-body-heading">{t('support.mail.body')}</h3>
            <pre className="mail-body" tabIndex={0} data-testid="mail-body">
              {mail.text}
            </pre>
            {server ? (
              <p className="mail-route">
                {t(user ? 'support.dialog.via' : 'support.dialog.viaNoUser', {
                  server: hostPort(server.host, effectivePort(server) ?? 587),
                  security: t(`smtp.security.${server.security}`),
                  user,
                })}
              </p>
            ) : (
              <div className="notice notice-warning" role="note">
                <div className="notice-body">
                  <p>{t('support.dialog.noServer')}</p>
                  <p>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => {
                        close();
                        props.onGoToServer();
                      }}
                    >
                      {t('smtp.server.choose')}
                    </button>
                  </p>
                </div>
              </div>
            )}
            {server && needsPassword ? (
              <div className="field field-narrow">
                <label htmlFor={`${id}-pw`} className="field-label">
                  {t('support.dialog.password', { user })}
                </label>
                <input
                  id={`${id}-pw`}
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  value={typedPassword}
                  onChange={(e) => setTypedPassword(e.target.value)}
                  aria-describedby={`${id}-pw-hint`}
                />
                <p id={`${id}-pw-hint`} className="field-hint">
                  {t('support.dialog.passwordHint')}
                </p>
              </div>
            ) : null}
          </>
        ) : null}
        {phase.name === 'failed' ? (
          <OperationError error={phase.error} what={t(phase.mail ? 'support.dialog.sendWhat' : 'support.dialog.composeWhat')} />
        ) : null}
        {phase.name === 'sent' ? <SendResult outcome={phase.outcome} to={phase.mail.to} /> : null}
        <div className="dialog-actions">
          {phase.name === 'sent' ? (
            <button type="button" className="button-primary" onClick={close}>
              {t('support.dialog.done')}
            </button>
          ) : (
            <>
              <button type="button" className="button-primary" disabled={!canSend} onClick={() => void send()}>
                {phase.name === 'sending' ? t('support.dialog.sending') : t('support.dialog.send', { to: mail?.to ?? '' })}
              </button>
              {mail ? (
                <a className="button-secondary" href={fitMailto(mail.mailto)} data-testid="mailto">
                  {t('support.dialog.mailto')}
                </a>
              ) : null}
              {phase.name === 'sending' ? <CancelButton onCancel={() => api.cancel(phase.requestId)} /> : null}
              <button type="button" className="button-quiet" onClick={close}>
                {t('support.dialog.close')}
              </button>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}
