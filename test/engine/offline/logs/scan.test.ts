import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { traceLogs, type TraceOptions } from '../../../../electron/engine/offline/logs/index.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/logs/', import.meta.url));

/**
 * A synthetic Postfix log of several chunks (4 MiB each): interleaved messages, some greylisted
 * and retried minutes later, some bounced with a report, so that messages straddle chunk
 * boundaries and a domain filter puts the scanner into its line-by-line sweep.
 */
function syntheticLog(messages: number): string {
  let seed = 7;
  const r = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const events: { at: number; seq: number; text: string }[] = [];
  let seq = 0;
  const emit = (at: number, text: string): void => void events.push({ at, seq: seq++, text });
  const domains = ['kund.example', 'firma.example', 'post.example', 'nät.example'];
  let t = Date.UTC(2025, 11, 31, 20, 0, 0);
  for (let i = 0; i < messages; i++) {
    t += r(900);
    const qid = (0x100000000 + i * 7919).toString(16).toUpperCase().slice(-10);
    const sender = `user${r(50)}@exempel.se`;
    const rcpt = `person${r(400)}@${domains[r(domains.length)]}`;
    emit(
      t,
      `postfix/submission/smtpd[${1000 + r(9000)}]: ${qid}: client=ws${r(99)}.exempel.se[192.0.2.${r(250)}], sasl_method=PLAIN, sasl_username=${sender}`,
    );
    emit(t, `postfix/cleanup[2000]: ${qid}: message-id=<m${i}@exempel.se>`);
    emit(t + 1, `postfix/qmgr[811]: ${qid}: from=<${sender}>, size=${1000 + r(50000)}, nrcpt=1 (queue active)`);
    const fate = r(20);
    const at = t + 400 + r(900);
    const line = (when: number, status: string, dsn: string, text: string): void =>
      emit(
        when,
        `postfix/smtp[${3000 + r(9000)}]: ${qid}: to=<${rcpt}>, relay=mx.${rcpt.split('@')[1]}[198.51.100.${r(250)}]:25, delay=${((when - t) / 1000).toFixed(1)}, delays=0.1/0/0.3/0.5, dsn=${dsn}, status=${status} (${text})`,
      );
    if (fate < 16) {
      line(at, 'sent', '2.0.0', `250 2.0.0 Ok: queued as ${qid}X`);
      emit(at + 1, `postfix/qmgr[811]: ${qid}: removed`);
    } else if (fate < 18) {
      line(at, 'deferred', '4.7.1', 'host mx said: 451 4.7.1 Greylisted (in reply to RCPT TO command)');
      const later = at + 600_000 + r(600_000);
      line(later, 'sent', '2.0.0', '250 2.0.0 Ok');
      emit(later + 1, `postfix/qmgr[811]: ${qid}: removed`);
    } else {
      line(at, 'bounced', '5.1.1', `host mx said: 550 5.1.1 <${rcpt}>: User unknown (in reply to RCPT TO command)`);
      const ndr = `${qid.slice(0, 8)}NB`;
      emit(at, `postfix/cleanup[2000]: ${ndr}: message-id=<ndr${i}@mail.exempel.se>`);
      emit(at, `postfix/bounce[2100]: ${qid}: sender non-delivery notification: ${ndr}`);
      emit(at + 1, `postfix/qmgr[811]: ${ndr}: from=<>, size=3000, nrcpt=1 (queue active)`);
      emit(at + 1, `postfix/qmgr[811]: ${qid}: removed`);
      emit(
        at + 2,
        `postfix/virtual[2200]: ${ndr}: to=<${sender}>, relay=virtual, delay=0.01, delays=0/0/0/0.01, dsn=2.0.0, status=sent (delivered to maildir)`,
      );
      emit(at + 3, `postfix/qmgr[811]: ${ndr}: removed`);
    }
    if (r(10) === 0) emit(t, `dovecot: imap-login: Login: user=<${sender}>, method=PLAIN, rip=192.0.2.${r(250)}, lip=192.0.2.1, TLS`);
  }
  events.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return events
    .map((e) => {
      const d = new Date(e.at);
      const hms = d.toISOString().slice(11, 19);
      return `${M[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms} mail ${e.text}\n`;
    })
    .join('');
}

describe('scan', () => {
  let text = '';

  before(() => {
    text = syntheticLog(30_000);
    assert.ok(text.length > 9 * 1024 * 1024, `synthetic log of ${text.length} bytes should span several chunks`);
  });

  const compare = async (sources: Parameters<typeof traceLogs>[0], opts: TraceOptions): Promise<number> => {
    const fast = await traceLogs(sources, { timeZone: 'UTC', maxMessages: 100_000, ...opts });
    const full = await traceLogs(sources, { timeZone: 'UTC', maxMessages: 100_000, ...opts }, { fullScan: true });
    assert.deepEqual(fast.messages, full.messages, JSON.stringify(opts));
    assert.equal(fast.linesRead, full.linesRead);
    return fast.messages.length;
  };

  describe('the fast path', () => {
    it('finds one recipient’s messages across chunk boundaries exactly as a full read does', async () => {
      assert.ok((await compare([{ name: 'synthetic', text }], { to: 'person7@kund.example', year: 2025 })) > 10);
    });

    it('sweeps chunks full of hits line by line with the same result', async () => {
      assert.ok((await compare([{ name: 'synthetic', text }], { to: '@firma.example', year: 2025 })) > 5000);
    });

    it('follows a sender whose hits open and close many messages per chunk', async () => {
      assert.ok((await compare([{ name: 'synthetic', text }], { from: 'user3@exempel.se', year: 2025 })) > 100);
    });

    it('matches an address with non-ASCII bytes exactly', async () => {
      assert.ok((await compare([{ name: 'synthetic', text }], { to: 'person11@nät.example', year: 2025 })) > 0);
    });

    it('agrees with a full read on the Exim and Sendmail fixtures', async () => {
      await compare([join(FIXTURES, 'exim/mainlog')], { from: 'maria@byra.example' });
      await compare([join(FIXTURES, 'exim/mainlog')], { to: 'anders@gra.example' });
      await compare([join(FIXTURES, 'sendmail/maillog')], { from: 'olle@verkstad.example', year: 2026 });
      await compare([join(FIXTURES, 'sendmail/maillog')], { to: 'kund@langsam.example', year: 2026 });
    });
  });
});
