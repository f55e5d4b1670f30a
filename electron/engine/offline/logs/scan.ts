/**
 * The two ways through a log.
 *
 * `scanAll` reads every line into the store: for unfiltered runs, time windows and CSV exports.
 *
 * `NeedleScanner` is the fast path when a sender, recipient, Message-ID or queue ID is given. Only
 * lines containing that string can make a message match (SIMD search, ASCII case ignored); the
 * rest of a matching message's lines share its key (queue ID, Exim id). So for each hit the
 * scanner searches *back* through a window of recent chunks for the key's earlier lines (until
 * the arrival line), then follows the key *forward* chunk by chunk until the message is finished.
 * Every other line costs only the SIMD newline count that gives evidence its line number.
 * Messages are joined exactly as in `scanAll`: the same parser and store see the same lines.
 */
import { Chunk, type NewlineCounter } from './chunk.ts';
import type { LineParser, ParsedLine } from './events.ts';
import type { SimdArena } from './simd.ts';
import type { ChunkReader } from './source.ts';
import { IDLE_MS, type MessageStore } from './store.ts';
import type { LogLineRef } from './types.ts';

export interface ScanFile {
  readonly name: string;
  readonly reader: ChunkReader;
  readonly parser: LineParser;
}

export interface FileCounts {
  linesRead: number;
  linesSkipped: number;
  bytesRead: number;
  /** Earliest and latest time seen (epoch ms). */
  firstAt?: number;
  lastAt?: number;
}

/** Chunks kept for the backward search (4 MiB each). */
export const WINDOW_CHUNKS = 8;

function seen(counts: FileCounts, at: number): void {
  if (at <= 0) return;
  if (counts.firstAt === undefined || at < counts.firstAt) counts.firstAt = at;
  if (counts.lastAt === undefined || at > counts.lastAt) counts.lastAt = at;
}

function counterFor(arena: SimdArena | undefined): (buf: Buffer) => NewlineCounter {
  return (buf) => (arena?.owns(buf) ? (b) => arena.count(b, 10) : Chunk.countNewlines);
}

/**
 * The file's chunks with their line counts; with `withHits` (the fast path, in the arena) the
 * same SIMD pass also finds the search string.
 */
async function* chunks(
  file: ScanFile,
  counts: FileCounts,
  arena: SimdArena | undefined,
  signal?: AbortSignal,
  withHits = false,
): AsyncGenerator<Chunk> {
  let line = 1;
  const counter = counterFor(arena);
  for (;;) {
    signal?.throwIfAborted();
    const buf = await file.reader.next();
    if (!buf) return;
    const scanned = withHits && arena?.owns(buf) ? arena.scan(buf) : undefined;
    const chunk = new Chunk(buf, file.name, file.parser, line, counter(buf), () => file.reader.release(buf), scanned);
    line += chunk.lines;
    counts.linesRead += chunk.lines;
    counts.bytesRead += buf.length;
    yield chunk;
  }
}

/** Reads every line. */
export async function scanAll(file: ScanFile, store: MessageStore, counts: FileCounts, signal?: AbortSignal): Promise<void> {
  let sinceCheck = 0;
  for await (const chunk of chunks(file, counts, undefined, signal)) {
    let lastAt = 0;
    const buf = chunk.buf;
    let n = chunk.firstLine;
    for (let s = 0; s < buf.length; n++) {
      const nl = buf.indexOf(10, s);
      const e = nl === -1 ? buf.length : nl;
      const text = buf.toString('utf8', s, e > s && buf[e - 1] === 13 ? e - 1 : e);
      s = e + 1;
      if (text.length === 0) continue;
      const p = file.parser.parse(text);
      if (!p) {
        counts.linesSkipped++;
        continue;
      }
      seen(counts, p.at);
      if (p.at > lastAt) lastAt = p.at;
      if (p.events.length === 0 && p.key === undefined) continue;
      store.apply(file.parser.format, p, { file: chunk.file, n, text });
    }
    if (++sinceCheck >= 8 && lastAt > 0) {
      sinceCheck = 0;
      store.expireIdle(lastAt);
    }
    chunk.release();
  }
}

