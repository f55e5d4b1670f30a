/**
 * The wizard: the step list, the current step, and Back/Next. Leaving the case step with "Next"
 * asks for a complete case; the step list lets the consultant look ahead at any time.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, FieldIssue } from '../../../electron/engine/model/case.ts';
import { CaseStep } from '../case/CaseStep.tsx';
import { fieldId } from '../case/fields.ts';
import type { LinkNotice } from '../case/LinkNoticeView.tsx';
import type { IssueVisibility } from '../case/visibility.ts';
import { DnsStep } from '../dns/DnsStep.tsx';
import { SessionProvider } from '../findings/session.tsx';
import { OfflineStep } from '../offline/OfflineStep.tsx';
import { OpenFileListener } from '../report/OpenFileListener.tsx';
import { ReportStep } from '../report/ReportStep.tsx';
import { SendStep } from '../smtp/SendStep.tsx';
import { ServerStep } from '../smtp/ServerStep.tsx';
import { PlannedStep } from './PlannedStep.tsx';
import { StepNav } from './StepNav.tsx';
import { STEPS } from './steps.ts';

export interface WizardProps {
  readonly step: number;
  readonly onStep: (index: number) => void;
  readonly draft: Case;
  readonly issues: readonly FieldIssue[];
  readonly visibility: IssueVisibility;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly startNew: () => Promise<void>;
  readonly notice: LinkNotice | undefined;
  readonly onDismissNotice: () => void;
}

export function Wizard(props: WizardProps): ReactNode {
  const { t } = useTranslation();
  const { step, onStep, issues, visibility } = props;
  const id = STEPS[step] ?? 'case';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const wantSummaryFocus = useRef(false);
  const firstRender = useRef(true);
  const caseComplete = issues.length === 0;

  // A new step takes focus at its heading, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (!wantSummaryFocus.current) return;
    wantSummaryFocus.current = false;
    if (summaryRef.current) summaryRef.current.focus();
    else if (issues[0]) document.getElementById(fieldId(issues[0].field))?.focus();
  });

  const next = (): void => {
    if (id === 'case') {
      props.flush();
      if (!caseComplete) {
        visibility.attempt();
        wantSummaryFocus.current = true;
        return;
      }
    }
    onStep(Math.min(step + 1, STEPS.length - 1));
  };
  const nextId = STEPS[step + 1];

  return (
    <SessionProvider>
    <OpenFileListener onOpened={() => onStep(STEPS.indexOf('report'))} />
    <div className="wizard">
      <StepNav current={step} caseComplete={caseComplete} draft={props.draft} onSelect={onStep} />
      <main id="main" className="step" tabIndex={-1} aria-labelledby="step-heading">
        <header className="step-header">
          <p className="step-eyebrow">{t('wizard.stepOf', { n: step + 1, total: STEPS.length })}</p>
          <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
            {t(`step.${id}.title`)}
          </h1>
        </header>
        {id === 'case' ? (
          <CaseStep
            draft={props.draft}
            issues={issues}
            visibility={visibility}
            update={props.update}
            flush={props.flush}
            startNew={props.startNew}
            notice={props.notice}
            onDismissNotice={props.onDismissNotice}
            summaryRef={summaryRef}
          />
        ) : id === 'server' ? (
          <ServerStep draft={props.draft} update={props.update} flush={props.flush} onGoToCase={() => onStep(0)} />
        ) : id === 'send' ? (
          <SendStep
            draft={props.draft}
            update={props.update}
            flush={props.flush}
            onGoToServer={() => onStep(STEPS.indexOf('server'))}
            onGoToCase={() => onStep(0)}
          />
        ) : id === 'dns' ? (
          <DnsStep draft={props.draft} update={props.update} flush={props.flush} onGoToCase={() => onStep(0)} />
        ) : id === 'offline' ? (
          <OfflineStep draft={props.draft} update={props.update} flush={props.flush} />
        ) : id === 'report' ? (
          <ReportStep draft={props.draft} update={props.update} flush={props.flush} onGoToStep={(s) => onStep(STEPS.indexOf(s))} />
        ) : (
          <PlannedStep step={id} draft={props.draft} caseComplete={caseComplete} onGoToCase={() => onStep(0)} />
        )}
        <div className="step-actions">
          {step > 0 ? (
            <button type="button" className="button-secondary" onClick={() => onStep(step - 1)}>
              <span aria-hidden="true">← </span>
              {t('wizard.back')}
            </button>
          ) : (
            <span />
          )}
          {nextId ? (
            <button type="button" className="button-primary" onClick={next}>
              {t('wizard.next', { step: t(`step.${nextId}.title`) })}
              <span aria-hidden="true"> →</span>
            </button>
          ) : null}
        </div>
      </main>
    </div>
    </SessionProvider>
  );
}
