import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OP_NAMES } from '../../electron/engine/contract/ops.ts';
import { OP_NAMES_ARG, formatOpNamesArg, opChannel, parseOpNamesArg } from '../../electron/preload/channels.ts';

describe('channels', () => {
  describe('opChannel', () => {
    it('gives each operation a channel of its own', () => {
      assert.equal(opChannel('caseSave'), 'mailpath:op:caseSave');
      assert.equal(new Set(OP_NAMES.map(opChannel)).size, OP_NAMES.length);
    });
  });

  describe('formatOpNamesArg and parseOpNamesArg', () => {
    it('carry every operation name of the table through the renderer’s argv', () => {
      const argv = ['/opt/Mailpath/mailpath', '--type=renderer', formatOpNamesArg(OP_NAMES), '--enable-sandbox'];
      assert.deepEqual(parseOpNamesArg(argv), OP_NAMES);
    });

    it('refuses to format a name that could break the argument', () => {
      assert.throws(() => formatOpNamesArg(['ok', 'a,b']), /cannot travel/);
      assert.throws(() => formatOpNamesArg(['a b']), /cannot travel/);
    });

    it('returns no names when the argument is missing, and drops junk and repeats', () => {
      assert.deepEqual(parseOpNamesArg(['--type=renderer']), []);
      assert.deepEqual(parseOpNamesArg([`${OP_NAMES_ARG}appInfo,,__proto__,a-b,appInfo,caseLoad`]), ['appInfo', 'caseLoad']);
    });
  });
});