interface Item {
  /** Start offset of the line. */
  readonly start: number;
  readonly needle: boolean;
  /** The followed key whose occurrence this is. */
  readonly key?: Buffer;
  /** Found just after its message finished: reports on it are looked for up to this offset. */
  readonly lateUntil?: number;
}

/** How far after a message's last line a report about it is still looked for. */
const LINGER_BYTES = 64 * 1024;
/** Above this many followed keys one sweep over a chunk's lines beats a search per key. */
const SWEEP_KEYS = 6;
/** With this many hits and followed keys, a chunk is read line by line instead of searched. */
const SWEEP_CHUNK = 48;
/** A message's lines before its first hit lie close together: how far back to look for the next. */
const BACK_FIRST = 1024 * 1024;
const BACK_NEXT = 64 * 1024;

function byStart(a: Item, b: Item): number {
  return a.start - b.start || Number(b.needle) - Number(a.needle);
}

/** Inserts into `items` (sorted by start) after index `after`. */
function insertAfter(items: Item[], after: number, item: Item): void {
  let lo = after + 1;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStart(items[mid] as Item, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  items.splice(lo, 0, item);
}

function ref(chunk: Chunk, start: number, text: string): LogLineRef {
  return { file: chunk.file, n: chunk.lineNumber(start), text };
}

/** Follows messages found by a needle; state (window, tracked keys) spans files in order. */
export class NeedleScanner {
  private readonly needle: Buffer;
  private readonly store: MessageStore;
  private readonly arena: SimdArena | undefined;
  private readonly window: Chunk[] = [];
  /** Keys of messages being followed, as bytes to search for. */
  private readonly tracked = new Map<string, Buffer>();

  /**
   * With an arena the needle matches regardless of ASCII case (as the store's filters do);
   * without one Buffer.indexOf finds it as given (lower case).
   */
  constructor(needle: string, store: MessageStore, arena?: SimdArena) {
    this.needle = Buffer.from(needle, 'utf8');
    this.store = store;
    this.arena = arena?.setNeedle(this.needle) ? arena : undefined;
  }

  async scan(file: ScanFile, counts: FileCounts, signal?: AbortSignal): Promise<void> {
    let first = true;
    for await (const chunk of chunks(file, counts, this.arena, signal, true)) {
      // The first line seeds the year of logs whose timestamps carry none.
      if (first && chunk.lines > 0) {
        const p = file.parser.parse(chunk.text(0));
        if (p) seen(counts, p.at);
      }
      first = false;
      this.window.push(chunk);
      if (this.window.length > WINDOW_CHUNKS) this.window.shift()?.release();
      this.chunk(chunk, counts);
    }
  }

  finish(): void {
    for (const c of this.window) c.release();
    this.window.length = 0;
  }

  private find(chunk: Chunk, from: number): number {
    if (from >= chunk.buf.length) return -1;
    return this.arena?.owns(chunk.buf) ? this.arena.find(chunk.buf, from) : chunk.buf.indexOf(this.needle, from);
  }

  private chunk(chunk: Chunk, counts: FileCounts): void {
    const items: Item[] = [];
    for (let p = this.find(chunk, 0); p !== -1;) {
      const start = chunk.lineStart(p);
      items.push({ start, needle: true });
      p = this.find(chunk, chunk.lineEnd(start) + 1);
    }
    if (items.length + this.tracked.size > SWEEP_CHUNK && chunk.parser.quickKey !== undefined) this.sweepChunk(chunk, items, counts);
    else this.searchChunk(chunk, items, counts);
    // The chunk's last dated line dates it: the log's span; keys silent for longer than a queue
    // lifetime are let go.
    const now = this.lastTime(chunk);
    if (now) {
      seen(counts, now);
      if (this.tracked.size > 0) {
        this.store.expireIdle(now);
        for (const k of [...this.tracked.keys()]) if (!this.store.isLive(k)) this.tracked.delete(k);
      }
    }
  }

  /**
   * Many hits: every line in order, a hit or a followed key (by the parser's cheap key guess)
   * read as met — no searching at all.
   */
  private sweepChunk(chunk: Chunk, hits: readonly Item[], counts: FileCounts): void {
    const buf = chunk.buf;
    const quick = chunk.parser.quickKey as (prefix: string) => string | undefined;
    const lingering = new Map<string, number>();
    let h = 0;
    for (let s = 0; s < buf.length;) {
      const nl = buf.indexOf(10, s);
      const e = nl === -1 ? buf.length : nl;
      let item: Item | undefined;
      if (h < hits.length && (hits[h] as Item).start === s) {
        item = hits[h++];
      } else {
        const key = quick(buf.toString('latin1', s, Math.min(e, s + 160)));
        if (key !== undefined) {
          const keyBuf = this.tracked.get(key);
          const until = lingering.get(key);
          if (keyBuf) item = { start: s, needle: false, key: keyBuf };
          else if (until !== undefined && s < until) item = { start: s, needle: false, key: Buffer.from(key), lateUntil: until };
        }
      }
      if (item) {
        const k = item.key?.toString('utf8');
        const wasTracked = k !== undefined && this.tracked.has(k);
        this.read(chunk, item, counts);
        if (wasTracked && !this.tracked.has(k as string)) lingering.set(k as string, e + 1 + LINGER_BYTES);
      }
      s = e + 1;
    }
  }

  /** Few hits: search for the hits' and followed keys' lines only. */
  private searchChunk(chunk: Chunk, items: Item[], counts: FileCounts): void {
    // Followed keys: with few, only their first occurrence now (the next is looked for once
    // this one is read, so a message that finishes early costs no search through the rest of
    // the chunk); with many, one sweep over the chunk's lines finds them all at once.
    const swept = this.tracked.size > SWEEP_KEYS && chunk.parser.quickKey !== undefined;
    if (swept) this.sweep(chunk, items);
    else {
      for (const key of this.tracked.values()) {
        const next = this.nextOccurrence(chunk, key, 0);
        if (next) items.push(next);
      }
    }
    const sweptKeys = swept ? new Set(this.tracked.keys()) : undefined;
    items.sort(byStart);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      const wasTracked = item.key !== undefined && this.tracked.has(item.key.toString('utf8'));
      const follow = this.read(chunk, item, counts);
      for (const key of [item.key, follow]) {
        if (!key) continue;
        const from = chunk.lineEnd(item.start) + 1;
        const k = key.toString('utf8');
        if (this.tracked.has(k)) {
          if (sweptKeys?.has(k)) continue;
          const next = this.nextOccurrence(chunk, key, from);
          if (next) insertAfter(items, i, next);
        } else if (key === item.key && (wasTracked || item.lateUntil !== undefined)) {
          // Finished just now: a report may follow within a few lines.
          const until = item.lateUntil ?? from + LINGER_BYTES;
          const next = this.nextOccurrence(chunk, key, from, until);
          if (next) insertAfter(items, i, { ...next, lateUntil: until });
        }
      }
    }
  }

  /** Reads one found line; returns the key of a message it starts following. */
  private read(chunk: Chunk, item: Item, counts: FileCounts): Buffer | undefined {
    if (chunk.seen.has(item.start)) return undefined;
    const text = chunk.text(item.start);
    const p = chunk.parser.parse(text);
    if (!p) {
      chunk.seen.add(item.start);
      counts.linesSkipped++;
      return undefined;
    }
    if (item.lateUntil !== undefined && p.key !== undefined && !this.tracked.has(p.key)) {
      chunk.seen.add(item.start);
      this.store.applyLate(p, ref(chunk, item.start, text));
      return undefined;
    }
    if (p.key === undefined) {
      chunk.seen.add(item.start);
      if (item.needle) this.store.apply(chunk.parser.format, p, ref(chunk, item.start, text));
      return undefined;
    }
    if (this.tracked.has(p.key)) {
      chunk.seen.add(item.start);
      if (this.store.apply(chunk.parser.format, p, ref(chunk, item.start, text))) this.tracked.delete(p.key);
      return undefined;
    }
    if (!item.needle) return undefined;
    chunk.seen.add(item.start);
    return this.open(chunk, item.start, p, ref(chunk, item.start, text));
  }

  /** Every line of the chunk whose key is followed, read by the parser's cheap key guess. */
  private sweep(chunk: Chunk, out: Item[]): void {
    const buf = chunk.buf;
    const quick = chunk.parser.quickKey as (prefix: string) => string | undefined;
    for (let s = 0; s < buf.length;) {
      const nl = buf.indexOf(10, s);
      const e = nl === -1 ? buf.length : nl;
      const key = quick(buf.toString('latin1', s, Math.min(e, s + 160)));
      const keyBuf = key === undefined ? undefined : this.tracked.get(key);
      if (keyBuf) out.push({ start: s, needle: false, key: keyBuf });
      s = e + 1;
    }
  }

  private lastTime(chunk: Chunk): number | undefined {
    let start = chunk.lines > 0 ? chunk.lastLineStart() : -1;
    for (let tries = 0; start >= 0 && tries < 16; tries++) {
      const at = chunk.parser.parse(chunk.text(start))?.at;
      if (at) return at;
      if (start === 0) break;
      start = chunk.lineStart(start - 1);
    }
    return undefined;
  }

  /** Starts following a key found by the needle, earlier lines first; its bytes while still open. */
  private open(chunk: Chunk, start: number, p: ParsedLine, r: LogLineRef): Buffer | undefined {
    const key = p.key as string;
    const keyBuf = Buffer.from(key, 'utf8');
    // A hit on the arrival line itself has nothing before it to look for.
    const earlier = p.events.some((e) => chunk.parser.isArrival(e)) ? [] : this.backfill(chunk, start, key, keyBuf, p.at);
    for (const e of earlier) {
      if (this.store.apply(e.chunk.parser.format, e.p, e.ref)) return undefined;
    }
    if (this.store.apply(chunk.parser.format, p, r)) return undefined;
    if (!this.store.isLive(key)) return undefined;
    this.tracked.set(key, keyBuf);
    return keyBuf;
  }

  /** The next line holding `key` at or after `from` (and before `until`, when given). */
  private nextOccurrence(chunk: Chunk, key: Buffer, from: number, until?: number): Item | undefined {
    if (from >= chunk.buf.length) return undefined;
    const q =
      until === undefined ? chunk.buf.indexOf(key, from) : chunk.buf.subarray(0, Math.min(until, chunk.buf.length)).indexOf(key, from);
    return q === -1 ? undefined : { start: chunk.lineStart(q), needle: false, key };
  }

  /** Earlier lines of `key` before the line at `start` of `chunk`, oldest first, back to its arrival. */
  private backfill(
    chunk: Chunk,
    start: number,
    key: string,
    keyBuf: Buffer,
    at: number,
  ): { chunk: Chunk; p: ParsedLine; ref: LogLineRef }[] {
    const found: { chunk: Chunk; p: ParsedLine; ref: LogLineRef }[] = [];
    // How many bytes further back the next line of the message may still be.
    let budget = BACK_FIRST;
    for (let w = this.window.indexOf(chunk); w >= 0 && budget > 0; w--) {
      const c = this.window[w] as Chunk;
      let pos = c === chunk ? start - 1 : c.buf.length - 1;
      while (pos >= 0 && budget > 0) {
        const floor = Math.max(0, pos - budget);
        const q = c.buf.subarray(floor).lastIndexOf(keyBuf, pos - floor);
        if (q === -1) {
          budget -= pos - floor + 1;
          break;
        }
        const s = c.lineStart(floor + q);
        pos = s - 1;
        budget = BACK_NEXT;
        const text = c.text(s);
        const p = c.parser.parse(text);
        if (!p || p.key !== key) continue;
        if (at - p.at > IDLE_MS) return found.reverse();
        // An earlier message under the same (reused) queue ID ends the search, as does this one's
        // arrival; lines read before are part of a message already followed, so stop there too.
        if (p.events.some((e) => e.type === 'removed' || e.type === 'completed') || c.seen.has(s)) return found.reverse();
        c.seen.add(s);
        found.push({ chunk: c, p, ref: ref(c, s, text) });
        if (p.events.some((e) => c.parser.isArrival(e))) return found.reverse();
      }
    }
    return found.reverse();
  }
}
