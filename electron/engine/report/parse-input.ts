/**
 * Reads what a user hands to "make a report": a case file, a `{ case, findings, steps }` file, a
 * report's JSON, or a report's HTML (its embedded JSON). Support can thus re-render a customer's
 * report in another language or format, offline.
 */
import type { z } from 'zod';
import { OpError } from '../contract/result.ts';
import { ReportInputSchema } from '../contract/ops.ts';
import { extractEmbeddedReport } from './html.ts';

export type ReportInput = z.output<typeof ReportInputSchema>;

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function parseReportInput(content: string): ReportInput {
  const trimmed = content.trimStart();
  let data: unknown;
  if (trimmed.startsWith('<')) {
    data = extractEmbeddedReport(content);
    if (data === undefined) throw new OpError('invalid-input', 'This HTML file is not a Mailpath report (no embedded report data).', 'content');
  } else {
    try {
      data = JSON.parse(content);
    } catch (error) {
      throw new OpError('invalid-input', `Not valid JSON: ${(error as Error).message}`, 'content');
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new OpError('invalid-input', 'Expected a JSON object: a case, or { "case": …, "findings": […] }.', 'content');
  }
  const obj = data as Record<string, unknown>;
  // A bare case has an id and a sender field at the top level.
  const candidate = 'case' in obj ? { case: obj['case'], findings: obj['findings'] ?? [], steps: obj['steps'] ?? [] } : { case: obj };
  const parsed = ReportInputSchema.safeParse(candidate);
  if (!parsed.success) throw new OpError('invalid-input', `Not a Mailpath case or report — ${firstIssue(parsed.error)}`, 'content');
  return parsed.data;
}
