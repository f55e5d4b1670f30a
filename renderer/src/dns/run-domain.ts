/**
 * One domain's checks through the `domainCheck` operation, stored in the case as
 * `dns.sender` / `dns.recipient.<domain>` with the options used, so the report can show the DNS
 * evidence and the step can be re-run after a fix.
 */
import type { Case } from '../../../electron/engine/model/case.ts';
import { api } from '../api/index.ts';
import { makeStepResult, withResult } from '../findings/results.ts';
import type { RunTask } from '../findings/run.ts';
import type { Lang } from '../i18n/index.ts';
import { parseList, type DnsTarget } from './targets.ts';
import type { DnsRunInput, DnsSettings } from './settings.ts';

/** What `data` of a stored DNS result holds. */
export interface DnsResultData {
  readonly domain: string;
  readonly role: 'sender' | 'recipient';
  /** The DNS servers asked, as the engine names them. */
  readonly resolver: string;
  readonly steps: readonly { readonly name: string; readonly status: string; readonly startedAt: string; readonly ms: number }[];
  readonly evidence: readonly unknown[];
  readonly input: DnsRunInput;
}

export function runInput(settings: DnsSettings): DnsRunInput {
  return {
    ips: parseList(settings.ips),
    dkimSelectors: parseList(settings.selectors),
    servers: parseList(settings.servers),
    authoritative: settings.authoritative,
  };
}

/** The HELO name a header analysis in the case saw with one of these IPs, if any. */
export function heloFromCase(c: Case, ips: readonly string[]): string | undefined {
  for (const [key, result] of Object.entries(c.results)) {
    if (!key.startsWith('offline.headers.')) continue;
    const output = (result.data as { output?: { sendingIp?: unknown; helo?: unknown } } | undefined)?.output;
    if (typeof output?.helo === 'string' && typeof output.sendingIp === 'string' && ips.includes(output.sendingIp)) return output.helo;
  }
  return undefined;
}

export interface DomainTaskOptions {
  readonly target: DnsTarget;
  readonly input: DnsRunInput;
  readonly draft: Case;
  readonly lang: Lang;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
}

export function domainTask({ target, input, draft, lang, update, flush }: DomainTaskOptions): RunTask {
  return async ({ requestId, onProgress, startedAt }) => {
    const sender = target.role === 'sender';
    const helo = sender ? heloFromCase(draft, input.ips) : undefined;
    const mxPattern = draft.provider.mxPattern.trim();
    const result = await api.domainCheck(
      {
        domain: target.domain,
        role: target.role,
        ...(sender ? { ips: [...input.ips], dkimSelectors: [...input.dkimSelectors], from: draft.sender.trim() } : {}),
        ...(helo ? { helo } : {}),
        ...(!sender && mxPattern !== '' ? { mxPattern } : {}),
        dns: { servers: [...input.servers], authoritative: input.authoritative },
      },
      { lang, onProgress, requestId },
    );
    if (!result.ok) return result;
    const v = result.value;
    const data: DnsResultData = { domain: v.domain, role: v.role, resolver: v.resolver, steps: v.steps, evidence: v.evidence, input };
    update((c) => withResult(c, target.key, makeStepResult(v.findings, startedAt, data)));
    flush();
    return undefined;
  };
}
