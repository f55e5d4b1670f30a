/**
 * Source 2c: Apple Mail on macOS, read-only. Mail kept its accounts in an XML property list,
 * `~/Library/Mail/V<n>/MailData/Accounts.plist`: `DeliveryAccounts` lists the outgoing (SMTP)
 * servers (`Hostname`, `PortNumber`, `SSLEnabled`, `ShouldUseAuthentication`, `Username`) and
 * `MailAccounts` the mailboxes (`EmailAddresses`, `SMTPIdentifier` = "host:user" of the server
 * they send through). Newer macOS versions keep accounts in `~/Library/Accounts/Accounts4.sqlite`,
 * a database this source does not read, and protect `~/Library/Mail` until the app is granted Full
 * Disk Access; both are reported as skipped, with why.
 */
import { join } from 'node:path';
import type { Finding } from '../../model/finding.ts';
import { discoverFinding, errorText, makeCandidate, textEvidence } from '../candidate.ts';
import { collectFiles, decodeText } from '../clients/files.ts';
import { isBinaryPlist, parsePlist, type PlistValue } from '../clients/plist.ts';
import { portNote } from '../ports.ts';
import { joinNotes, note } from '../texts.ts';
import type { Candidate, DiscoverDeps, DiscoverParams, SourceResult } from '../types.ts';

const CLIENT = 'Apple Mail';

type Dict = Record<string, PlistValue>;
const isDict = (v: PlistValue | undefined): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: PlistValue | undefined): PlistValue[] => (Array.isArray(v) ? v : []);

export interface AppleDelivery {
  readonly host: string;
  readonly port?: number;
  readonly ssl: boolean;
  readonly auth: boolean;
  readonly username?: string;
  /** Addresses of the mail accounts that send through it. */
  readonly emails: readonly string[];
  readonly dict: Dict;
}

/** The outgoing servers of an Accounts.plist root. */
export function appleDeliveryAccounts(root: PlistValue | undefined): AppleDelivery[] {
  if (!isDict(root)) return [];
  const mailAccounts = asList(root['MailAccounts']).filter(isDict);
  const out: AppleDelivery[] = [];
  for (const d of asList(root['DeliveryAccounts']).filter(isDict)) {
    const host = typeof d['Hostname'] === 'string' ? d['Hostname'].trim() : '';
    if (!host) continue;
    const username = typeof d['Username'] === 'string' ? d['Username'] : undefined;
    const id = `${host}:${username ?? ''}`.toLowerCase();
    const emails = mailAccounts
      .filter(
        (m) =>
          typeof m['SMTPIdentifier'] === 'string' &&
          (m['SMTPIdentifier'].toLowerCase() === id || m['SMTPIdentifier'].toLowerCase() === host.toLowerCase()),
      )
      .flatMap((m) => asList(m['EmailAddresses']).filter((e): e is string => typeof e === 'string'));
    const port = typeof d['PortNumber'] === 'number' ? d['PortNumber'] : Number(d['PortNumber']);
    out.push({
      host,
      ...(Number.isInteger(port) && port > 0 ? { port } : {}),
      ssl: d['SSLEnabled'] === true || d['SSLEnabled'] === 'YES',
      auth: d['ShouldUseAuthentication'] !== false && d['ShouldUseAuthentication'] !== 'NO',
      ...(username ? { username } : {}),
      emails,
      dict: d,
    });
  }
  return out;
}

