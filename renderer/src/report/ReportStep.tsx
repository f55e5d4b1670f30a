/**
 * Step 6, the report: every finding the wizard's steps stored, built into a report by the engine —
 * the verdict (who must act, the sentence, the next steps), the facts support asks for, ways to
 * save and share it and to send it to support, the findings by severity, and which steps ran with
 * a way back to each. "Run everything" runs the whole diagnosis in one go. A report someone else
 * made opens here read-only (the picker, a drop anywhere on the step, or File › Open).
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { OperationError } from '../findings/OperationError.tsx';
import { currentLang } from '../i18n/index.ts';
import type { RunStep } from './collect.ts';
import { ExportBar } from './ExportBar.tsx';
import { useReportOpener } from './open-report.ts';
import { FactsTable, FindingsSection, VerdictCard } from './ReportBody.tsx';
import { RunAll } from './RunAll.tsx';
import { StepsPanel } from './StepsPanel.tsx';
import { SupportPanel } from './SupportPanel.tsx';
import { useCaseReport } from './use-report.ts';
import { Viewer } from './Viewer.tsx';
import '../styles/report.css';

export interface ReportStepProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly onGoToStep: (step: RunStep) => void;
}

const hasFiles = (e: DragEvent): boolean => [...e.dataTransfer.types].includes('Files');

function OwnReport({ draft, update, flush, onGoToStep }: ReportStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { input, state, retry } = useCaseReport(draft, lang, t);
  return (
    <>
      {state.status === 'building' ? <p role="status">{t('report.building')}</p> : null}
      {state.status === 'failed' ? <OperationError error={state.error} what={t('report.building')} onRetry={retry} /> : null}
      {state.status === 'ready' ? (
        <>
          <VerdictCard report={state.report} />
          <FactsTable report={state.report} lang={lang} />
        </>
      ) : null}
      <div className="share-grid">
        <ExportBar input={state.status === 'ready' ? input : undefined} name="own" />
        <SupportPanel draft={draft} input={input} update={update} onGoToServer={() => onGoToStep('server')} />
      </div>
      {state.status === 'ready' ? <FindingsSection report={state.report} /> : null}
      <StepsPanel draft={draft} onGoToStep={onGoToStep} />
      <RunAll draft={draft} update={update} flush={flush} />
    </>
  );
}

export function ReportStep(props: ReportStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const opener = useReportOpener(currentLang(i18n));
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  return (
    <div
      className={`report-step${dragging ? ' is-dragging' : ''}`}
      data-testid="report-step"
      onDragEnter={(e) => {
        if (hasFiles(e)) setDragging(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) opener.openFile(file);
      }}
    >
      <div className="report-toolbar">
        <p className="step-intro">{opener.opened ? t('viewer.intro') : t('report.intro')}</p>
        <div className="open-report">
          <button type="button" className="button-secondary" onClick={() => fileInput.current?.click()} disabled={opener.run.running}>
            {t('viewer.open')}
          </button>
          <input
            ref={fileInput}
            id="report-open-file"
            type="file"
            accept=".html,.htm,.json,text/html,application/json"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) opener.openFile(file);
            }}
          />
          <p className="field-hint">{t('viewer.openHint')}</p>
        </div>
      </div>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('viewer.drop')}</p>
        </div>
      ) : null}
      {opener.run.running ? <p role="status">{t('viewer.opening')}</p> : null}
      {opener.run.state.error ? <OperationError error={opener.run.state.error} what={t('viewer.openWhat')} /> : null}
      {opener.opened ? <Viewer opened={opener.opened} onClose={opener.close} /> : <OwnReport {...props} />}
    </div>
  );
}
