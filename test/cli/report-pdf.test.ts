import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMailpath } from '../helpers/cli.ts';
import { parseMask, writePdf } from '../../electron/cli/report-pdf.ts';
import { UsageError } from '../../electron/cli/args.ts';
import { OpError } from '../../electron/engine/contract/result.ts';
import { pdfText } from '../engine/report/pdf-text.ts';
import { ERROR_TEXT, PASSWORD, PLAIN, QUEUE_ID, b64, sampleCase, sampleFindings } from '../engine/report/sample.ts';

let dir = '';
let env: NodeJS.ProcessEnv = {};
let input = '';
const SECRET_FORMS = [PASSWORD, b64(PASSWORD), PLAIN];

describe('cli', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mp-report-'));
    env = { MAILPATH_CONFIG_DIR: join(dir, 'config') };
    input = join(dir, 'case.json');
    await writeFile(input, JSON.stringify({ case: sampleCase(), findings: sampleFindings(), steps: [] }));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('mailpath report --format pdf', () => {
    it('writes a PDF holding the verdict, the queue ID and the exact error text, and no password', async () => {
      const out = join(dir, 'r.pdf');
      const r = await runMailpath(['report', input, '--format', 'pdf', '--out', out, '--json'], { env });
      assert.equal(r.code, 1, r.stderr);
      const v = JSON.parse(r.stdout) as { file: string; format: string; bytes: number };
      assert.deepEqual([v.file, v.format], [out, 'pdf']);
      const bytes = await readFile(out);
      assert.equal(v.bytes, bytes.byteLength);
      const text = await pdfText(bytes);
      assert.match(text, /Verdict The sender's own IT must act/);
      assert.ok(text.includes(QUEUE_ID) && text.includes(ERROR_TEXT));
      for (const form of SECRET_FORMS) assert.ok(!text.includes(form), `PDF contains ${form}`);
    });

    it('masks the PDF on request', async () => {
      const out = join(dir, 'masked.pdf');
      const r = await runMailpath(['report', input, '--format', 'pdf', '--out', out, '--mask', 'local-parts,internal-ips'], { env });
      assert.equal(r.code, 1, r.stderr);
      const text = await pdfText(await readFile(out));
      assert.ok(text.includes('user1@firma.se') && !text.includes('anna.berg') && !text.includes('10.20.0.53'));
      assert.ok(text.includes('Masked before sharing: local parts of e-mail addresses, private IP addresses.'));
    });

    it('needs --out', async () => {
      const r = await runMailpath(['report', input, '--format', 'pdf'], { env });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--format pdf needs --out FILE/);
    });

    it('says which browser it could not find, and writes nothing', async () => {
      const out = join(dir, 'none.pdf');
      const r = await runMailpath(['report', input, '--format', 'pdf', '--out', out], { env: { ...env, MAILPATH_CHROME: join(dir, 'no-such-chrome') } });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Cannot make a PDF: MAILPATH_CHROME is set to .*no-such-chrome, but there is no such file/);
      assert.equal(existsSync(out), false);
    });
  });

  describe('mailpath report --mask', () => {
    it('masks addresses, internal hosts and private IPs in HTML, text and JSON, and never shows the password', async () => {
      for (const format of ['html', 'text', 'json']) {
        const r = await runMailpath(['report', input, '--format', format, '--mask', 'all'], { env });
        assert.equal(r.code, 1, r.stderr);
        for (const leak of ['anna.berg', 'ola.nordmann', '10.20.0.', 'exch01', ...SECRET_FORMS]) assert.ok(!r.stdout.includes(leak), `${format} leaks ${leak}`);
        assert.ok(r.stdout.includes('user1@firma.se'), format);
      }
    });

    it('never shows the password even unmasked', async () => {
      for (const format of ['html', 'text', 'json']) {
        const r = await runMailpath(['report', input, '--format', format], { env });
        for (const form of SECRET_FORMS) assert.ok(!r.stdout.includes(form), `${format} contains ${form}`);
        assert.ok(r.stdout.includes('anna.berg@firma.se'), 'unmasked');
      }
    });

    it('refuses a kind of masking it does not know', async () => {
      const r = await runMailpath(['report', input, '--mask', 'local-parts,names'], { env });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--mask takes local-parts, internal-hosts, internal-ips or all, separated by commas \(got "names"\)/);
    });
  });

  describe('parseMask', () => {
    it('reads the comma list and all', () => {
      assert.equal(parseMask(undefined), undefined);
      assert.deepEqual(parseMask('local-parts, internal-ips'), { localParts: true, internalIps: true });
      assert.deepEqual(parseMask('all'), { localParts: true, internalHosts: true, internalIps: true });
      assert.throws(() => parseMask(','), UsageError);
    });
  });

  describe('writePdf', () => {
    it('takes any renderer (the app passes printToPDF) and writes its bytes', async () => {
      const out = join(dir, 'injected.pdf');
      const seen: string[] = [];
      const r = await writePdf('<p>hi</p>', out, (html) => (seen.push(html), Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'))), new AbortController().signal);
      assert.deepEqual(r, { bytes: 13 });
      assert.deepEqual(seen, ['<p>hi</p>']);
      assert.equal(await readFile(out, 'utf8'), '%PDF-1.7 fake');
    });

    it('turns a renderer’s OpError into a failure result', async () => {
      const r = await writePdf('<p/>', join(dir, 'x.pdf'), () => Promise.reject(new OpError('unsupported', 'no browser')), new AbortController().signal);
      assert.deepEqual(r, { failure: { ok: false, code: 'unsupported', message: 'no browser' } });
    });
  });
});
