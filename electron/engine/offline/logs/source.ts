/**
 * Reading logs: files (plain, or gzip told apart by its magic bytes 1f 8b, RFC 1952 §2.3.1) and
 * in-memory text, decoded to UTF-8 bytes (UTF-16 exports are transcoded), cut into large chunks
 * that end on a line boundary. Chunk buffers come from a small pool, so memory stays flat
 * however large the log is.
 */
import { open, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { basename } from 'node:path';
import { HeapPool, type BufferPool } from './simd.ts';
import type { LogSource } from './types.ts';

/** Fills `buf[offset, offset+length)`; resolves to the bytes written, 0 at the end. */
export type Fill = (buf: Buffer, offset: number, length: number) => Promise<number>;

export interface OpenedSource {
  readonly name: string;
  readonly compressed: boolean;
  readonly mtime?: Date;
  readonly fill: Fill;
  close(): Promise<void>;
}

export type OpenResult = { ok: true; source: OpenedSource } | { ok: false; name: string; error: string };

function fromIterable(iterable: AsyncIterable<Buffer>): Fill {
  const it = iterable[Symbol.asyncIterator]();
  let pending: Buffer | undefined;
  let off = 0;
  return async (buf, offset, length) => {
    while (!pending || off >= pending.length) {
      const r = await it.next();
      if (r.done) return 0;
      pending = r.value;
      off = 0;
    }
    const n = Math.min(length, pending.length - off);
    pending.copy(buf, offset, off, off + n);
    off += n;
    return n;
  };
}

/** Wraps a fill so UTF-16LE text (BOM FF FE, as some Windows exports are written) reads as UTF-8. */
function utf16Aware(inner: Fill): Fill {
  let mode: 'probe' | 'plain' | 'utf16' = 'probe';
  const decoder = new TextDecoder('utf-16le');
  let out: Buffer = Buffer.alloc(0);
  let outOff = 0;
  const raw = Buffer.allocUnsafe(1 << 20);
  let rawStart: Buffer | undefined;
  return async (buf, offset, length) => {
    if (mode === 'probe') {
      const n = await inner(raw, 0, raw.length);
      if (n >= 2 && raw[0] === 0xff && raw[1] === 0xfe) {
        mode = 'utf16';
        out = Buffer.from(decoder.decode(raw.subarray(2, n), { stream: true }), 'utf8');
      } else {
        mode = 'plain';
        rawStart = Buffer.from(raw.subarray(0, n));
      }
    }
    if (mode === 'plain') {
      if (rawStart && rawStart.length > 0) {
        const n = Math.min(length, rawStart.length);
        rawStart.copy(buf, offset, 0, n);
        rawStart = rawStart.subarray(n);
        return n;
      }
      return inner(buf, offset, length);
    }
    while (outOff >= out.length) {
      const n = await inner(raw, 0, raw.length);
      if (n === 0) {
        const tail = decoder.decode();
        if (tail.length === 0) return 0;
        out = Buffer.from(tail, 'utf8');
      } else out = Buffer.from(decoder.decode(raw.subarray(0, n), { stream: true }), 'utf8');
      outOff = 0;
    }
    const n = Math.min(length, out.length - outOff);
    out.copy(buf, offset, outOff, outOff + n);
    outOff += n;
    return n;
  };
}

function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

export async function openSource(src: LogSource): Promise<OpenResult> {
  if (typeof src !== 'string') {
    const bytes = 'text' in src ? Buffer.from(src.text, 'utf8') : Buffer.from(src.bytes.buffer, src.bytes.byteOffset, src.bytes.byteLength);
    const compressed = isGzip(bytes);
    const body = compressed ? Readable.from([bytes]).pipe(createGunzip()) : Readable.from([bytes]);
    return { ok: true, source: { name: src.name, compressed, fill: utf16Aware(fromIterable(body)), close: async () => undefined } };
  }
  try {
    const info = await stat(src);
    if (!info.isFile()) return { ok: false, name: src, error: 'not a file' };
    const fh = await open(src, 'r');
    const head = Buffer.alloc(2);
    await fh.read(head, 0, 2, 0);
    if (isGzip(head)) {
      await fh.close();
      const stream = createReadStream(src, { highWaterMark: 1 << 20 }).pipe(createGunzip({ chunkSize: 1 << 20 }));
      return {
        ok: true,
        source: {
          name: src,
          compressed: true,
          mtime: info.mtime,
          fill: utf16Aware(fromIterable(stream)),
          close: async () => void stream.destroy(),
        },
      };
    }
    let pos = 0;
    const fill: Fill = async (buf, offset, length) => {
      const { bytesRead } = await fh.read(buf, offset, length, pos);
      pos += bytesRead;
      return bytesRead;
    };
    return { ok: true, source: { name: src, compressed: false, mtime: info.mtime, fill: utf16Aware(fill), close: () => fh.close() } };
  } catch (e) {
    return { ok: false, name: src, error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/**
 * Rotated logs oldest first: `mail.log-20251229.gz` (dateext) before `mail.log.2.gz` before
 * `mail.log.1` before `mail.log`. Files of different base names keep the order given.
 */
export function orderSources(sources: readonly LogSource[]): LogSource[] {
  const groups = new Map<string, number>();
  const keyed = sources.map((s, i) => {
    const name = typeof s === 'string' ? s : s.name;
    const file = basename(name).replace(/\.gz$/u, '');
    let base = file;
    let rank = 2;
    let sub = 0;
    const num = /^(.*)\.(\d{1,3})$/u.exec(file);
    const date = /^(.*)[-.](\d{8}(?:\d{2})?)$/u.exec(file);
    if (date) {
      base = date[1] as string;
      rank = 0;
      sub = Number(date[2]);
    } else if (num) {
      base = num[1] as string;
      rank = 1;
      sub = -Number(num[2]);
    }
    const dir = name.slice(0, name.length - basename(name).length);
    const g = `${dir}${base}`;
    if (!groups.has(g)) groups.set(g, groups.size);
    return { s, i, group: groups.get(g) as number, rank, sub };
  });
  keyed.sort((a, b) => a.group - b.group || a.rank - b.rank || a.sub - b.sub || a.i - b.i);
  return keyed.map((k) => k.s);
}

export const CHUNK_SIZE = 4 * 1024 * 1024;

/**
 * Cuts a byte stream into chunks that end after a newline. While the caller works on one chunk
 * the next is already being read, so disk (or gunzip) and parsing overlap. Buffers come from a
 * pool and go back through `release`; a line longer than a whole chunk is cut (it is damaged).
 */
export class ChunkReader {
  private readonly fill: Fill;
  private readonly pool: BufferPool;
  private carry: Buffer | undefined;
  private eof = false;
  private pending: Promise<Buffer | undefined> | undefined;
  private peeked: Buffer | undefined;

  constructor(fill: Fill, pool: BufferPool = new HeapPool(CHUNK_SIZE)) {
    this.fill = fill;
    this.pool = pool;
  }

  release(buf: Buffer): void {
    this.pool.give(buf);
  }

  /** The first chunk, without consuming it (format detection looks at it). */
  async peek(): Promise<Buffer | undefined> {
    this.peeked ??= await this.advance();
    return this.peeked;
  }

  /** The next chunk (a view into a pooled buffer), or undefined at the end. */
  async next(): Promise<Buffer | undefined> {
    if (this.peeked) {
      const p = this.peeked;
      this.peeked = undefined;
      return p;
    }
    return this.advance();
  }

  /** Waits for a read still in flight (before the source is closed) and gives its buffer back. */
  async dispose(): Promise<void> {
    const p = this.pending;
    this.pending = undefined;
    if (this.peeked) this.pool.give(this.peeked);
    this.peeked = undefined;
    if (p) {
      const b = await p.catch(() => undefined);
      if (b) this.pool.give(b);
    }
  }

  private async advance(): Promise<Buffer | undefined> {
    const current = this.pending ?? this.read();
    this.pending = undefined;
    const buf = await current;
    if (buf) this.pending = this.read();
    return buf;
  }

  private async read(): Promise<Buffer | undefined> {
    if (this.eof && !this.carry) return undefined;
    const size = this.pool.size;
    const buf = this.pool.take();
    let len = 0;
    if (this.carry) {
      this.carry.copy(buf, 0);
      len = this.carry.length;
      this.carry = undefined;
    }
    while (!this.eof && len < size) {
      const n = await this.fill(buf, len, size - len);
      if (n === 0) this.eof = true;
      len += n;
    }
    if (len === 0) {
      this.pool.give(buf);
      return undefined;
    }
    if (this.eof) return buf.subarray(0, len);
    const nl = buf.lastIndexOf(10, len - 1);
    if (nl === -1) return buf.subarray(0, len);
    if (nl + 1 < len) this.carry = Buffer.from(buf.subarray(nl + 1, len));
    return buf.subarray(0, nl + 1);
  }
}
