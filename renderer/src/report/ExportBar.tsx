/**
 * Save and share: the report as HTML, text or JSON files, the text summary on the clipboard, and
 * Print / PDF. Each renders the report afresh in the UI's language (`reportRender`), masked when
 * the consultant asks (addresses' local parts, internal host names, private IPs) so it can be
 * shared more widely; passwords never appear either way.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpFailure } from '../../../electron/engine/contract/result.ts';
import type { ReportInput } from '../../../electron/engine/report/parse-input.ts';
import { api } from '../api/index.ts';
import { OperationError } from '../findings/OperationError.tsx';
import { currentLang } from '../i18n/index.ts';
import { base64Bytes, copyText, downloadFile, printHtml } from './export.ts';

type Mask = { localParts: boolean; internalHosts: boolean; internalIps: boolean };
const NO_MASK: Mask = { localParts: false, internalHosts: false, internalIps: false };
type Action = 'html' | 'text' | 'json' | 'pdf' | 'copy' | 'print';
type Outcome = { readonly kind: 'ok'; readonly text: string } | { readonly kind: 'failed'; readonly error: OpFailure };

export interface ExportBarProps {
  readonly input: ReportInput | undefined;
  /** The heading's id prefix and test id, so two bars (own report, viewer) never clash. */
  readonly name: string;
}

export function ExportBar({ input, name }: ExportBarProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const [mask, setMask] = useState<Mask>(NO_MASK);
  const [busy, setBusy] = useState<Action | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const masked = mask.localParts || mask.internalHosts || mask.internalIps;

  const act = async (action: Action): Promise<void> => {
    if (!input || busy) return;
    setBusy(action);
    setOutcome(undefined);
    if (action === 'pdf') {
      // Printed by the host: Electron's printToPDF in the app, a local Chromium elsewhere.
      const pdf = await api.reportPdf({ input, ...(masked ? { mask } : {}) }, { lang });
      setBusy(undefined);
      if (!pdf.ok) return setOutcome({ kind: 'failed', error: pdf });
      downloadFile(base64Bytes(pdf.value.base64), pdf.value.fileName, 'application/pdf');
      return setOutcome({ kind: 'ok', text: t('report.export.saved', { name: pdf.value.fileName }) });
    }
    const format = action === 'copy' ? 'text' : action === 'print' ? 'html' : action;
    const result = await api.reportRender({ input, format, ...(masked ? { mask } : {}) }, { lang });
    setBusy(undefined);
    if (!result.ok) return setOutcome({ kind: 'failed', error: result });
    const file = result.value;
    if (action === 'copy') {
      const ok = await copyText(file.content);
      return setOutcome(
        ok
          ? { kind: 'ok', text: t('report.export.copied') }
          : { kind: 'failed', error: { ok: false, code: 'io', message: t('report.export.copyFailed') } },
      );
    }
    if (action === 'print') {
      printHtml(file.content);
      return setOutcome({ kind: 'ok', text: t('report.export.printed') });
    }
    downloadFile(file.content, file.fileName, file.mimeType);
    setOutcome({ kind: 'ok', text: t('report.export.saved', { name: file.fileName }) });
  };

  const button = (action: Action, primary = false): ReactNode => (
    <button
      type="button"
      className={primary ? 'button-primary' : 'button-secondary'}
      disabled={!input || busy !== undefined}
      data-action={action}
      onClick={() => void act(action)}
    >
      {t(`report.export.${action}`)}
    </button>
  );

  return (
    <section className="report-section export-bar" aria-labelledby={`${id}-heading`} data-testid={`export-${name}`}>
      <h2 id={`${id}-heading`}>{t('report.export.heading')}</h2>
      <div className="export-actions">
        {button('html', true)}
        {button('text')}
        {button('json')}
        {button('pdf')}
        {button('copy')}
        {button('print')}
      </div>
      <fieldset className="mask-options">
        <legend>{t('report.mask.legend')}</legend>
        {(['localParts', 'internalHosts', 'internalIps'] as const).map((k) => (
          <div className="choice" key={k}>
            <input
              id={`${id}-${k}`}
              type="checkbox"
              checked={mask[k]}
              onChange={(e) => setMask((m) => ({ ...m, [k]: e.target.checked }))}
            />
            <label htmlFor={`${id}-${k}`}>{t(`report.mask.${k}`)}</label>
          </div>
        ))}
        <p className="field-hint">{t('report.mask.hint')}</p>
      </fieldset>
      <div aria-live="polite" className="export-outcome">
        {outcome?.kind === 'ok' ? <p className="meta export-done">{outcome.text}</p> : null}
      </div>
      {outcome?.kind === 'failed' ? <OperationError error={outcome.error} what={t('report.export.what')} /> : null}
    </section>
  );
}
