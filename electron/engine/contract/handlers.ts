/**
 * The engine's implementation of every operation in `ops.ts`. Handlers are small: they call the
 * engine modules that do the work. The mapped type makes a missing or mistyped handler a compile error.
 */
import { LANGS } from '../i18n/index.ts';
import { newCase, validateCase, type Case } from '../model/case.ts';
import type { Finding } from '../model/finding.ts';
import type { Report, StepRecord } from '../model/report.ts';
import { parseDeepLink } from '../deeplink/parse.ts';
import { buildReport } from '../report/build.ts';
import { redactReport } from '../report/redact.ts';
import { renderReportAs, reportFileStem } from '../report/render.ts';
import { parseReportInput } from '../report/parse-input.ts';
import type { OpContext } from './context.ts';
import { OpError } from './result.ts';
import { dnsblCheck, domainCheck, spfCheck } from './handlers-dns.ts';
import { bounceRead, headersAnalyze, logTrace } from './handlers-offline.ts';
import { mxProbe, smtpTest } from './handlers-smtp.ts';
import { serverFind } from './handlers-discover.ts';
import { diagnose } from './handlers-diagnose.ts';
import { supportCompose, supportSend } from './handlers-support.ts';
import { secretForget, secretLoad, secretSave, secretStatus } from './handlers-secrets.ts';
import { OP_NAMES, type OpName, type OpOutput, type OpParsedInput, type RenderedReport, type SavedCase } from './ops.ts';

type Handlers = { readonly [K in OpName]: (input: OpParsedInput<K>, ctx: OpContext) => Promise<OpOutput<K>> };

async function saveDraft(draft: Case, ctx: OpContext): Promise<SavedCase> {
  const { store } = ctx.services;
  await store.save({ schemaVersion: 1, draft });
  return { case: draft, issues: validateCase(draft, { now: ctx.services.now(), complete: false }), location: store.location };
}

function reportFrom(
  input: { case: Case; findings: readonly unknown[]; steps: readonly StepRecord[] },
  ctx: OpContext,
): Report {
  const env = ctx.services.env;
  return buildReport({
    case: input.case,
    // Validated against FindingSchema at the boundary; evidence entries are passed through as given.
    findings: input.findings as readonly Finding[],
    steps: input.steps,
    environment: { ...env, lang: ctx.lang },
    lang: ctx.lang,
    now: ctx.services.now(),
  });
}

export const handlers: Handlers = {
  appInfo: (_input, ctx) =>
    Promise.resolve({
      name: 'Mailpath',
      version: ctx.services.env.appVersion,
      host: ctx.services.env.host,
      os: ctx.services.env.os,
      node: process.versions.node,
      languages: LANGS,
      operations: OP_NAMES,
    }),

  caseLoad: async (_input, ctx) => {
    const state = await ctx.services.store.load();
    const draft = state.draft ?? newCase(ctx.services.randomId(), ctx.services.now(), ctx.services.env.timeZone);
    return saveDraft(draft, ctx);
  },

  caseNew: (_input, ctx) => saveDraft(newCase(ctx.services.randomId(), ctx.services.now(), ctx.services.env.timeZone), ctx),

  caseSave: (input, ctx) => saveDraft({ ...input, updatedAt: ctx.services.now().toISOString() }, ctx),

  caseValidate: (input, ctx) => Promise.resolve(validateCase(input.case, { now: ctx.services.now(), complete: input.complete })),

  deepLinkParse: (input) => Promise.resolve(parseDeepLink(input.url)),

  reportParse: (input) => Promise.resolve(parseReportInput(input.content)),

  reportBuild: (input, ctx) => Promise.resolve(reportFrom(input, ctx)),

  reportRender: (input, ctx): Promise<RenderedReport> => {
    const base = reportFrom(input.input, ctx);
    const report = input.mask ? redactReport(base, { mask: input.mask }) : base;
    const stem = reportFileStem(report);
    return Promise.resolve(renderReportAs(report, input.format, ctx.lang, { stem, ...(input.mask ? { masked: input.mask } : {}) }));
  },
  reportPdf: async (input, ctx) => {
    if (!ctx.services.pdf) throw new OpError('unsupported', 'This Mailpath cannot make PDFs here: no browser to print with.');
    const base = reportFrom(input.input, ctx);
    const report = input.mask ? redactReport(base, { mask: input.mask }) : base;
    const html = renderReportAs(report, 'html', ctx.lang, { stem: 'report', ...(input.mask ? { masked: input.mask } : {}) }).content;
    const pdf = await ctx.services.pdf(html, { signal: ctx.signal });
    return { fileName: `${reportFileStem(report)}.pdf`, base64: Buffer.from(pdf).toString('base64'), bytes: pdf.byteLength };
  },
  dnsblCheck,
  spfCheck,
  bounceRead,
  headersAnalyze,
  logTrace,
  smtpTest,
  mxProbe,
  serverFind,
  domainCheck,
  diagnose,
  supportCompose,
  supportSend,
  secretStatus,
  secretSave,
  secretLoad,
  secretForget,
};
