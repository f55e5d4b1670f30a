/**
 * A report someone else made, read-only: clearly marked as theirs (who made it, with which
 * Mailpath, when, in which language), re-rendered in the language on screen — verdict, facts,
 * findings with their evidence, the steps that ran — and savable or printable again in that
 * language. Nothing here changes the consultant's own case or runs any check.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../findings/format.ts';
import { localizeFindings } from '../findings/localize.ts';
import { OperationError } from '../findings/OperationError.tsx';
import { currentLang, isLang } from '../i18n/index.ts';
import { ExportBar } from './ExportBar.tsx';
import { stepDetail, stepLabel } from './labels.ts';
import type { OpenedReport } from './open-report.ts';
import { FactsTable, FindingsSection, VerdictCard } from './ReportBody.tsx';
import { useBuiltReport } from './use-report.ts';

export interface ViewerProps {
  readonly opened: OpenedReport;
  readonly onClose: () => void;
}

function Origin({ opened }: { opened: OpenedReport }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const env = opened.origin.environment;
  const when = opened.origin.generatedAt ? formatMoment(lang, opened.origin.generatedAt) : undefined;
  const madeIn = env?.lang && isLang(env.lang) ? t(`viewer.lang.${env.lang}`) : env?.lang;
  return (
    <dl className="viewer-origin" data-testid="viewer-origin">
      <div>
        <dt>{t('viewer.file')}</dt>
        <dd className="mono">{opened.name}</dd>
      </div>
      <div>
        <dt>{t('viewer.made')}</dt>
        <dd data-testid="viewer-made">{when ?? t('viewer.unknown')}</dd>
      </div>
      <div>
        <dt>{t('viewer.madeWith')}</dt>
        <dd>
          {env?.appVersion ? t('viewer.app', { version: env.appVersion, host: env.host ?? '?', os: env.os ?? '?' }) : t('viewer.unknown')}
        </dd>
      </div>
      {madeIn ? (
        <div>
          <dt>{t('viewer.madeIn')}</dt>
          <dd>
            {madeIn}
            {env?.timeZone ? ` · ${env.timeZone}` : ''}
          </dd>
        </div>
      ) : null}
      {env?.resolver ? (
        <div>
          <dt>{t('report.resolver')}</dt>
          <dd className="mono">{env.resolver}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function Viewer({ opened, onClose }: ViewerProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const input = useMemo(() => ({ ...opened.input, findings: localizeFindings(opened.input.findings, lang) }), [opened, lang]);
  const { state, retry } = useBuiltReport(input, lang);
  const sender = opened.input.case.sender.trim();

  return (
    <div className="report-viewer" data-testid="report-viewer">
      <div className="viewer-banner" role="note">
        <div className="viewer-banner-head">
          <p className="viewer-badge">{t('viewer.badge')}</p>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('viewer.close')}
          </button>
        </div>
        <p className="viewer-title">{sender ? t('viewer.titleFrom', { sender }) : t('viewer.title')}</p>
        <p className="meta">{t('viewer.readOnly', { lang: t(`viewer.lang.${lang}`) })}</p>
        <Origin opened={opened} />
      </div>
      {state.status === 'failed' ? <OperationError error={state.error} what={t('report.building')} onRetry={retry} /> : null}
      {state.status === 'building' ? <p role="status">{t('report.building')}</p> : null}
      {state.status === 'ready' ? (
        <>
          <VerdictCard report={state.report} />
          <FactsTable report={state.report} lang={lang} />
          <FindingsSection report={state.report} />
          <section className="report-section steps-section" aria-labelledby="viewer-steps-heading">
            <h2 id="viewer-steps-heading">{t('report.stepsRun')}</h2>
            {opened.input.steps.length === 0 ? (
              <p className="meta">{t('viewer.noSteps')}</p>
            ) : (
              <ul className="not-done-list">
                {opened.input.steps.map((s, i) => (
                  <li key={`${s.name}-${i}`} data-step={s.name} data-state={s.status}>
                    <strong>{stepLabel(t, s.name)}</strong>{' '}
                    <span className={`status-word is-${s.status}`}>{t(`report.stepStatus.${s.status}`)}</span>
                    {s.detail ? <span className="meta"> — {stepDetail(i18n, s)}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      <ExportBar input={input} name="viewer" />
    </div>
  );
}
