import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HeapPool } from '../../../../electron/engine/offline/logs/simd.ts';
import { ChunkReader, openSource, orderSources } from '../../../../electron/engine/offline/logs/source.ts';

async function readAll(reader: ChunkReader): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let b = await reader.next(); b; b = await reader.next()) {
    out.push(Buffer.from(b));
    reader.release(b);
  }
  return out;
}

describe('log sources', () => {
  describe('orderSources', () => {
    it('puts rotated files oldest first and the live file last', () => {
      assert.deepEqual(orderSources(['/v/mail.log', '/v/mail.log.1', '/v/mail.log.3.gz', '/v/mail.log.2.gz']), [
        '/v/mail.log.3.gz',
        '/v/mail.log.2.gz',
        '/v/mail.log.1',
        '/v/mail.log',
      ]);
    });

    it('orders dateext rotations by date', () => {
      assert.deepEqual(orderSources(['maillog', 'maillog-20251231.gz', 'maillog-20251224.gz']), [
        'maillog-20251224.gz',
        'maillog-20251231.gz',
        'maillog',
      ]);
    });

    it('keeps unrelated files in the order given', () => {
      assert.deepEqual(orderSources(['b.log', 'a.log']), ['b.log', 'a.log']);
    });
  });

  describe('openSource', () => {
    it('tells gzip by its magic bytes whatever the name', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mailpath-src-'));
      try {
        const path = join(dir, 'mail.log');
        writeFileSync(path, gzipSync(Buffer.from('line one\nline two\n')));
        const opened = await openSource(path);
        assert.ok(opened.ok);
        assert.equal(opened.source.compressed, true);
        const chunks = await readAll(new ChunkReader(opened.source.fill));
        assert.equal(Buffer.concat(chunks).toString(), 'line one\nline two\n');
        await opened.source.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('transcodes UTF-16LE text with a byte order mark to UTF-8', async () => {
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Möte,å\r\n', 'utf16le')]);
      const opened = await openSource({ name: 'x.csv', bytes });
      assert.ok(opened.ok);
      assert.equal(Buffer.concat(await readAll(new ChunkReader(opened.source.fill))).toString('utf8'), 'Möte,å\r\n');
    });

    it('reports a missing file instead of throwing', async () => {
      const opened = await openSource('/nonexistent/mail.log');
      assert.equal(opened.ok, false);
      assert.equal(opened.ok ? '' : opened.error, 'ENOENT');
    });
  });

  describe('ChunkReader', () => {
    it('cuts chunks after a newline and loses no byte', async () => {
      const text = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}`).join('\n');
      const opened = await openSource({ name: 't', text });
      assert.ok(opened.ok);
      const chunks = await readAll(new ChunkReader(opened.source.fill, new HeapPool(256)));
      assert.ok(chunks.length > 10);
      for (const c of chunks.slice(0, -1)) assert.equal(c[c.length - 1], 10);
      assert.equal(Buffer.concat(chunks).toString(), text);
    });

    it('cuts a line longer than a chunk instead of growing without bound', async () => {
      const text = `${'y'.repeat(1000)}\nshort\n`;
      const opened = await openSource({ name: 't', text });
      assert.ok(opened.ok);
      const chunks = await readAll(new ChunkReader(opened.source.fill, new HeapPool(256)));
      assert.equal(Buffer.concat(chunks).toString(), text);
      assert.ok(chunks.every((c) => c.length <= 256));
    });
  });
});
