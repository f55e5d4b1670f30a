import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CREDENTIALS_HIDDEN, Transcript, secretForms } from '../../../electron/engine/smtp/transcript.ts';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('smtp transcript', () => {
  describe('redaction', () => {
    it('hides the initial response of AUTH PLAIN but keeps the mechanism', () => {
      const t = new Transcript();
      t.client(`AUTH PLAIN ${b64('\u0000alice@example.test\u0000hunter22')}`);
      t.server('235 2.7.0 Authentication successful');
      t.client('MAIL FROM:<alice@example.test>');
      assert.deepEqual(
        t.lines.map((l) => l.line),
        [`AUTH PLAIN ${CREDENTIALS_HIDDEN}`, '235 2.7.0 Authentication successful', 'MAIL FROM:<alice@example.test>'],
      );
    });

    it('hides the user name and password lines of AUTH LOGIN until the final reply', () => {
      const t = new Transcript();
      t.client('AUTH LOGIN');
      t.server('334 VXNlcm5hbWU6');
      t.client(b64('alice@example.test'));
      t.server('334 UGFzc3dvcmQ6');
      t.client(b64('hunter22'));
      t.server('535 5.7.8 Error: authentication failed');
      t.client('QUIT');
      assert.deepEqual(
        t.lines.map((l) => l.line),
        [
          'AUTH LOGIN',
          '334 VXNlcm5hbWU6',
          CREDENTIALS_HIDDEN,
          '334 UGFzc3dvcmQ6',
          CREDENTIALS_HIDDEN,
          '535 5.7.8 Error: authentication failed',
          'QUIT',
        ],
      );
    });

    it('hides the empty-challenge continuation of AUTH PLAIN', () => {
      const t = new Transcript();
      t.client('AUTH PLAIN');
      t.server('334 ');
      t.client(b64('\u0000u\u0000hunter22'));
      t.server('235 ok');
      assert.equal(t.lines[2]?.line, CREDENTIALS_HIDDEN);
    });

    it('scrubs a registered password and its base64 forms from any line, in any direction', () => {
      const t = new Transcript();
      t.addSecret('hunter22', 'alice');
      t.server('550 your password hunter22 is wrong');
      t.note(`debug ${b64('hunter22')}`);
      t.client(`X-TEST ${b64('\u0000alice\u0000hunter22')}`);
      for (const l of t.lines) for (const form of secretForms('hunter22', 'alice')) assert.ok(!l.line.includes(form), l.line);
      assert.match(t.lines[0]?.line ?? '', /\[credentials hidden\] is wrong/);
    });

    it('hands every line, already redacted, to the live listener', () => {
      const seen: string[] = [];
      const t = new Transcript({ onLine: (l) => seen.push(`${l.dir} ${l.line}`) });
      t.client('AUTH PLAIN abc=');
      assert.deepEqual(seen, [`c AUTH PLAIN ${CREDENTIALS_HIDDEN}`]);
    });
  });

  describe('limits', () => {
    it('cuts over-long lines and stops growing past its line limit', () => {
      const t = new Transcript();
      t.server(`250 ${'x'.repeat(5000)}`);
      assert.ok((t.lines[0]?.line.length ?? 0) < 1100);
      assert.match(t.lines[0]?.line ?? '', /more characters\]$/);
      for (let i = 0; i < 6000; i++) t.server('250-x');
      assert.equal(t.lines.length, 5001);
      assert.equal(t.lines.at(-1)?.line, '[transcript truncated]');
    });
  });
});
