import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { detectFormat } from '../../../../electron/engine/offline/logs/detect.ts';

const fixture = (p: string): string[] => {
  const raw = readFileSync(new URL(`../../../fixtures/logs/${p}`, import.meta.url));
  const buf = p.endsWith('.gz') ? gunzipSync(raw) : raw;
  const text = buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2).toString('utf16le') : buf.toString('utf8');
  return text.split(/\r?\n/u);
};

describe('detectFormat', () => {
  const cases: [string, string][] = [
    ['postfix/mail.log.2.gz', 'postfix'],
    ['postfix/rfc3339.log', 'postfix'],
    ['exim/mainlog', 'exim'],
    ['sendmail/maillog', 'sendmail'],
    ['exchange/MSGTRK2025123101-1.LOG', 'exchange'],
    ['m365/Get-MessageTrace.csv', 'm365'],
    ['m365/Get-MessageTraceV2.csv', 'm365'],
    ['m365/eac-message-trace-export.csv', 'm365'],
    ['m365/enhanced-summary-report.csv', 'm365'],
    ['m365/extended-report.csv', 'm365'],
  ];
  for (const [file, format] of cases) {
    it(`tells ${file} is ${format}`, () => {
      assert.equal(detectFormat(fixture(file)).format, format);
    });
  }

  it('finds no format in a web server log', () => {
    assert.equal(detectFormat(fixture('other/access.log')).format, undefined);
  });

  it('finds no format in empty input', () => {
    assert.equal(detectFormat([]).format, undefined);
  });
});
