/** The architecture rules are enforced by lint, and this proves the lint rule bites. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/cli.ts';

const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('architecture lint', () => {
  for (const place of ['electron/engine/dns/x.ts', 'electron/cli/x.ts', 'electron/bridge/x.ts', 'test/engine/x.test.ts']) {
    it(`forbids importing electron in ${place}`, async () => {
      assert.ok((await ruleIds("import { app } from 'electron';\nexport const a = app;\n", place)).includes('no-restricted-imports'));
      assert.ok((await ruleIds("export const e = await import('electron');\n", place)).includes('no-restricted-syntax'));
    });
  }

  it('allows electron in the main process', async () => {
    assert.deepEqual(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'electron/main/x.ts'), []);
  });

  it('forbids Node modules in the renderer', async () => {
    assert.ok((await ruleIds("import { readFile } from 'node:fs';\nexport const r = readFile;\n", 'renderer/src/x.ts')).includes('no-restricted-imports'));
  });

  it('flags an insecure window in the main process', async () => {
    const code = "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: false } });\n";
    assert.ok((await ruleIds(code, 'electron/main/x.ts')).some((id) => id.startsWith('electron-security/')));
  });
});
