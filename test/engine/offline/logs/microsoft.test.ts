import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ZoneClock } from '../../../../electron/engine/offline/logs/clock.ts';
import { parseExportDate, splitCsv } from '../../../../electron/engine/offline/logs/csv.ts';
import type { ParsedLine } from '../../../../electron/engine/offline/logs/events.ts';
import { createMicrosoftParser } from '../../../../electron/engine/offline/logs/microsoft.ts';

function feed(format: 'exchange' | 'm365', lines: string[]): ParsedLine[] {
  const p = createMicrosoftParser(format, new ZoneClock('Europe/Stockholm'));
  return lines.map((l) => {
    const r = p.parse(l);
    assert.ok(r, `not parsed: ${l}`);
    return r;
  });
}

const TRACKING =
  '#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version';

describe('microsoft logs', () => {
  describe('splitCsv', () => {
    it('splits quoted fields with commas and doubled quotes', () => {
      assert.deepEqual(splitCsv('a,"b, c","say ""hi""",,e'), ['a', 'b, c', 'say "hi"', '', 'e']);
    });

    it('returns undefined for a quote left open', () => {
      assert.equal(splitCsv('a,"b, c'), undefined);
    });
  });

  describe('parseExportDate', () => {
    it('reads ISO, en-US and European export dates as UTC', () => {
      assert.deepEqual(parseExportDate('2025-12-31T14:03:04.5130000Z'), {
        y: 2025,
        mo: 12,
        d: 31,
        h: 14,
        mi: 3,
        s: 4,
        ms: 513,
        offset: 'Z',
      });
      assert.deepEqual(parseExportDate('12/31/2025 2:03:04 PM'), { y: 2025, mo: 12, d: 31, h: 14, mi: 3, s: 4, ms: 0, offset: 'Z' });
      assert.deepEqual(parseExportDate('12/31/2025 12:03:04 AM'), { y: 2025, mo: 12, d: 31, h: 0, mi: 3, s: 4, ms: 0, offset: 'Z' });
      assert.deepEqual(parseExportDate('31.12.2025 14:03:04'), { y: 2025, mo: 12, d: 31, h: 14, mi: 3, s: 4, ms: 0, offset: 'Z' });
      assert.equal(parseExportDate('yesterday'), undefined);
    });
  });

  describe('Exchange message tracking', () => {
    it('maps SEND rows to sent recipients with the next hop and reply', () => {
      const [, row] = feed('exchange', [
        TRACKING,
        '2025-12-31T13:02:12.208Z,192.0.2.15,EX01,198.51.100.20,mx1.kund.example,,Internet,SMTP,SEND,21474836513,<a@ex01>,8f3e,jonas@kund.example,250 2.0.0 Ok: queued as 3F2E,41290,1,,,Offert,kim@byra.example,kim@byra.example,,Originating,,,,,Email,,15.02',
      ]);
      assert.equal(row?.key, 'a@ex01');
      assert.equal(new Date(row?.at ?? 0).toISOString(), '2025-12-31T13:02:12.208Z');
      assert.deepEqual(row?.events, [
        {
          type: 'recipient',
          address: 'jonas@kund.example',
          status: 'sent',
          attempt: true,
          relay: 'mx1.kund.example[198.51.100.20]',
          reply: '250 2.0.0 Ok: queued as 3F2E',
          dsn: '2.0.0',
        },
      ]);
    });

    it('pairs a list of recipients with a list of statuses', () => {
      const [, row] = feed('exchange', [
        TRACKING,
        '2025-12-31T15:30:01.020Z,,,,EX01,,,STOREDRIVER,DELIVER,1,<d@ex01>,n,ola@byra.example;mia@byra.example,250 2.1.5 Recipient OK;250 2.1.5 Recipient OK,3002,2,,,Julfest,kim@byra.example,kim@byra.example,,Originating,,,,,Email,,15',
      ]);
      assert.deepEqual(
        row?.events.map((e) => (e.type === 'recipient' ? [e.address, e.status, e.reply] : [])),
        [
          ['ola@byra.example', 'delivered', '250 2.1.5 Recipient OK'],
          ['mia@byra.example', 'delivered', '250 2.1.5 Recipient OK'],
        ],
      );
    });

    it('reads QUEUE.Expired as expired and keeps the ; in its status', () => {
      const [, row] = feed('exchange', [
        TRACKING,
        '2025-12-31T08:01:03.000Z,,,,EX01,,Internet,QUEUE,FAIL,1,<c@ex01>,n,order@nere.example,550 4.4.7 QUEUE.Expired; message expired,88001,1,,,B,kim@byra.example,kim@byra.example,,Originating,,,,,Email,,15',
      ]);
      assert.deepEqual(row?.events, [
        {
          type: 'recipient',
          address: 'order@nere.example',
          status: 'expired',
          attempt: true,
          reply: '550 4.4.7 QUEUE.Expired; message expired',
          dsn: '4.4.7',
        },
      ]);
    });

    it('files a DSN row under the original message it reports on', () => {
      const [, row] = feed('exchange', [
        TRACKING,
        '2025-12-31T14:10:06.510Z,,,,EX01,,,DSN,DSN,2,<dsn@ex01>,n,kim@byra.example,,9210,1,,<b@ex01>,Olevererbart,postmaster@byra.example,<>,,Originating,,,,,Email,,15',
      ]);
      assert.equal(row?.key, 'b@ex01');
      assert.deepEqual(row?.events, [{ type: 'notification', kind: 'non-delivery', id: 'dsn@ex01' }]);
    });

    it('expands a group into queued members', () => {
      const [, row] = feed('exchange', [
        TRACKING,
        '2025-12-31T15:30:00.300Z,,,,EX01,,,ROUTING,EXPAND,1,<d@ex01>,n,salj@byra.example,,3002,1,ola@byra.example;mia@byra.example,salj@byra.example,Julfest,kim@byra.example,kim@byra.example,,Originating,,,,,Email,,15',
      ]);
      assert.deepEqual(
        row?.events.map((e) => (e.type === 'recipient' ? `${e.address}:${e.status}` : '')),
        ['salj@byra.example:expanded', 'ola@byra.example:queued', 'mia@byra.example:queued'],
      );
    });

    it('reads the envelope sender from return-path on RECEIVE', () => {
      const [, row] = feed('exchange', [
        TRACKING,
        '2025-12-31T14:10:05.001Z,192.0.2.15,EX01,192.0.2.15,EX01,,,STOREDRIVER,RECEIVE,2,<b@ex01>,n,x@okand.example,To,5120,1,,,Möte,"Kim K <kim@byra.example>",kim@byra.example,,Originating,,,,,Email,,15',
      ]);
      assert.deepEqual(row?.events[0], {
        type: 'arrival',
        from: 'kim@byra.example',
        size: 5120,
        client: 'EX01[192.0.2.15]',
        messageId: 'b@ex01',
        subject: 'Möte',
      });
    });

    it('does not read a row before its header, nor a broken row', () => {
      const p = createMicrosoftParser('exchange', new ZoneClock('UTC'));
      assert.equal(p.parse('2025-12-31T13:02:12.208Z,"broken'), undefined);
      p.parse(TRACKING);
      assert.equal(p.parse('not a date,1,2,3'), undefined);
    });
  });

  describe('Microsoft 365 message trace', () => {
    it('reads Get-MessageTrace rows and tells delivery to another server by its To IP', () => {
      const rows = feed('m365', [
        '"PSComputerName","RunspaceId","PSShowComputerName","Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId","StartDate","EndDate","Index"',
        '"o","r","False","org","<m1@x>","12/31/2025 2:03:04 PM","kim@byra.example","jonas@kund.example","Offert","Delivered","198.51.100.20","","40963","5c1d","s","e","0"',
        '"o","r","False","org","<m1@x>","12/31/2025 2:03:04 PM","kim@byra.example","ekonomi@byra.example","Offert","Delivered","","","40963","5c1d","s","e","1"',
      ]);
      assert.equal(rows[1]?.key, '5c1d');
      assert.deepEqual(rows[1]?.events[1], {
        type: 'recipient',
        address: 'jonas@kund.example',
        status: 'sent',
        attempt: true,
        relay: '198.51.100.20',
      });
      assert.deepEqual(rows[2]?.events[1], { type: 'recipient', address: 'ekonomi@byra.example', status: 'delivered', attempt: true });
    });

    it('reads the new EAC export columns', () => {
      const rows = feed('m365', [
        'date_time_utc,sender_address,Recipient_address,subject,status,to_ip,from_ip,message_size,message_id,message_trace_id',
        '2025-12-31T16:00:00.0000000Z,kim@byra.example,kalle@gratis.example,Vinn!,FilteredAsSpam,,,2301,<q@x>,1a2b',
      ]);
      assert.deepEqual(rows[1]?.events, [
        { type: 'arrival', from: 'kim@byra.example', size: 2301, messageId: 'q@x', subject: 'Vinn!' },
        { type: 'recipient', address: 'kalle@gratis.example', status: 'filtered', attempt: false },
      ]);
    });

    it('reads the enhanced summary recipient chains', () => {
      const rows = feed('m365', [
        'origin_timestamp_utc,sender_address,recipient_status,message_subject,total_bytes,message_id,network_message_id,original_client_ip,directionality,connector_id,delivery_priority',
        '2025-12-31T14:03:04.5130000Z,kim@byra.example,"jonas@kund.example##Receive, Send;fel@okand.example##Receive, Fail",Offert,40963,<m1@x>,5c1d,192.0.2.80,Originating,,Normal',
      ]);
      assert.deepEqual(
        rows[1]?.events.slice(1).map((e) => (e.type === 'recipient' ? `${e.address}:${e.status}` : '')),
        ['jonas@kund.example:sent', 'fel@okand.example:failed'],
      );
    });
  });
});