async function plistFiles(
  deps: DiscoverDeps,
  params: DiscoverParams,
): Promise<{ files: string[]; looked: string; sqlite: boolean; denied?: string }> {
  const cfg = params.clientConfig;
  if (cfg && cfg !== 'auto')
    return { files: await collectFiles(deps, cfg.path, (n) => /\.plist$/i.test(n)), looked: cfg.path, sqlite: false };
  const mail = join(deps.homedir, 'Library', 'Mail');
  const files: string[] = [];
  let denied: string | undefined;
  try {
    for (const v of (await deps.readDir(mail)).filter((n) => /^V\d+$/.test(n)).sort()) {
      const f = join(mail, v, 'MailData', 'Accounts.plist');
      if (await deps.exists(f)) files.push(f);
    }
  } catch (error) {
    const code = errorText(error);
    if (code === 'EPERM' || code === 'EACCES') denied = mail;
  }
  const sqlite = await deps.exists(join(deps.homedir, 'Library', 'Accounts', 'Accounts4.sqlite'));
  return { files, looked: mail, sqlite, ...(denied ? { denied } : {}) };
}

export async function fromAppleMail(params: DiscoverParams, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  const cfg = params.clientConfig;
  if (!cfg)
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.not-requested', 'apple-mail', 'skipped', { client: CLIENT })],
    };
  if (cfg === 'auto' && deps.platform !== 'darwin') {
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.os', 'apple-mail', 'skipped', { client: CLIENT, os: 'macOS' })],
    };
  }
  const { files, looked, sqlite, denied } = await plistFiles(deps, params);
  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  const email = params.email?.trim().toLowerCase();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(file);
    } catch (error) {
      const code = errorText(error);
      findings.push(
        code === 'EPERM' || code === 'EACCES'
          ? discoverFinding(lang, 'discover.skipped.permission', 'apple-mail', 'skipped', { client: CLIENT, path: file })
          : discoverFinding(lang, 'discover.skipped.unreadable', 'apple-mail', 'skipped', { client: CLIENT, path: file, error: code }),
      );
      continue;
    }
    if (isBinaryPlist(bytes)) {
      findings.push(discoverFinding(lang, 'discover.skipped.binary-plist', 'apple-mail', 'skipped', { client: CLIENT, path: file }));
      continue;
    }
    const accounts = appleDeliveryAccounts(parsePlist(decodeText(bytes)));
    if (accounts.length === 0) continue;
    for (const a of accounts) {
      // Apple Mail's single "Use TLS/SSL" box means implicit TLS on 465 and STARTTLS elsewhere.
      const port = a.port ?? (a.ssl ? 465 : 25);
      const security = a.ssl ? (port === 465 ? 'tls' : 'starttls') : 'none';
      const forSender = email !== undefined && a.emails.some((e) => e.toLowerCase() === email);
      candidates.push(
        makeCandidate({
          host: a.host,
          port,
          security,
          auth: a.auth,
          source: 'apple-mail',
          evidence: [textEvidence(`Apple Mail Accounts.plist (${file})`, JSON.stringify({ ...a.dict, Password: undefined }, null, 1))],
          confidence: forSender ? 0.9 : email ? 0.45 : 0.6,
          note: joinNotes(
            forSender
              ? note(lang, 'client.identity', { client: CLIENT, email: params.email ?? '' })
              : note(lang, 'client.server', { client: CLIENT, where: file }),
            a.port === undefined ? note(lang, 'client.port-default', { client: CLIENT, port }) : undefined,
            portNote(lang, port),
          ),
        }),
      );
    }
    findings.push(
      discoverFinding(lang, 'discover.client.found', 'apple-mail', 'info', { client: CLIENT, count: accounts.length, path: file }),
    );
  }
  if (candidates.length === 0) {
    if (denied)
      findings.push(discoverFinding(lang, 'discover.skipped.permission', 'apple-mail', 'skipped', { client: CLIENT, path: denied }));
    else if (sqlite)
      findings.push(
        discoverFinding(lang, 'discover.skipped.database', 'apple-mail', 'skipped', {
          client: CLIENT,
          path: join(deps.homedir, 'Library', 'Accounts', 'Accounts4.sqlite'),
        }),
      );
    else if (!findings.some((f) => f.status === 'skipped'))
      findings.push(discoverFinding(lang, 'discover.skipped.not-found', 'apple-mail', 'skipped', { client: CLIENT, path: looked }));
  }
  return { candidates, findings };
}
