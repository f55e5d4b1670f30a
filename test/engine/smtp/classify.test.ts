import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { hasFindingText } from '../../../electron/engine/i18n/index.ts';
import type { ExplainReply } from '../../../electron/engine/kb/index.ts';
import { isGreylisting, rcptFindingId, replyFinding, wireFinding, type Ctx } from '../../../electron/engine/smtp/classify.ts';
import { makeReply } from '../../../electron/engine/smtp/reply.ts';
import { phaseTimeouts } from '../../../electron/engine/smtp/session.ts';
import { Transcript } from '../../../electron/engine/smtp/transcript.ts';
import { WireError } from '../../../electron/engine/smtp/wire.ts';

const ctx = (over: Partial<Ctx> = {}): Ctx => ({
  lang: 'en',
  role: 'submission',
  host: 'smtp.example.com',
  port: 587,
  transcript: new Transcript(),
  timeouts: phaseTimeouts(15_000),
  ...over,
});

describe('smtp classify', () => {
  describe('rcptFindingId', () => {
    const table: [string[], string][] = [
      [['250 2.1.5 Ok'], 'smtp.rcpt.ok'],
      [['550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in local recipient table'], 'smtp.rcpt.unknown'],
      [
        [
          '550-5.1.1 The email account that you tried to reach does not exist.',
          '550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp',
        ],
        'smtp.rcpt.unknown',
      ],
      [['550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB1234.eurprd01.prod.outlook.com]'], 'smtp.rcpt.rejected'],
      [['554 5.7.1 <x@other.example>: Relay access denied'], 'smtp.rcpt.relay-denied'],
      [['550 relay not permitted'], 'smtp.rcpt.relay-denied'],
      [['450 4.2.0 <x@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/'], 'smtp.rcpt.greylisted'],
      [['451 4.7.1 Please try again later'], 'smtp.rcpt.greylisted'],
      [['452 4.2.2 Mailbox full'], 'smtp.rcpt.deferred'],
      [['550 5.7.1 Message rejected as spam'], 'smtp.rcpt.rejected'],
    ];
    for (const [lines, id] of table) {
      it(`reads “${lines.join(' ').slice(0, 50)}…” as ${id}`, () => assert.equal(rcptFindingId(makeReply(lines)), id));
    }

    it('does not take a temporary 4.7.1 with another code for greylisting', () => {
      assert.equal(isGreylisting(makeReply(['421 4.7.1 Too many connections'])), false);
    });
  });

  describe('wireFinding', () => {
    it('recognises a silent server on port 465 as one that expects implicit TLS', () => {
      const f = wireFinding(ctx({ port: 465 }), new WireError('timeout', 'greeting', 'timeout'));
      assert.equal(f.id, 'smtp.greeting.expects-tls');
      assert.equal(f.params?.['seconds'], 15);
    });

    it('names the step a timeout happened in, and the time waited', () => {
      const f = wireFinding(ctx({ timeouts: phaseTimeouts(15_000, { rcpt: 2500 }) }), new WireError('timeout', 'rcpt', 'timeout'));
      assert.equal(f.id, 'smtp.timeout');
      assert.equal(f.title, 'smtp.example.com did not answer in time (step rcpt)');
      assert.match(f.explanation, /2\.5 s/);
    });

    it('tells the TLS handshake failures apart by their OpenSSL code', () => {
      const tlsErr = (code: string): string => wireFinding(ctx(), new WireError('tls', 'tls', code, { code })).id;
      assert.equal(tlsErr('ERR_SSL_WRONG_VERSION_NUMBER'), 'tls.handshake.plaintext');
      assert.equal(tlsErr('ERR_SSL_UNSUPPORTED_PROTOCOL'), 'tls.handshake.protocol');
      assert.equal(tlsErr('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE'), 'tls.handshake.cipher');
      assert.equal(tlsErr('ERR_SSL_DH_KEY_TOO_SMALL'), 'tls.handshake.weak');
      assert.equal(tlsErr('ERR_SOMETHING_ELSE'), 'tls.handshake.failed');
    });

    it('blames the recipient’s provider, not the sender, for a dropped MX session', () => {
      const f = wireFinding(ctx({ role: 'mx' }), new WireError('closed', 'mail', 'closed'));
      assert.equal(f.id, 'smtp.dropped');
      assert.equal(f.whoMustAct, 'recipient-provider');
      assert.equal(f.check, 'smtp.mx');
    });
  });

  describe('replyFinding', () => {
    it('adds the knowledge base’s reading as evidence and takes its verdict on who must act', () => {
      const explain: ExplainReply = (reply, lang) => ({
        reason: 'blocked',
        severity: 'permanent',
        explanation: `${lang}: blocked IP ${reply.status ?? ''}`,
        cause: 'IP on a list',
        fix: 'delist',
        whoMustAct: 'sender-provider',
        matchedBy: 'text:m365-5.7.606',
      });
      const f = replyFinding(
        ctx({ role: 'mx', explainReply: explain }),
        'RCPT',
        'x@example.com',
        makeReply(['550 5.7.606 Access denied, banned sending IP [192.0.2.1]']),
      );
      assert.equal(f.id, 'smtp.rcpt.rejected');
      assert.equal(f.whoMustAct, 'sender-provider');
      assert.equal(f.params?.['reason'], 'blocked');
      const kb = f.evidence.find((e) => e.kind === 'text');
      assert.deepEqual(kb, {
        kind: 'text',
        label: 'Reply knowledge base (text:m365-5.7.606)',
        text: 'en: blocked IP 5.7.606 — IP on a list — delist',
      });
    });

    it('keeps its own verdict when the knowledge base fails', () => {
      const broken: ExplainReply = () => {
        throw new Error('kb bug');
      };
      const f = replyFinding(ctx({ explainReply: broken }), 'DATA', '', makeReply(['554 5.7.1 Rejected by content filter']));
      assert.equal(f.id, 'smtp.data.rejected');
      assert.equal(f.whoMustAct, 'sender-it');
    });
  });

  describe('finding ids', () => {
    it('have texts for every id the SMTP engine can produce', async () => {
      const dir = new URL('../../../electron/engine/smtp/', import.meta.url);
      const used = new Set<string>();
      for (const file of await readdir(dir)) {
        const text = await readFile(new URL(file, dir), 'utf8');
        for (const m of text.matchAll(/'((?:smtp|tls)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)'/g)) used.add(m[1] ?? '');
      }
      // Check names (the `check` field), not finding ids.
      const checks = new Set(['smtp.mx', 'smtp.send']);
      const missing = [...used].filter((id) => !checks.has(id) && !hasFindingText(id));
      assert.deepEqual(missing, []);
      assert.ok(used.size > 70, `found only ${used.size} ids`);
    });
  });
});
