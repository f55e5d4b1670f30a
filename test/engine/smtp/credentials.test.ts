import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { probeSubmission } from '../../../electron/engine/smtp/probe-submission.ts';
import { sendTestMessage } from '../../../electron/engine/smtp/send-test.ts';
import { CREDENTIALS_HIDDEN, secretForms } from '../../../electron/engine/smtp/transcript.ts';
import type { TranscriptLine } from '../../../electron/engine/model/finding.ts';
import { startPostfix, type PostfixServer } from '../../helpers/postfix.ts';
import { loopbackZone } from './support.ts';

const PASSWORD = 'Ölfass-7!Kähler+/=';
const WRONG = 'Wrong-Guess-9731';

describe('smtp credentials', () => {
  let pf: PostfixServer;
  let out: string;
  before(async () => {
    pf = await startPostfix({ password: PASSWORD });
    out = await mkdtemp('/tmp/mp-redaction-');
  });
  after(async () => {
    await pf?.stop();
    await rm(out, { recursive: true, force: true });
  });

  it('never appear in anything a run writes: results, transcripts, live lines, steps, server logs', async () => {
    const resolver = loopbackZone(pf.hostname);
    const files: Record<string, unknown> = {};
    let n = 0;
    const run = async (label: string, fn: (live: TranscriptLine[], steps: unknown[]) => Promise<unknown>): Promise<void> => {
      const live: TranscriptLine[] = [];
      const steps: unknown[] = [];
      const result = await fn(live, steps);
      files[`${++n}-${label}.json`] = result;
      files[`${n}-${label}.live.txt`] = live.map((l) => `${l.t} ${l.dir} ${l.line}`).join('\n');
      files[`${n}-${label}.steps.json`] = steps;
    };
    const base = {
      host: pf.hostname,
      port: pf.submissionPort,
      security: 'starttls' as const,
      user: pf.user,
      from: pf.user,
      ca: pf.certPem,
      timeoutMs: 10_000,
    };
    for (const mech of ['PLAIN', 'LOGIN'] as const) {
      for (const password of [PASSWORD, WRONG]) {
        await run(`probe-${mech}-${password === PASSWORD ? 'ok' : 'wrong'}`, (live, steps) =>
          probeSubmission(
            { ...base, password, authMechanism: mech, to: [pf.mailboxAddress] },
            {
              lang: 'en',
              resolver,
              onTranscript: (l) => live.push(l),
              onProgress: (s) => steps.push(s),
            },
          ),
        );
        await run(`send-${mech}-${password === PASSWORD ? 'ok' : 'wrong'}`, (live, steps) =>
          sendTestMessage(
            { ...base, password, authMechanism: mech, to: [pf.mailboxAddress], caseId: 'redaction' },
            {
              lang: 'sv',
              resolver,
              onTranscript: (l) => live.push(l),
              onProgress: (s) => steps.push(s),
            },
          ),
        );
      }
    }
    for (const [name, value] of Object.entries(files)) {
      await writeFile(join(out, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    }
    await writeFile(join(out, 'postfix-maillog.txt'), await pf.readLog());
    await writeFile(join(out, 'dovecot.log'), await readFile(join(pf.dir, 'dv', 'dovecot.log'), 'utf8').catch(() => ''));

    const forbidden = [...new Set([...secretForms(PASSWORD, pf.user), ...secretForms(WRONG, pf.user)])];
    const loginUser = Buffer.from(pf.user).toString('base64');
    let hidden = 0;
    for (const name of await readdir(out)) {
      const text = await readFile(join(out, name), 'utf8');
      for (const secret of forbidden) assert.ok(!text.includes(secret), `${name} contains a form of a password: ${secret}`);
      if (!name.startsWith('postfix') && !name.startsWith('dovecot')) {
        assert.ok(!text.includes(loginUser), `${name} contains the base64 user name of AUTH LOGIN`);
        hidden += text.split(CREDENTIALS_HIDDEN).length - 1;
      }
    }
    assert.ok(hidden >= 8, 'the transcripts show where credentials were hidden');
    assert.ok(Object.keys(files).length === 24);
  });
});
