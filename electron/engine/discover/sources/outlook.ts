/**
 * Source 2b: Outlook (classic, Windows), read-only with the built-in `reg query`. POP and IMAP
 * accounts live under
 *   HKCU\Software\Microsoft\Office\<16.0|15.0>\Outlook\Profiles\<profile>\9375CFF0413111d3B88A00104B2A6676\<nnnnnnnn>
 * (Outlook 2010 and older: HKCU\Software\Microsoft\Windows NT\CurrentVersion\Windows Messaging
 * Subsystem\Profiles\…). Values: `SMTP Server`, `Email`, `Account Name` (REG_BINARY, UTF-16LE),
 * `SMTP Port` (DWORD, default 25), `SMTP Secure Connection` (DWORD: 0 none, 1 SSL/TLS,
 * 2 STARTTLS, 3 automatic), `SMTP Use Auth` (DWORD). Exchange and Microsoft 365 accounts keep no
 * SMTP server: Outlook submits over MAPI/HTTPS. `--client-config` takes `reg query` output or a
 * `.reg` export instead.
 */
import type { Finding } from '../../model/finding.ts';
import { discoverFinding, errorText, makeCandidate, textEvidence } from '../candidate.ts';
import { collectFiles, readText } from '../clients/files.ts';
import { parseRegistry, regNumber, regText, type RegTree } from '../clients/registry.ts';
import { defaultSecurity, portNote } from '../ports.ts';
import { joinNotes, note } from '../texts.ts';
import type { Candidate, DiscoverDeps, DiscoverParams, Security, SourceResult } from '../types.ts';

const CLIENT = 'Outlook';
const ACCOUNTS = '9375CFF0413111d3B88A00104B2A6676';

export const OUTLOOK_KEYS: readonly string[] = [
  'HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
  'HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
  'HKCU\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
];

export interface OutlookAccount {
  readonly key: string;
  readonly profile: string;
  readonly account?: string;
  readonly email?: string;
  readonly host: string;
  readonly port?: number;
  /** undefined: "automatic". */
  readonly security?: Security;
  readonly auth: boolean;
  readonly lines: readonly string[];
}

const SECURE: Record<number, Security> = { 0: 'none', 1: 'tls', 2: 'starttls' };

/** The accounts with an SMTP server in a registry tree. */
export function outlookAccounts(tree: RegTree): OutlookAccount[] {
  const out: OutlookAccount[] = [];
  for (const [key, values] of tree) {
    const m = new RegExp(`\\\\Profiles\\\\([^\\\\]+)\\\\${ACCOUNTS}\\\\([0-9a-f]{8})$`, 'i').exec(key);
    if (!m) continue;
    const host = regText(values.get('SMTP Server'))?.trim();
    if (!host) continue;
    const secure = regNumber(values.get('SMTP Secure Connection'));
    const port = regNumber(values.get('SMTP Port'));
    const useAuth = regNumber(values.get('SMTP Use Auth'));
    const email = regText(values.get('Email'))?.trim();
    const account = regText(values.get('Account Name'))?.trim();
    const lines = ['Account Name', 'Email', 'SMTP Server', 'SMTP Port', 'SMTP Secure Connection', 'SMTP Use Auth']
      .filter((n) => values.has(n))
      .map((n) => {
        const v = values.get(n);
        return `${n} = ${v?.type === 'dword' ? v.value : regText(v)}`;
      });
    out.push({
      key,
      profile: m[1] ?? '',
      ...(account ? { account } : {}),
      ...(email ? { email } : {}),
      host,
      ...(port !== undefined ? { port } : {}),
      ...(secure !== undefined && SECURE[secure] ? { security: SECURE[secure] } : {}),
      // Outlook sends AUTH when "My outgoing server requires authentication" is ticked (SMTP Use Auth = 1).
      auth: useAuth === undefined ? true : useAuth !== 0,
      lines: [key, ...lines],
    });
  }
  return out;
}

async function registryTexts(
  params: DiscoverParams,
  deps: DiscoverDeps,
): Promise<{ texts: { where: string; text: string }[]; findings: Finding[] }> {
  const { lang } = deps;
  const cfg = params.clientConfig;
  const texts: { where: string; text: string }[] = [];
  const findings: Finding[] = [];
  if (cfg && cfg !== 'auto') {
    for (const file of await collectFiles(deps, cfg.path, (n) => /\.(reg|txt)$/i.test(n))) {
      try {
        const text = await readText(deps, file);
        if (text.includes(ACCOUNTS)) texts.push({ where: file, text });
      } catch (error) {
        findings.push(
          discoverFinding(lang, 'discover.skipped.unreadable', 'outlook', 'skipped', {
            client: CLIENT,
            path: file,
            error: errorText(error),
          }),
        );
      }
    }
    return { texts, findings };
  }
  for (const key of OUTLOOK_KEYS) {
    try {
      texts.push({ where: key, text: await deps.regQuery(key) });
    } catch {
      // The key is absent for Office versions that are not installed.
    }
  }
  return { texts, findings };
}

export async function fromOutlook(params: DiscoverParams, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  const cfg = params.clientConfig;
  if (!cfg)
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.not-requested', 'outlook', 'skipped', { client: CLIENT })],
    };
  if (cfg === 'auto' && deps.platform !== 'win32') {
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.os', 'outlook', 'skipped', { client: CLIENT, os: 'Windows' })],
    };
  }
  const { texts, findings } = await registryTexts(params, deps);
  const candidates: Candidate[] = [];
  const email = params.email?.trim().toLowerCase();
  let accounts = 0;
  for (const { where, text } of texts) {
    for (const a of outlookAccounts(parseRegistry(text))) {
      accounts++;
      const port = a.port ?? 25;
      const security = a.security ?? defaultSecurity(port);
      const forSender = email !== undefined && a.email?.toLowerCase() === email;
      candidates.push(
        makeCandidate({
          host: a.host,
          port,
          security,
          auth: a.auth,
          source: 'outlook',
          evidence: [textEvidence(`Outlook registry (${where})`, a.lines.join('\n'))],
          confidence: forSender ? 0.9 : email ? 0.45 : 0.6,
          note: joinNotes(
            forSender
              ? note(lang, 'client.identity', { client: CLIENT, email: a.email ?? '' })
              : note(lang, 'client.server', { client: CLIENT, where: [a.profile, a.account ?? a.email].filter(Boolean).join(', ') }),
            a.port === undefined ? note(lang, 'client.port-default', { client: CLIENT, port }) : undefined,
            a.security === undefined ? note(lang, 'client.auto-security') : undefined,
            portNote(lang, port),
          ),
        }),
      );
    }
  }
  if (accounts > 0)
    findings.push(
      discoverFinding(lang, 'discover.client.found', 'outlook', 'info', {
        client: CLIENT,
        count: accounts,
        path: texts.map((t) => t.where).join(', '),
      }),
    );
  else if (texts.length > 0)
    findings.push(
      discoverFinding(lang, 'discover.outlook.no-smtp', 'outlook', 'skipped', {
        client: CLIENT,
        path: texts.map((t) => t.where).join(', '),
      }),
    );
  else
    findings.push(
      discoverFinding(lang, 'discover.skipped.not-found', 'outlook', 'skipped', {
        client: CLIENT,
        path: cfg === 'auto' ? OUTLOOK_KEYS.join(', ') : cfg.path,
      }),
    );
  return { candidates, findings };
}
