/** One report, one format: the file's content, type and suggested name, for every host to save or show. */
import type { Lang } from '../i18n/index.ts';
import type { Report } from '../model/report.ts';
import { renderHtml } from './html.ts';
import type { RenderOptions } from './render-options.ts';
import { renderText } from './text.ts';

export type ReportTextFormat = 'html' | 'text' | 'json';

export interface RenderedFile {
  readonly format: ReportTextFormat;
  readonly mimeType: string;
  readonly fileName: string;
  readonly content: string;
}

/** Renders an already redacted report; `stem` is the file name without extension. */
export function renderReportAs(report: Report, format: ReportTextFormat, lang: Lang, options: RenderOptions & { readonly stem: string }): RenderedFile {
  switch (format) {
    case 'html':
      return { format, mimeType: 'text/html; charset=utf-8', fileName: `${options.stem}.html`, content: renderHtml(report, lang, options) };
    case 'text':
      return { format, mimeType: 'text/plain; charset=utf-8', fileName: `${options.stem}.txt`, content: renderText(report, lang, options) };
    case 'json':
      return { format, mimeType: 'application/json', fileName: `${options.stem}.json`, content: `${JSON.stringify(report, null, 2)}\n` };
  }
}

/** The file name (without extension) every host suggests for a report: its case reference, else its date. */
export function reportFileStem(report: Report): string {
  const ref = report.case.reference.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `mailpath-report-${ref || report.generatedAt.slice(0, 10)}`;
}
