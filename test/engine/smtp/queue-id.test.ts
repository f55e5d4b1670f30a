import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseQueueId } from '../../../electron/engine/smtp/queue-id.ts';

describe('smtp queue-id', () => {
  describe('parseQueueId', () => {
    const cases: [string, string, string][] = [
      ['Ok: queued as 4Xyz1AbcD', '4Xyz1AbcD', 'postfix'],
      ['Ok: queued as 15BB120C455', '15BB120C455', 'postfix'],
      ['OK id=1rAbCd-000Xyz-Q1', '1rAbCd-000Xyz-Q1', 'exim'],
      ['OK id=1tAbCd-00000001Xyz-Q1ab', '1tAbCd-00000001Xyz-Q1ab', 'exim'],
      [
        '<mailpath.1@example.com> [InternalId=1234567890123, Hostname=AM0PR01MB1234.eurprd01.prod.exchangelabs.com] 12345 bytes in 0.123, 98.765 KB/sec Queued mail for delivery',
        '1234567890123@AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
        'exchange',
      ],
      ['OK  1700000000 a640c23a62f3a-9a1b2c3d4e5si12345.12 - gsmtp', 'a640c23a62f3a-9a1b2c3d4e5si12345.12', 'gmail'],
      ['x7ABCDEF012345 Message accepted for delivery', 'x7ABCDEF012345', 'sendmail'],
      [
        'Ok 0100018a2b3c4d5e-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-000000',
        '0100018a2b3c4d5e-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-000000',
        'ses',
      ],
      ['ok 1700000000 qp 12345', '12345', 'qmail'],
    ];
    for (const [text, id, format] of cases) {
      it(`finds the ${format} queue ID in “${text.slice(0, 40)}…”`, () => {
        assert.deepEqual(parseQueueId(text), { queueId: id, format });
      });
    }

    it('gives nothing for a reply without a queue ID', () => {
      assert.equal(parseQueueId('Ok'), undefined);
      assert.equal(parseQueueId('Message accepted'), undefined);
    });
  });
});
