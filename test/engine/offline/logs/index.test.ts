import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { traceLogs } from '../../../../electron/engine/offline/logs/index.ts';
import type { TraceMessage, TraceResult } from '../../../../electron/engine/offline/logs/index.ts';
import type { LogEvidence } from '../../../../electron/engine/model/finding.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/logs/', import.meta.url));
const ZONE = { timeZone: 'Europe/Stockholm' } as const;

function byId(r: TraceResult, id: string): TraceMessage {
  const m = r.messages.find((x) => x.id === id);
  assert.ok(m, `message ${id} not found among ${r.messages.map((x) => x.id).join(', ')}`);
  return m;
}

/** The rotated Postfix set, copied so the test can give the files the mtimes rotation gave them. */
let dir = '';
let files: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mailpath-logs-'));
  const stamps: Record<string, string> = {
    'mail.log': '2026-01-01T10:05:00Z',
    'mail.log.1': '2026-01-01T00:10:00Z',
    'mail.log.2.gz': '2025-12-31T00:00:00Z',
  };
  files = Object.entries(stamps).map(([name, at]) => {
    const path = join(dir, name);
    copyFileSync(join(FIXTURES, 'postfix', name), path);
    utimesSync(path, new Date(at), new Date(at));
    return path;
  });
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('traceLogs', () => {
  describe('postfix, rotated and gzip-compressed, across New Year', () => {
    it('reads the files oldest first and joins each message across them', async () => {
      const r = await traceLogs(files, ZONE);
      assert.equal(r.format, 'postfix');
      assert.deepEqual(
        r.files.map((f) => f.name.slice(dir.length + 1)),
        ['mail.log.2.gz', 'mail.log.1', 'mail.log'],
      );
      assert.deepEqual(
        r.files.map((f) => f.yearAssumed),
        [2025, 2025, 2026],
      );
      assert.equal(r.files[0]?.compressed, true);
      assert.equal(r.linesRead, 55);
      assert.equal(r.linesSkipped, 2);
      const greylisted = byId(r, 'C1D2E3F4A5');
      assert.equal(greylisted.received, '2025-12-31T23:58:40+01:00');
      assert.equal(greylisted.messageId, 'gott-nytt-ar@exempel.se');
      assert.deepEqual(
        greylisted.recipients.map((x) => [x.address, x.status, x.attempts, x.firstAttempt, x.at]),
        [['karin@gralistad.example', 'sent', 3, '2025-12-31T23:59:12+01:00', '2026-01-01T00:29:12+01:00']],
      );
    });

    it('follows a message deferred for two days until it expires, with its report', async () => {
      const r = await traceLogs(files, ZONE);
      const m = byId(r, '7E8F9A0B1C');
      assert.equal(m.notification, 'D0E1F2A3B4');
      assert.equal(m.recipients[0]?.status, 'expired');
      assert.equal(m.recipients[0]?.attempts, 3);
      assert.equal(m.recipients[0]?.reply, 'connect to mx.nere.example[203.0.113.80]:25: Connection timed out');
      assert.deepEqual(
        m.lines.map((l) => `${l.file.slice(dir.length + 1)}:${l.n}`),
        [
          'mail.log.2.gz:18',
          'mail.log.2.gz:19',
          'mail.log.2.gz:20',
          'mail.log.2.gz:22',
          'mail.log.2.gz:23',
          'mail.log.1:1',
          'mail.log:3',
          'mail.log:5',
          'mail.log:7',
        ],
      );
    });

    it('tells bounced, refused, deleted and never-attempted messages apart', async () => {
      const r = await traceLogs(files, ZONE);
      assert.deepEqual(
        byId(r, '4F2A81C0A3').recipients.map((x) => [x.address, x.status, x.dsn, x.replyCode]),
        [
          ['bo.nilsson@kund.example', 'sent', '2.0.0', 250],
          ['per@okand.example', 'bounced', '5.1.1', 550],
        ],
      );
      assert.equal(byId(r, '4F2A81C0A3').notification, '5B7E91C0B1');
      assert.equal(byId(r, 'NOQUEUE').recipients[0]?.status, 'rejected');
      assert.equal(byId(r, '1122334455').recipients[0]?.status, 'removed');
      assert.deepEqual(byId(r, '6A7B8C9D0E').recipients, []);
      const ids = r.findings.map((f) => f.id);
      for (const id of [
        'log.delivered',
        'log.bounced',
        'log.rejected',
        'log.removed',
        'log.expired',
        'log.no-attempt',
        'log.delivered-local',
        'log.lines-skipped',
        'log.year-assumed',
      ]) {
        assert.ok(ids.includes(id), `expected a ${id} finding`);
      }
    });

    it('takes the year given instead of the files’ dates', async () => {
      const r = await traceLogs(files, { ...ZONE, year: 2024 });
      assert.equal(byId(r, '4F2A81C0A3').received, '2024-12-30T09:14:03+01:00');
      assert.equal(byId(r, 'C1D2E3F4A5').recipients[0]?.at, '2025-01-01T00:29:12+01:00');
      assert.ok(!r.findings.some((f) => f.id === 'log.year-assumed'));
    });
  });

  describe('filters', () => {
    it('finds one recipient’s message with every line of it as numbered evidence', async () => {
      const r = await traceLogs(files, { ...ZONE, to: 'karin@gralistad.example' });
      assert.deepEqual(
        r.messages.map((m) => m.id),
        ['C1D2E3F4A5'],
      );
      const f = r.findings.find((x) => x.id === 'log.delivered');
      assert.ok(f);
      assert.equal(f.whoMustAct, 'recipient-provider');
      assert.match(f.explanation, /2026-01-01 00:29:12/u);
      assert.match(f.explanation, /250 2\.0\.0 Ok: queued as 4XyZ9kT2/u);
      assert.match(f.explanation, /C1D2E3F4A5/u);
      const ev = f.evidence as LogEvidence[];
      assert.deepEqual(
        ev.map((e) => [e.file.slice(dir.length + 1), e.lines.map((l) => l.n)]),
        [
          ['mail.log.1', [6, 7, 8, 9, 11]],
          ['mail.log', [1, 2]],
        ],
      );
      assert.match(ev[0]?.lines[0]?.text ?? '', /client=laptop\.exempel\.se/u);
    });

    it('gives the same messages on the fast path as when every line is read', async () => {
      for (const opts of [
        { to: 'karin@gralistad.example' },
        { from: 'anna@exempel.se' },
        { to: 'inkop@nere.example' },
        { messageId: '<offert-2025-118@exempel.se>' },
        { queueId: '1122334455' },
      ]) {
        const fast = await traceLogs(files, { ...ZONE, ...opts });
        const full = await traceLogs(files, { ...ZONE, ...opts }, { fullScan: true });
        assert.deepEqual(fast.messages, full.messages, JSON.stringify(opts));
        assert.ok(fast.messages.length > 0, JSON.stringify(opts));
      }
    });

    it('matches a sender, a whole domain, a Message-ID and a queue ID', async () => {
      const ids = async (o: object): Promise<string[]> => (await traceLogs(files, { ...ZONE, ...o })).messages.map((m) => m.id).sort();
      assert.deepEqual(await ids({ from: 'anna@exempel.se' }), ['4F2A81C0A3', '6A7B8C9D0E', 'C1D2E3F4A5']);
      assert.deepEqual(await ids({ to: '@kund.example' }), ['4F2A81C0A3', '9A1B2C3D4E']);
      assert.deepEqual(await ids({ messageId: 'gott-nytt-ar@exempel.se' }), ['C1D2E3F4A5']);
      assert.deepEqual(await ids({ queueId: '7E8F9A0B1C' }), ['7E8F9A0B1C']);
      assert.deepEqual(await ids({ from: 'anna@exempel.se', to: 'per@okand.example' }), ['4F2A81C0A3']);
    });

    it('ignores ASCII case in addresses and matches the original recipient', async () => {
      const r = await traceLogs(files, { ...ZONE, to: 'ORDER@kund.example' });
      assert.deepEqual(
        r.messages.map((m) => [m.id, m.recipients[0]?.address, m.recipients[0]?.origRecipient]),
        [['9A1B2C3D4E', 'Order@Kund.Example', 'order@kund.example']],
      );
    });

    it('keeps messages whose lifetime overlaps the time window, in the zone given', async () => {
      const ids = async (o: object): Promise<string[]> => (await traceLogs(files, { ...ZONE, ...o })).messages.map((m) => m.id).sort();
      assert.deepEqual(await ids({ since: '2026-01-01T07:00', until: '2026-01-01T09:00' }), ['1122334455', '7E8F9A0B1C', 'D0E1F2A3B4']);
      assert.deepEqual(await ids({ since: '2026-01-01T08:30', until: '2026-01-01T09:30' }), ['1122334455']);
      assert.deepEqual(await ids({ since: '2026-01-01T07:30:00Z', until: '2026-01-01T08:30:00Z' }), ['1122334455']);
      assert.deepEqual(await ids({ to: 'karin@gralistad.example', until: '2025-12-31T12:00' }), []);
    });

    it('says what was searched for when nothing matches', async () => {
      const r = await traceLogs(files, { ...ZONE, to: 'nobody@nowhere.example', lang: 'sv' });
      assert.equal(r.messages.length, 0);
      const f = r.findings[0];
      assert.equal(f?.id, 'log.not-found');
      assert.equal(f?.title, 'Inget matchande meddelande i loggarna');
      assert.match(f?.explanation ?? '', /to=nobody@nowhere\.example/u);
      assert.match(f?.explanation ?? '', /55 rader i 3 fil/u);
      assert.match(f?.explanation ?? '', /2025-12-30 09:14:02 – 2026-01-01 10:00:01/u);
    });

    it('lists at most maxMessages and counts the rest', async () => {
      const r = await traceLogs(files, { ...ZONE, maxMessages: 2 });
      assert.equal(r.messages.length, 2);
      assert.equal(r.messagesOmitted, 7);
      assert.ok(r.findings.some((f) => f.id === 'log.truncated'));
    });
  });

  describe('a log written by a real Postfix 3.7 (maillog_file)', () => {
    it('tells the delivered, refused, bounced and deferred messages apart', async () => {
      const file = join(FIXTURES, 'postfix/real-postfix-3.7.maillog');
      const r = await traceLogs([file], { timeZone: 'UTC', year: 2026 });
      assert.equal(r.linesSkipped, 0);
      const fate = (id: string): string | undefined =>
        r.messages
          .find((m) => m.messageId === id)
          ?.recipients.map((x) => `${x.address}:${x.status}:${x.dsn}`)
          .join(' ');
      assert.equal(fate('delivered-1@mailpath.test'), 'bob@example.test:delivered:2.0.0');
      assert.equal(fate('bounced-1@mailpath.test'), 'nobody@bounce.test:bounced:5.1.1');
      assert.equal(fate('deferred-1@mailpath.test'), 'somebody@defer.test:deferred:4.4.1');
      assert.equal(r.messages.find((m) => m.messageId === 'bounced-1@mailpath.test')?.notification, '6AE5C20E744');
      assert.equal(r.messages.find((m) => m.id === 'NOQUEUE')?.recipients[0]?.address, 'refused@bounce.test');
    });
  });

  describe('other formats', () => {
    it('reads an Exim mainlog', async () => {
      const r = await traceLogs([join(FIXTURES, 'exim/mainlog')], { ...ZONE, from: 'maria@byra.example' });
      assert.equal(r.format, 'exim');
      assert.deepEqual(
        r.messages.map((m) => [m.id, m.recipients.map((x) => `${x.address}:${x.status}:${x.attempts}`).join(' ')]),
        [
          ['1tBmXz-0007Qa-2K', 'jonas@kund.example:sent:1 ekonomi@kund.example:sent:1 fel@okand.example:bounced:1'],
          ['1tBnCa-0008AA-Lm', 'anders@gra.example:sent:3'],
          ['1tBpQr-000000002Kc-0AbC', 'Per.Olsen@Norge.Example:sent:1'],
        ],
      );
      const frozen = await traceLogs([join(FIXTURES, 'exim/mainlog')], { ...ZONE, to: 'lisa@fjarran.example' });
      assert.equal(frozen.messages[0]?.recipients[0]?.status, 'frozen');
      assert.ok(frozen.findings.some((f) => f.id === 'log.frozen'));
    });

    it('reads a Sendmail log and attaches the DSN logged after the last recipient', async () => {
      const r = await traceLogs([join(FIXTURES, 'sendmail/maillog')], { ...ZONE, year: 2026, from: 'olle@verkstad.example' });
      assert.equal(r.format, 'sendmail');
      assert.deepEqual(
        r.messages.map((m) => [m.id, m.notification, m.recipients.map((x) => x.status).join(',')]),
        [
          ['513DMA3a051001', '513DMD3a051003', 'sent,bounced'],
          ['513E10aB051200', '518E1XaB053300', 'expired'],
        ],
      );
    });

    it('reads an Exchange message tracking log and joins a message’s events', async () => {
      const r = await traceLogs([join(FIXTURES, 'exchange/MSGTRK2025123101-1.LOG')], { ...ZONE, to: 'jonas@kund.example' });
      assert.equal(r.format, 'exchange');
      const m = r.messages[0];
      assert.equal(m?.subject, 'Offert, vecka 1');
      assert.deepEqual(
        m?.recipients.map((x) => `${x.address}:${x.status}`),
        ['jonas@kund.example:sent', 'ekonomi@byra.example:delivered'],
      );
      const expired = await traceLogs([join(FIXTURES, 'exchange/MSGTRK2025123101-1.LOG')], { ...ZONE, to: 'order@nere.example' });
      assert.equal(expired.messages[0]?.recipients[0]?.status, 'expired');
      assert.equal(expired.messages[0]?.recipients[0]?.firstAttempt, '2025-12-29T08:01:02Z');
    });

    it('reads every Microsoft 365 export to the same outcome for one recipient', async () => {
      for (const file of [
        'Get-MessageTrace.csv',
        'Get-MessageTraceV2.csv',
        'eac-message-trace-export.csv',
        'enhanced-summary-report.csv',
        'extended-report.csv',
      ]) {
        const r = await traceLogs([join(FIXTURES, 'm365', file)], { ...ZONE, to: 'fel.adress@okand.example' });
        assert.equal(r.format, 'm365', file);
        assert.equal(r.messages.length, 1, file);
        assert.equal(r.messages[0]?.recipients.find((x) => x.address === 'fel.adress@okand.example')?.status, 'failed', file);
        assert.equal(r.messages[0]?.from, 'kim@byra.example', file);
      }
    });

    it('reads in-memory text, dating classic stamps by the clock it is given', async () => {
      const text =
        'Mar  5 10:12:34 mail postfix/qmgr[88]: 1A2B3C4D5E: from=<a@b.example>, size=10, nrcpt=1 (queue active)\n' +
        'Mar  5 10:12:35 mail postfix/smtp[89]: 1A2B3C4D5E: to=<c@d.example>, relay=mx.d.example[198.51.100.1]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 ok)\n';
      const r = await traceLogs([{ name: 'pasted', text }], { timeZone: 'UTC' }, { now: () => new Date(Date.UTC(2027, 5, 1)) });
      assert.equal(r.messages[0]?.recipients[0]?.at, '2027-03-05T10:12:35Z');
      assert.equal(r.messages[0]?.recipients[0]?.lines[0]?.file, 'pasted');
    });
  });

  describe('input that is not a mail log', () => {
    it('says so about a web server log instead of failing', async () => {
      const r = await traceLogs([join(FIXTURES, 'other/access.log')], ZONE);
      assert.equal(r.format, 'unknown');
      assert.equal(r.findings[0]?.id, 'log.not-a-log');
      assert.equal((r.findings[0]?.evidence[0] as LogEvidence).lines.length, 3);
    });

    it('says so about binary bytes', async () => {
      const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
      const r = await traceLogs([{ name: 'photo.jpg', bytes }], ZONE);
      assert.equal(r.findings[0]?.id, 'log.not-a-log');
      assert.equal(r.messages.length, 0);
    });

    it('reports a file it cannot open', async () => {
      const r = await traceLogs([join(dir, 'missing.log')], ZONE);
      assert.equal(r.findings[0]?.id, 'log.unreadable');
      assert.equal(r.findings[0]?.params?.['error'], 'ENOENT');
    });

    it('refuses an invalid time or zone with a finding', async () => {
      assert.equal((await traceLogs(files, { ...ZONE, since: 'last tuesday' })).findings[0]?.id, 'log.invalid-option');
      assert.equal((await traceLogs(files, { timeZone: 'Mars/Olympus' })).findings[0]?.params?.['option'], 'timeZone');
    });

    it('stops when aborted', async () => {
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(traceLogs(files, { ...ZONE, signal: ac.signal }), { name: 'AbortError' });
    });
  });

  describe('findings', () => {
    it('are written in Swedish and Norwegian too', async () => {
      const sv = await traceLogs(files, { ...ZONE, to: 'per@okand.example', lang: 'sv' });
      const nb = await traceLogs(files, { ...ZONE, to: 'per@okand.example', lang: 'nb' });
      assert.equal(sv.findings[0]?.title, 'Studsade: per@okand.example avvisades');
      assert.equal(nb.findings[0]?.title, 'Returnert: per@okand.example ble avvist');
    });

    it('take the reason and who must act from the reply knowledge base when it is wired', async () => {
      const r = await traceLogs(
        files,
        { ...ZONE, to: 'per@okand.example' },
        {
          explainReply: (reply) => ({
            reason: reply.status === '5.1.1' ? 'userunknown' : 'undefined',
            severity: 'permanent',
            explanation: 'The mailbox does not exist.',
            cause: 'A typo.',
            fix: 'Correct the address.',
            whoMustAct: 'recipient',
            matchedBy: 'status:5.1.1',
          }),
        },
      );
      const rcpt = r.messages[0]?.recipients.find((x) => x.address === 'per@okand.example');
      assert.equal(rcpt?.reason, 'userunknown');
      const f = r.findings.find((x) => x.id === 'log.bounced');
      assert.equal(f?.whoMustAct, 'recipient');
      assert.equal(f?.params?.['reason'], 'userunknown');
    });

    it('leave the log’s own words when the knowledge base throws', async () => {
      const r = await traceLogs(
        files,
        { ...ZONE, to: 'per@okand.example' },
        {
          explainReply: () => {
            throw new Error('not implemented');
          },
        },
      );
      assert.equal(r.findings.find((x) => x.id === 'log.bounced')?.whoMustAct, 'sender-it');
    });
  });
});
