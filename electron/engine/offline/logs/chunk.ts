/**
 * A chunk of log bytes that ends on a line boundary. Lines are addressed by the byte offset
 * where they start; a line's number is the chunk's first line plus the newlines before it,
 * counted with SIMD when the chunk lives in the arena — so the fast path never indexes the
 * lines it does not read.
 */
import type { LineParser } from './events.ts';

export type NewlineCounter = (buf: Buffer) => number;

export class Chunk {
  readonly buf: Buffer;
  readonly file: string;
  readonly parser: LineParser;
  /** 1-based number of the chunk's first line in its file. */
  readonly firstLine: number;
  /** Lines in the chunk (the last one may lack its newline). */
  readonly lines: number;
  /** Start offsets of lines already read, so a line found twice is handled once. */
  readonly seen = new Set<number>();
  readonly release: () => void;
  private readonly counter: NewlineCounter;
  /** Known (offset, newlines before it) pairs, ascending, so counts resume from the nearest. */
  private readonly marks: number[] = [0, 0];

  /** Offsets of the search string's matches, when the arena found them while counting. */
  readonly hits: Int32Array | undefined;

  constructor(
    buf: Buffer,
    file: string,
    parser: LineParser,
    firstLine: number,
    counter: NewlineCounter,
    release: () => void,
    scanned?: { newlines: number; hits: Int32Array | undefined },
  ) {
    this.buf = buf;
    this.file = file;
    this.parser = parser;
    this.firstLine = firstLine;
    this.counter = counter;
    this.lines = (scanned?.newlines ?? counter(buf)) + (buf.length > 0 && buf[buf.length - 1] !== 10 ? 1 : 0);
    this.hits = scanned?.hits;
    this.release = release;
  }

  /** Counts newlines with Buffer.indexOf (no arena). */
  static countNewlines(buf: Buffer): number {
    let n = 0;
    for (let i = buf.indexOf(10, 0); i !== -1; i = buf.indexOf(10, i + 1)) n++;
    return n;
  }

  /** Start offset of the line holding byte `pos`. */
  lineStart(pos: number): number {
    return pos <= 0 ? 0 : this.buf.lastIndexOf(10, pos - 1) + 1;
  }

  /** Offset of the newline ending the line that starts at `start` (or the chunk's end). */
  lineEnd(start: number): number {
    const e = this.buf.indexOf(10, start);
    return e === -1 ? this.buf.length : e;
  }

  /** 1-based line number of the line starting at `start`. */
  lineNumber(start: number): number {
    const m = this.marks;
    // Binary search for the last mark at or before `start` (marks are pairs, sorted by offset).
    let lo = 0;
    let hi = m.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((m[2 * mid] as number) <= start) lo = mid;
      else hi = mid - 1;
    }
    const i = 2 * lo;
    const from = m[i] as number;
    const before = (m[i + 1] as number) + (start === from ? 0 : this.counter(this.buf.subarray(from, start)));
    if (start !== from) m.splice(i + 2, 0, start, before);
    return this.firstLine + before;
  }

  text(start: number): string {
    let e = this.lineEnd(start);
    if (e > start && this.buf[e - 1] === 13) e--;
    return this.buf.toString('utf8', start, e);
  }

  /** The last line's start offset. */
  lastLineStart(): number {
    const b = this.buf;
    const end = b.length > 0 && b[b.length - 1] === 10 ? b.length - 1 : b.length;
    return end > 0 ? b.lastIndexOf(10, end - 1) + 1 : 0;
  }
}
