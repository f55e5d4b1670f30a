import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRegistry, regNumber, regText } from '../../../../electron/engine/discover/clients/registry.ts';

describe('discover', () => {
  describe('parseRegistry', () => {
    it('reads reg query output: binary as UTF-16LE text, DWORD in hex', () => {
      const tree = parseRegistry(
        '\r\nHKEY_CURRENT_USER\\Software\\X\r\n    SMTP Server    REG_BINARY    73006D00740070000000\r\n    SMTP Port    REG_DWORD    0x24b\r\n    Empty    REG_SZ    \r\n',
      );
      const values = tree.get('HKEY_CURRENT_USER\\Software\\X');
      assert.equal(regText(values?.get('SMTP Server')), 'smtp');
      assert.equal(regNumber(values?.get('SMTP Port')), 587);
      assert.equal(regText(values?.get('Empty')), '');
    });

    it('reads a .reg export with continued hex lines and escaped names', () => {
      const tree = parseRegistry(
        'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\K]\r\n"A \\"b\\""=hex:61,00,\\\r\n  62,00,00,00\r\n"D"=dword:00000001\r\n"S"="x\\\\y"\r\n',
      );
      const v = tree.get('HKEY_CURRENT_USER\\K');
      assert.equal(regText(v?.get('A "b"')), 'ab');
      assert.equal(regNumber(v?.get('D')), 1);
      assert.equal(regText(v?.get('S')), 'x\\y');
    });
  });
});
