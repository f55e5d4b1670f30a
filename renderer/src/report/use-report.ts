/**
 * The report of the case on screen, built by the engine (`reportBuild`) from every stored finding,
 * re-rendered in the UI's language (findings keep their id and params, so their texts and the
 * verdict are written again without running any check). Rebuilt when the case or the language
 * changes; an answer to an older request is dropped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { OpFailure } from '../../../electron/engine/contract/result.ts';
import type { Case } from '../../../electron/engine/model/case.ts';
import type { Report } from '../../../electron/engine/model/report.ts';
import type { ReportInput } from '../../../electron/engine/report/parse-input.ts';
import { api } from '../api/index.ts';
import { localizeFindings } from '../findings/localize.ts';
import type { Lang } from '../i18n/index.ts';
import { collectFindings, RUN_STEPS, stepRecords, type RunStep } from './collect.ts';

export type ReportState =
  | { readonly status: 'building' }
  | { readonly status: 'ready'; readonly report: Report }
  | { readonly status: 'failed'; readonly error: OpFailure };

/** The report input of a case, in `lang`: findings re-rendered, skipped steps with their reasons. */
export function reportInputOf(c: Case, lang: Lang, t: TFunction): ReportInput {
  const reasons = Object.fromEntries(RUN_STEPS.map((s) => [s, t(`report.notRun.${s}`)])) as Record<RunStep, string>;
  const updated = Date.parse(c.updatedAt);
  return {
    case: c,
    findings: localizeFindings(collectFindings(c), lang),
    steps: stepRecords(c, reasons, Number.isNaN(updated) ? new Date(0) : new Date(updated)),
  };
}

/** Builds the report of `input` (memoise it) in `lang`. */
export function useBuiltReport(input: ReportInput | undefined, lang: Lang): { state: ReportState; retry: () => void } {
  const [state, setState] = useState<ReportState>({ status: 'building' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (!input) return;
    const mine = ++latest.current;
    // Keep showing the last report while a rebuild runs: no flicker on every change.
    void api.reportBuild(input, { lang }).then((result) => {
      if (mine !== latest.current) return;
      setState(result.ok ? { status: 'ready', report: result.value } : { status: 'failed', error: result });
    });
  }, [input, lang, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

export function useCaseReport(c: Case, lang: Lang, t: TFunction): { input: ReportInput; state: ReportState; retry: () => void } {
  const input = useMemo(() => reportInputOf(c, lang, t), [c, lang, t]);
  const { state, retry } = useBuiltReport(input, lang);
  return { input, state, retry };
}
