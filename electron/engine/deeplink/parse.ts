/**
 * `mailpath://case?...` links, sent by a provider's support to prefill a case. Only allow-listed
 * parameters are read, each bounded in length; everything else is reported as ignored. A link
 * never triggers an action by itself: it only fills in fields the user then sees.
 */
import type { DeepLink } from '../contract/ops.ts';
import { OpError } from '../contract/result.ts';
import { SYMPTOMS, type Symptom } from '../model/case.ts';

type Patch = { -readonly [K in keyof DeepLink['patch']]: DeepLink['patch'][K] };
type Provider = { -readonly [K in keyof NonNullable<DeepLink['patch']['provider']>]: string };

const MAX_VALUE = 320;

/** Parameter name → how it fills the case. */
const SETTERS: Readonly<Record<string, (patch: Patch, provider: Provider, value: string) => void>> = {
  from: (p, _, v) => { p.sender = v; },
  to: (p, _, v) => { p.recipients = [...(p.recipients ?? []), v]; },
  sent: (p, _, v) => { p.sentAt = v; },
  tz: (p, _, v) => { p.timeZone = v; },
  symptom: (p, _, v) => { if ((SYMPTOMS as readonly string[]).includes(v)) p.symptom = v as Symptom; },
  ref: (p, _, v) => { p.reference = v; },
  provider: (_, pr, v) => { pr.name = v; },
  support: (_, pr, v) => { pr.supportAddress = v; },
  mx: (_, pr, v) => { pr.mxPattern = v; },
};

export function parseDeepLink(url: string): DeepLink {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OpError('invalid-input', 'Not a link: expected mailpath://case?...', 'url');
  }
  if (parsed.protocol !== 'mailpath:') throw new OpError('invalid-input', `Not a mailpath:// link (scheme "${parsed.protocol}")`, 'url');
  // mailpath://case?x and mailpath:case?x both name the action "case".
  const action = (parsed.hostname || parsed.pathname.replace(/^\/+/, '')).toLowerCase();
  if (action !== 'case') throw new OpError('invalid-input', `Unknown mailpath:// action "${action}"; only "case" exists`, 'url');

  const patch: Patch = {};
  const provider: Provider = {};
  const ignored: string[] = [];
  let recipients = 0;
  for (const [name, raw] of parsed.searchParams) {
    const setter = SETTERS[name];
    const value = raw.trim();
    if (!setter || value.length > MAX_VALUE || (name === 'to' && ++recipients > 50)) {
      if (!ignored.includes(name)) ignored.push(name);
      continue;
    }
    setter(patch, provider, value);
  }
  if (Object.keys(provider).length > 0) patch.provider = provider;
  return { action: 'case', patch, ignored };
}
