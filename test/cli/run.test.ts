import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMailpath } from '../helpers/cli.ts';
import { APP_VERSION } from '../../electron/engine/version.ts';
import { pickLang } from '../../electron/cli/run.ts';

let dir = '';
let env: NodeJS.ProcessEnv = {};
const goodCase = {
  id: 'c1',
  createdAt: '2026-11-20T13:00:00Z',
  updatedAt: '2026-11-20T13:00:00Z',
  sender: 'anna@firma.se',
  recipients: ['ola@kund.no'],
  sentAt: '2026-11-20T14:02',
  timeZone: 'Europe/Stockholm',
  symptom: 'bounced',
  notes: '<script>alert("x")</script>',
};

describe('cli', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mp-cli-'));
    env = { MAILPATH_CONFIG_DIR: join(dir, 'config') };
    await writeFile(join(dir, 'case.json'), JSON.stringify(goodCase));
    await writeFile(join(dir, 'bad-case.json'), JSON.stringify({ ...goodCase, sender: 'anna.firma.se', recipients: [] }));
  });

  describe('mailpath --help', () => {
    it('lists every command and the exit statuses', async () => {
      const r = await runMailpath(['--help']);
      assert.equal(r.code, 0);
      for (const name of ['info', 'case', 'validate', 'link', 'report', 'call']) assert.match(r.stdout, new RegExp(`^  ${name} `, 'm'));
      assert.match(r.stdout, /Exit status: 0 ran and found no errors, 1 ran and found errors, 2 bad usage or input/);
    });

    it('shows a command’s own usage', async () => {
      const r = await runMailpath(['report', '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: mailpath report /);
    });
  });

  describe('mailpath --version', () => {
    it('prints the version from package.json', async () => {
      const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
      const r = await runMailpath(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${pkg.version}\n`);
      assert.equal(APP_VERSION, pkg.version);
    });
  });

  describe('usage errors', () => {
    it('exits 2 for an unknown command, an unknown option and a missing file', async () => {
      const unknown = await runMailpath(['frobnicate']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown command "frobnicate"/);
      const option = await runMailpath(['info', '--bogus']);
      assert.equal(option.code, 2);
      assert.match(option.stderr, /--bogus/);
      const missing = await runMailpath(['report', join(dir, 'nope.json')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read .*nope\.json: no such file/);
    });

    it('exits 2 with the field at fault for a file that is not a case, also as JSON', async () => {
      await writeFile(join(dir, 'junk.json'), '{"case": {"id": 5}}');
      const r = await runMailpath(['report', join(dir, 'junk.json'), '--json']);
      assert.equal(r.code, 2);
      assert.equal(JSON.parse(r.stdout).code, 'invalid-input');
      assert.match(r.stderr, /case\.id/);
    });

    it('rejects an unknown language and an unknown report format', async () => {
      assert.equal((await runMailpath(['info', '--lang', 'de'])).code, 2);
      const r = await runMailpath(['report', join(dir, 'case.json'), '--format', 'docx']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--format must be one of html, text, json/);
    });
  });

  describe('mailpath validate', () => {
    it('exits 0 for a complete case and 1 with the problems, in Swedish, for a broken one', async () => {
      assert.equal((await runMailpath(['validate', join(dir, 'case.json')])).code, 0);
      const r = await runMailpath(['validate', join(dir, 'bad-case.json'), '--lang', 'sv']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /sender: Inte en giltig e-postadress/);
      assert.match(r.stdout, /recipients: Obligatoriskt\./);
    });
  });

  describe('mailpath report', () => {
    it('writes an HTML report that escapes the notes', async () => {
      const out = join(dir, 'r.html');
      const r = await runMailpath(['report', join(dir, 'case.json'), '--format', 'html', '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const html = await readFile(out, 'utf8');
      assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
      assert.ok(!html.includes('<script>alert'));
    });

    it('renders an HTML report again as text, from stdin', async () => {
      const html = await readFile(join(dir, 'r.html'), 'utf8');
      const r = await runMailpath(['report', '-', '--format', 'text', '--lang', 'nb'], { stdin: html });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Vurdering: Ingenting er sjekket ennå\./m);
      assert.match(r.stdout, /^Avsender\s+anna@firma\.se$/m);
    });

    it('exits 1 when the findings it reports contain errors', async () => {
      const finding = { id: 'x.y', check: 'x', status: 'error', title: 'Broken', explanation: 'It is broken.', evidence: [], whoMustAct: 'sender-it' };
      await writeFile(join(dir, 'with-findings.json'), JSON.stringify({ case: goodCase, findings: [finding] }));
      const r = await runMailpath(['report', join(dir, 'with-findings.json'), '-f', 'json']);
      assert.equal(r.code, 1);
      assert.equal(JSON.parse(r.stdout).reportVersion, 1);
      assert.equal(JSON.parse(r.stdout).verdict.whoMustAct, 'sender-it');
    });
  });

  describe('mailpath case', () => {
    it('creates a draft in the config folder and loads the same one again', async () => {
      const first = await runMailpath(['case', '--json'], { env });
      assert.equal(first.code, 0, first.stderr);
      const second = await runMailpath(['case', '--json'], { env });
      assert.equal(JSON.parse(second.stdout).case.id, JSON.parse(first.stdout).case.id);
      assert.equal(JSON.parse(second.stdout).location, join(dir, 'config', 'state.json'));
    });
  });

  describe('mailpath link', () => {
    it('shows what a deep link fills in and what it ignores', async () => {
      const r = await runMailpath(['link', 'mailpath://case?from=a%40b.se&evil=1', '--json']);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.stdout), { action: 'case', patch: { sender: 'a@b.se' }, ignored: ['evil'] });
    });
  });

  describe('pickLang', () => {
    it('takes --lang first, then the locale of the environment', () => {
      assert.equal(pickLang('nb', { LANG: 'sv_SE.UTF-8' }), 'nb');
      assert.equal(pickLang(undefined, { LANG: 'sv_SE.UTF-8' }), 'sv');
      assert.equal(pickLang(undefined, { LC_ALL: 'nb_NO.UTF-8' }), 'nb');
      assert.equal(pickLang(undefined, { LANG: 'no_NO' }), 'nb');
      assert.equal(pickLang(undefined, { LANG: 'de_DE' }), 'en');
    });
  });
});
