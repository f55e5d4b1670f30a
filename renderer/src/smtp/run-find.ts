/**
 * "Find it for me": the `serverFind` operation with the case's sender, headers the consultant
 * pasted or dropped, and the sources they allowed. The result is stored in the case as
 * `server.find` (findings, and the candidates as data), so the report can say where the server
 * came from and the list is still there after a restart.
 */
import type { OpOutput } from '../../../electron/engine/contract/ops.ts';
import { isMailAddress } from '../../../electron/engine/model/address.ts';
import type { Case } from '../../../electron/engine/model/case.ts';
import { api } from '../api/index.ts';
import { makeStepResult, withResult } from '../findings/results.ts';
import type { RunTask } from '../findings/run.ts';
import type { Lang } from '../i18n/index.ts';
import { parseServers } from './host.ts';

export const FIND_KEY = 'server.find';

export type Candidate = OpOutput<'serverFind'>['candidates'][number];

/** Headers of a sent message: pasted text, or a file's bytes. */
export interface HeadersInput {
  readonly text: string;
  readonly file?: { readonly name: string; readonly base64: string; readonly size: number };
}

export interface FindOptions {
  /** Read the mail programs' settings on this computer (`clientConfig: 'auto'`). */
  readonly clientConfig: boolean;
  readonly web: boolean;
  readonly probe: boolean;
}

export const NO_HEADERS: HeadersInput = { text: '' };
export const DEFAULT_FIND_OPTIONS: FindOptions = { clientConfig: false, web: true, probe: true };

/** What `data` of the stored `server.find` result holds. */
export interface FindResultData {
  readonly candidates: readonly Candidate[];
  readonly resolver: string;
  /** The language the candidates' notes are written in. */
  readonly lang: Lang;
  readonly input: {
    readonly email: string;
    readonly headers: 'none' | 'pasted' | 'file';
    readonly headersName?: string;
    readonly clientConfig: boolean;
    readonly web: boolean;
    readonly probe: boolean;
    readonly dnsServers: readonly string[];
  };
}

export function findData(c: Case): FindResultData | undefined {
  const data = c.results[FIND_KEY]?.data as Partial<FindResultData> | undefined;
  return Array.isArray(data?.candidates) ? (data as FindResultData) : undefined;
}

export function senderOf(c: Case): string | undefined {
  const s = c.sender.trim();
  return isMailAddress(s) ? s : undefined;
}

export function hasHeaders(h: HeadersInput): boolean {
  return h.file !== undefined || h.text.trim() !== '';
}

/** Bytes as base64, in slices (a large file would overflow the argument list of one call). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface FindTaskOptions {
  readonly draft: Case;
  readonly headers: HeadersInput;
  readonly options: FindOptions;
  readonly dnsServers: string;
  readonly lang: Lang;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
}

export function findTask({ draft, headers, options, dnsServers, lang, update, flush }: FindTaskOptions): RunTask {
  return async ({ requestId, onProgress, startedAt }) => {
    const email = senderOf(draft);
    const servers = parseServers(dnsServers);
    const content = headers.file
      ? { base64: headers.file.base64, name: headers.file.name }
      : headers.text.trim() !== ''
        ? { text: headers.text }
        : undefined;
    const result = await api.serverFind(
      {
        ...(email ? { email } : {}),
        ...(content ? { headers: content } : {}),
        clientConfig: options.clientConfig ? 'auto' : 'none',
        web: options.web,
        probe: options.probe,
        dns: { servers },
      },
      { lang, onProgress, requestId },
    );
    if (!result.ok) return result;
    const data: FindResultData = {
      candidates: result.value.candidates,
      resolver: result.value.resolver,
      lang,
      input: {
        email: email ?? '',
        headers: headers.file ? 'file' : content ? 'pasted' : 'none',
        ...(headers.file ? { headersName: headers.file.name } : {}),
        clientConfig: options.clientConfig,
        web: options.web,
        probe: options.probe,
        dnsServers: servers,
      },
    };
    update((c) => withResult(c, FIND_KEY, makeStepResult(result.value.findings, startedAt, data)));
    flush();
    return undefined;
  };
}
