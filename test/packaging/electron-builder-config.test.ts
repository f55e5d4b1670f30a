/**
 * electron-builder.yml, checked the way `electron-builder` checks it before any download: loaded by
 * its own config loader and validated against its own JSON schema (internal API,
 * app-builder-lib/out/util/config/config — see shared recipes). No Electron binary is involved.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DEEP_LINK_SCHEME } from '../../electron/main/app-origin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The builder's DebugLogger, switched off. */
const quietLogger = { isEnabled: false, data: new Map(), add: () => undefined, save: () => Promise.resolve() } as unknown as Parameters<
  typeof validateConfiguration
>[1];

/** The file patterns, whether the loader kept them as strings or normalized them to `{ filter }`. */
function filePatterns(files: unknown): string[] {
  const list = Array.isArray(files) ? files : [files];
  return list.flatMap((f) => (typeof f === 'string' ? [f] : ([] as string[]).concat((f as { filter?: string | string[] }).filter ?? [])));
}

function targetsOf(platform: { target?: unknown } | null | undefined): string[] {
  const target = platform?.target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder config', () => {
  let config: Configuration;
  before(async () => {
    config = await getConfig(root, null, null);
  });

  it('is found by the builder and valid against its schema', async () => {
    assert.equal(config.appId, 'se.mailpath.app');
    await validateConfiguration(config, quietLogger);
  });

  it('rejects a deliberately broken config, so the validation above can fail', async () => {
    const broken = [
      { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } },
      { ...config, asar: 'yes' },
      { ...config, protocol: { name: 'x', schemes: ['mailpath'] } },
      { ...config, linux: { ...config.linux, maintainers: 'x' } },
    ];
    for (const candidate of broken) {
      await assert.rejects(validateConfiguration(candidate as unknown as Configuration, quietLogger), /Invalid configuration object/);
    }
  });

  it('names the product and keeps build resources and output apart from the compiled code', () => {
    assert.equal(config.productName, 'Mailpath');
    assert.deepEqual(config.directories, { output: 'dist', buildResources: 'build' });
    assert.deepEqual(filePatterns(config.files), ['out/**/*', '!out/types/**', '!out/**/*.map', 'package.json']);
    assert.equal(config.asar, true);
  });

  it('sets the fuses the security checklist asks for (#19)', () => {
    assert.deepEqual(config.electronFuses, {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS and portable for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    assert.deepEqual(targetsOf(config.win), ['nsis', 'portable']);
    assert.deepEqual(targetsOf(config.mac), ['dmg']);
    assert.deepEqual(targetsOf(config.linux), ['AppImage', 'deb']);
    // NSIS and portable are both .exe: distinct names, or one overwrites the other.
    assert.notEqual(config.nsis?.artifactName, config.portable?.artifactName);
  });

  it('gives the deb a maintainer and a category', () => {
    assert.match(config.linux?.maintainer ?? '', /^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    assert.equal(config.linux?.category, 'Network');
    assert.equal(config.deb?.packageCategory, 'mail');
  });

  it('declares the mailpath:// protocol the main process handles', () => {
    assert.deepEqual(config.protocols, [{ name: 'Mailpath case link', schemes: [DEEP_LINK_SCHEME], role: 'Viewer' }]);
  });

  it('ships a 512×512 PNG icon among the build resources', () => {
    const png = readFileSync(new URL('../../build/icon.png', import.meta.url));
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.equal(png.readUInt32BE(16), 512);
    assert.equal(png.readUInt32BE(20), 512);
    assert.ok(png.length < 64 * 1024, `icon is ${png.length} bytes`);
  });

  it('starts the app from the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { main: string };
    assert.equal(pkg.main, 'out/main/main.js');
  });
});
