/**
 * Source 2d: Windows Mail and the new Outlook for Windows. Neither keeps its settings in a form
 * that can be read safely: Windows Mail stores accounts in an ESE database
 * (`%LOCALAPPDATA%\Comms\UnistoreDB\store.vol`), locked while Windows runs and undocumented; the
 * new Outlook (`%LOCALAPPDATA%\Microsoft\Olk`) keeps account settings with Microsoft's cloud
 * service. This source therefore only says what it saw, as a `skipped` finding.
 */
import { join } from 'node:path';
import { discoverFinding } from '../candidate.ts';
import type { DiscoverDeps, DiscoverParams, SourceResult } from '../types.ts';

export async function fromWindowsMail(params: DiscoverParams, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  const cfg = params.clientConfig;
  const client = 'Windows Mail / Outlook (new)';
  if (!cfg)
    return { candidates: [], findings: [discoverFinding(lang, 'discover.skipped.not-requested', 'windows-mail', 'skipped', { client })] };
  if (cfg !== 'auto')
    return { candidates: [], findings: [discoverFinding(lang, 'discover.skipped.no-format', 'windows-mail', 'skipped', { client })] };
  if (deps.platform !== 'win32')
    return {
      candidates: [],
      findings: [discoverFinding(lang, 'discover.skipped.os', 'windows-mail', 'skipped', { client, os: 'Windows' })],
    };
  const local = deps.env['LOCALAPPDATA'] ?? join(deps.homedir, 'AppData', 'Local');
  const store = join(local, 'Comms', 'UnistoreDB', 'store.vol');
  const olk = join(local, 'Microsoft', 'Olk');
  const findings = [];
  if (await deps.exists(store))
    findings.push(discoverFinding(lang, 'discover.skipped.database', 'windows-mail', 'skipped', { client: 'Windows Mail', path: store }));
  if (await deps.exists(olk))
    findings.push(discoverFinding(lang, 'discover.skipped.cloud', 'windows-mail', 'skipped', { client: 'Outlook (new)', path: olk }));
  if (findings.length === 0)
    findings.push(discoverFinding(lang, 'discover.skipped.not-found', 'windows-mail', 'skipped', { client, path: `${store}, ${olk}` }));
  return { candidates: [], findings };
}
