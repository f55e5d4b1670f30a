/**
 * Opening a report someone sent (support reading a customer's report, offline): a file from the
 * picker, a drop, or Electron's File › Open is read by the engine (`reportParse`: a report's HTML
 * or JSON, or a case file) and kept in the session as the viewer's report. Who made it and when
 * come from the report itself (`generatedAt`, `environment`); a bare case file has neither.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpFailure } from '../../../electron/engine/contract/result.ts';
import type { Lang } from '../../../electron/engine/i18n/index.ts';
import type { Environment } from '../../../electron/engine/model/report.ts';
import { extractEmbeddedReport } from '../../../electron/engine/report/html.ts';
import type { ReportInput } from '../../../electron/engine/report/parse-input.ts';
import { api } from '../api/index.ts';
import { useOperationRun, type OperationRun } from '../findings/run.ts';
import { useSessionState } from '../findings/session.tsx';

export const VIEWER_KEY = 'report.viewer';
export const OPEN_RUN_KEY = 'report.open';
/** The size Electron's File › Open accepts too. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** Where the report was made, as far as the file says. */
export interface ReportOrigin {
  readonly generatedAt?: string;
  readonly environment?: Partial<Environment>;
}

export interface OpenedReport {
  readonly name: string;
  readonly input: ReportInput;
  readonly origin: ReportOrigin;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `generatedAt` and `environment` of a report's HTML or JSON; empty for a case file. */
export function originOf(content: string): ReportOrigin {
  let data: unknown;
  if (content.trimStart().startsWith('<')) data = extractEmbeddedReport(content);
  else {
    try {
      data = JSON.parse(content);
    } catch {
      data = undefined;
    }
  }
  if (typeof data !== 'object' || data === null) return {};
  const obj = data as Record<string, unknown>;
  const env =
    typeof obj['environment'] === 'object' && obj['environment'] !== null ? (obj['environment'] as Record<string, unknown>) : undefined;
  const environment: Partial<Record<keyof Environment, string>> = {};
  for (const k of ['appVersion', 'os', 'host', 'resolver', 'lang', 'timeZone'] as const) {
    const v = str(env?.[k]);
    if (v !== undefined) environment[k] = v;
  }
  const generatedAt = str(obj['generatedAt']);
  return { ...(generatedAt ? { generatedAt } : {}), ...(Object.keys(environment).length > 0 ? { environment } : {}) };
}

/** Opens reports into the viewer; `run` follows the reading (progress, failure). */
export function useReportOpener(lang: Lang): {
  readonly run: OperationRun;
  readonly opened: OpenedReport | null;
  openContent(name: string, content: string): void;
  openFile(file: File): void;
  close(): void;
} {
  const { t } = useTranslation();
  const run = useOperationRun(OPEN_RUN_KEY);
  const [opened, setOpened] = useSessionState<OpenedReport | null>(VIEWER_KEY, null);
  const openWith = useCallback(
    (name: string, read: () => Promise<string | OpFailure>) =>
      run.start(async ({ requestId }) => {
        const content = await read();
        if (typeof content !== 'string') return content;
        const parsed = await api.reportParse({ content }, { lang, requestId });
        if (!parsed.ok) return parsed;
        setOpened({ name, input: parsed.value, origin: originOf(content) });
        return undefined;
      }),
    [run, lang, setOpened],
  );
  return {
    run,
    opened,
    openContent: (name, content) => openWith(name, () => Promise.resolve(content)),
    openFile: (file) =>
      openWith(file.name, () =>
        file.size > MAX_REPORT_BYTES
          ? Promise.resolve<OpFailure>({
              ok: false,
              code: 'invalid-input',
              message: t('viewer.tooLarge', { name: file.name }),
              field: 'content',
            })
          : file.text(),
      ),
    close: () => {
      setOpened(null);
      run.reset();
    },
  };
}

/** What Electron's preload adds to `window.mailpath` (absent in the browser bridge). */
interface OpenFileSource {
  onOpenFile(listener: (file: { name: string; content: string }) => void): () => void;
}

function openFileSource(): OpenFileSource | undefined {
  const candidate = window.mailpath as unknown as Partial<OpenFileSource> | undefined;
  return candidate && typeof candidate.onOpenFile === 'function' ? (candidate as OpenFileSource) : undefined;
}

/** Follows File › Open (Electron): each file opens in the viewer, and `onOpened` shows the Report step. */
export function useOpenFileEvents(lang: Lang, onOpened: () => void): void {
  const opener = useReportOpener(lang);
  const latest = useRef({ opener, onOpened });
  useEffect(() => {
    latest.current = { opener, onOpened };
  });
  useEffect(() => {
    const source = openFileSource();
    if (!source) return undefined;
    return source.onOpenFile((file) => {
      latest.current.opener.openContent(file.name, file.content);
      latest.current.onOpened();
    });
  }, []);
}
