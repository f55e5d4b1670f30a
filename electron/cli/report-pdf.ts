/**
 * The parts of `mailpath report` beyond the operation table: `--mask` parsing, and the PDF, which
 * the CLI makes from the rendered HTML with a local browser (the app uses Electron's printToPDF).
 */
import { writeFile } from 'node:fs/promises';
import { OpError } from '../engine/contract/result.ts';
import type { PdfRenderer } from '../engine/report/pdf.ts';
import type { MaskOptions } from '../engine/report/render-options.ts';
import { UsageError } from './args.ts';
import type { OpFailureOutcome } from './context.ts';

const MASK_NAMES: Readonly<Record<string, keyof MaskOptions>> = {
  'local-parts': 'localParts',
  'internal-hosts': 'internalHosts',
  'internal-ips': 'internalIps',
};

/** `local-parts,internal-hosts,internal-ips` (or `all`) → mask options; undefined when not given. */
export function parseMask(text: string | undefined): MaskOptions | undefined {
  if (text === undefined) return undefined;
  const out: Record<string, boolean> = {};
  for (const raw of text.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'all') for (const key of Object.values(MASK_NAMES)) out[key] = true;
    else if (MASK_NAMES[name]) out[MASK_NAMES[name]] = true;
    else throw new UsageError(`--mask takes ${Object.keys(MASK_NAMES).join(', ')} or all, separated by commas (got "${raw.trim()}")`);
  }
  if (Object.keys(out).length === 0) throw new UsageError('--mask needs at least one of local-parts, internal-hosts, internal-ips, all');
  return out;
}

/** Prints the HTML to PDF and writes it to `out`; a missing browser is an `unsupported` failure, not a crash. */
export async function writePdf(
  html: string,
  out: string,
  renderPdf: PdfRenderer,
  signal: AbortSignal,
): Promise<{ readonly bytes: number } | OpFailureOutcome> {
  let pdf: Uint8Array;
  try {
    pdf = await renderPdf(html, { signal });
  } catch (error) {
    if (error instanceof OpError) return { failure: { ok: false, code: error.code, message: error.message } };
    throw error;
  }
  try {
    await writeFile(out, pdf);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
  return { bytes: pdf.byteLength };
}
