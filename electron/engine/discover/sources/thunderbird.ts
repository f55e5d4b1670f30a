/**
 * Source 2a: Thunderbird's outgoing servers, read-only. Profiles are listed in `profiles.ini`
 * under the OS's conventional folder (Linux `~/.thunderbird`, also the Snap and Flatpak homes;
 * macOS `~/Library/Thunderbird`; Windows `%APPDATA%\Thunderbird`), or found under the
 * `--client-config` path. The server an identity with the sender's address uses ranks first.
 * With an unset port Thunderbird uses the protocol's default: 465 for SSL/TLS, else 25
 * (nsISmtpUrl DEFAULT_SMTPS_PORT / DEFAULT_SMTP_PORT).
 */
import { dirname, isAbsolute, join } from 'node:path';
import type { Finding } from '../../model/finding.ts';
import { discoverFinding, errorText, makeCandidate, textEvidence } from '../candidate.ts';
import { parsePrefs, parseProfilesIni, smtpServers } from '../clients/prefs-js.ts';
import { collectFiles, readText } from '../clients/files.ts';
import { portNote } from '../ports.ts';
import { joinNotes, note } from '../texts.ts';
import type { Candidate, DiscoverDeps, DiscoverParams, SourceResult } from '../types.ts';

const CLIENT = 'Thunderbird';

/** Where Thunderbird keeps profiles.ini on this OS. */
export function thunderbirdRoots(deps: DiscoverDeps): string[] {
  const home = deps.homedir;
  if (deps.platform === 'win32') return deps.env['APPDATA'] ? [join(deps.env['APPDATA'], 'Thunderbird')] : [];
  if (deps.platform === 'darwin') return [join(home, 'Library', 'Thunderbird')];
  return [
    join(home, '.thunderbird'),
    join(home, 'snap', 'thunderbird', 'common', '.thunderbird'),
    join(home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird'),
  ];
}

/** prefs.js files: from each profiles.ini found, and any prefs.js found directly. */
async function prefsFiles(deps: DiscoverDeps, roots: readonly string[], walk: boolean): Promise<{ files: string[]; looked: string[] }> {
  const files = new Set<string>();
  const looked: string[] = [];
  for (const root of roots) {
    looked.push(root);
    const found = walk
      ? await collectFiles(deps, root, (n) => n === 'profiles.ini' || n === 'prefs.js')
      : (await deps.exists(join(root, 'profiles.ini')))
        ? [join(root, 'profiles.ini')]
        : [];
    for (const file of found) {
      if (file.endsWith('prefs.js')) {
        files.add(file);
        continue;
      }
      let ini: string;
      try {
        ini = await readText(deps, file);
      } catch {
        continue;
      }
      for (const p of parseProfilesIni(ini)) {
        const dir = p.relative || !isAbsolute(p.path) ? join(dirname(file), ...p.path.split(/[\\/]/)) : p.path;
        const prefs = join(dir, 'prefs.js');
        if (await deps.exists(prefs)) files.add(prefs);
      }
    }
  }
  return { files: [...files], looked };
}

export async function fromThunderbird(params: DiscoverParams, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  const cfg = params.clientConfig;
  if (!cfg)
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.not-requested', 'thunderbird', 'skipped', { client: CLIENT })],
    };
  const roots = cfg === 'auto' ? thunderbirdRoots(deps) : [cfg.path];
  const { files, looked } = await prefsFiles(deps, roots, cfg !== 'auto');
  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  const email = params.email?.trim().toLowerCase();
  for (const file of files) {
    let text: string;
    try {
      text = await readText(deps, file);
    } catch (error) {
      findings.push(
        discoverFinding(lang, 'discover.skipped.unreadable', 'thunderbird', 'skipped', {
          client: CLIENT,
          path: file,
          error: errorText(error),
        }),
      );
      continue;
    }
    const servers = smtpServers(parsePrefs(text));
    const profile = dirname(file);
    for (const s of servers) {
      const port = s.port || (s.security === 'tls' ? 465 : 25);
      const forSender = email !== undefined && s.identities.some((i) => i.toLowerCase() === email);
      // The sender's own identity is the strongest sign short of the headers; without an address,
      // the default server is the likely one.
      const confidence = forSender ? 0.9 : email ? 0.45 : s.isDefault ? 0.7 : 0.55;
      const who = forSender
        ? note(lang, 'client.identity', { client: CLIENT, email: params.email ?? '' })
        : note(lang, 'client.server', { client: CLIENT, where: s.description ? `${s.description}, ${profile}` : profile });
      candidates.push(
        makeCandidate({
          host: s.host,
          port,
          security: s.security,
          auth: s.auth,
          source: 'thunderbird',
          evidence: [textEvidence(`Thunderbird prefs.js (${file})`, s.lines.join('\n'))],
          confidence,
          note: joinNotes(who, s.port ? undefined : note(lang, 'client.port-default', { client: CLIENT, port }), portNote(lang, port)),
        }),
      );
    }
    findings.push(
      discoverFinding(lang, 'discover.client.found', 'thunderbird', 'info', { client: CLIENT, count: servers.length, path: file }),
    );
  }
  if (files.length === 0) {
    findings.push(
      discoverFinding(lang, 'discover.skipped.not-found', 'thunderbird', 'skipped', { client: CLIENT, path: looked.join(', ') }),
    );
  }
  return { candidates, findings };
}
