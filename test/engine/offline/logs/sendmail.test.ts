import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { YearTracker, ZoneClock } from '../../../../electron/engine/offline/logs/clock.ts';
import { createSendmailParser } from '../../../../electron/engine/offline/logs/sendmail.ts';
import { SyslogHeader } from '../../../../electron/engine/offline/logs/syslog.ts';

const parser = createSendmailParser(new SyslogHeader(new ZoneClock('UTC'), new YearTracker({ year: 2026 })));

function events(line: string) {
  const p = parser.parse(line);
  assert.ok(p, `not parsed: ${line}`);
  return p;
}

describe('sendmail', () => {
  describe('parse', () => {
    it('reads the from line into an arrival and a sender', () => {
      const p = events(
        'Feb  3 14:22:10 smtp1 sm-mta[51001]: 513DMA3a051001: from=<olle@verkstad.example>, size=7421, class=0, nrcpts=2, msgid=<2026.513DMA3a051001@verkstad.example>, proto=ESMTPSA, daemon=MTA, relay=ws3.verkstad.example [192.0.2.60]',
      );
      assert.equal(p.key, '513DMA3a051001');
      assert.deepEqual(p.events, [
        { type: 'arrival', client: 'ws3.verkstad.example [192.0.2.60]', messageId: '2026.513DMA3a051001@verkstad.example' },
        { type: 'sender', from: 'olle@verkstad.example', size: 7421, nrcpt: 2 },
      ]);
    });

    it('reads a sent recipient with its reply and delay', () => {
      const p = events(
        'Feb  3 14:22:12 smtp1 sm-mta[51003]: 513DMA3a051001: to=<inkop@leverantor.example>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=127421, relay=mx.leverantor.example. [198.51.100.33], dsn=2.0.0, stat=Sent (OK id=1tCx9A-0004Zt-9b)',
      );
      assert.deepEqual(p.events, [
        {
          type: 'recipient',
          address: 'inkop@leverantor.example',
          status: 'sent',
          reply: 'OK id=1tCx9A-0004Zt-9b',
          relay: 'mx.leverantor.example.[198.51.100.33]',
          dsn: '2.0.0',
          delay: 2,
        },
      ]);
    });

    it('gives every address of a to= list its own event', () => {
      const p = events(
        'Feb  3 14:22:12 smtp1 sm-mta[51003]: 513DMA3a051001: to=<a@x.example>,<b@x.example>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=1, relay=mx.x.example. [198.51.100.1], dsn=2.0.0, stat=Sent (ok)',
      );
      assert.deepEqual(
        p.events.map((e) => (e.type === 'recipient' ? e.address : '')),
        ['a@x.example', 'b@x.example'],
      );
    });

    it('reads a permanent failure, a deferral of days and local delivery', () => {
      const bounced = events(
        'Feb  3 14:22:13 smtp1 sm-mta[51003]: 513DMA3a051001: to=<nobody@l.example>, delay=00:00:03, xdelay=00:00:01, mailer=esmtp, pri=1, relay=mx. [198.51.100.33], dsn=5.1.1, stat=User unknown',
      ).events[0];
      assert.equal(bounced?.type === 'recipient' ? bounced.status : undefined, 'bounced');
      const deferred = events(
        'Feb  8 15:01:33 smtp1 sm-mta[53300]: 513E10aB051200: to=<kund@langsam.example>, delay=5+00:00:33, xdelay=00:00:30, mailer=esmtp, pri=1, relay=mx. [203.0.113.61], dsn=4.4.7, stat=Deferred: Connection timed out with mx.langsam.example.',
      ).events[0];
      assert.equal(deferred?.type === 'recipient' ? deferred.status : undefined, 'deferred');
      assert.equal(deferred?.type === 'recipient' ? deferred.delay : undefined, 5 * 86400 + 33);
      assert.equal(deferred?.type === 'recipient' ? deferred.reply : undefined, 'Connection timed out with mx.langsam.example.');
      const local = events(
        'Feb  3 14:22:13 smtp1 sm-mta[51003]: 513DMD3a051003: to=<olle@verkstad.example>, delay=00:00:00, xdelay=00:00:00, mailer=local, pri=30000, dsn=2.0.0, stat=Sent',
      ).events[0];
      assert.equal(local?.type === 'recipient' ? local.status : undefined, 'delivered');
    });

    it('reads the DSN and the return to sender after five days', () => {
      assert.deepEqual(events('Feb  3 14:22:13 smtp1 sm-mta[51003]: 513DMA3a051001: 513DMD3a051003: DSN: User unknown').events, [
        { type: 'notification', kind: 'non-delivery', id: '513DMD3a051003' },
      ]);
      assert.deepEqual(
        events('Feb  8 15:01:33 smtp1 sm-mta[53300]: 513E10aB051200: 518E1XaB053300: return to sender: Cannot send message for 5 days')
          .events,
        [
          { type: 'expired', reply: 'Cannot send message for 5 days' },
          { type: 'notification', kind: 'non-delivery', id: '518E1XaB053300' },
        ],
      );
    });

    it('reads a relaying refusal', () => {
      const p = events(
        'Feb  8 16:10:44 smtp1 sm-mta[53410]: 518FAiT2053410: ruleset=check_rcpt, arg1=<info@annan.example>, relay=[203.0.113.150], reject=550 5.7.1 <info@annan.example>... Relaying denied. Proper authentication required.',
      );
      assert.deepEqual(p.events, [
        {
          type: 'rejected',
          reply: '550 5.7.1 <info@annan.example>... Relaying denied. Proper authentication required.',
          address: 'info@annan.example',
          client: '[203.0.113.150]',
          dsn: '5.7.1',
        },
      ]);
    });

    it('ignores other programs', () => {
      assert.deepEqual(events('Feb  3 14:22:10 smtp1 postfix/qmgr[1]: ABCDEF0123: removed').events, []);
    });
  });
});
