/**
 * A WebAssembly arena for the fast path: chunk buffers live in one fixed-size wasm memory, so the
 * two byte scans that touch every byte of a large log run as SIMD code on the buffers in place —
 * counting newlines (for line numbers) and finding the search string regardless of ASCII case.
 * The module is simd.wat beside this file, assembled with `wat2wasm simd.wat` and inlined here.
 * Where WebAssembly SIMD is missing, `createArena` returns undefined and callers use Buffer.indexOf.
 */

const WASM_BASE64 =
  'AGFzbQEAAAABHgNgA39/fwF/YAZ/f39/f38Bf2AIf39/f39/f38BfwIPAQNlbnYGbWVtb3J5AgABAwQDAAECBxcDBWNvdW50AAAEZmluZAABBHNjYW4AAgrABwOTAQIDfwF7IAL9DyEGIAAgAWohAyADQcAAayEEAkADQCAAIARKDQEgBSAA/QAEACAG/SP9ZGkgAP0ABBAgBv0j/WRpaiAA/QAEICAG/SP9ZGkgAP0ABDAgBv0j/WRpampqIQUgAEHAAGohAAwACwsCQANAIAAgA08NASAFIAAtAAAgAkZqIQUgAEEBaiEADAALCyAFC94CAwR/BHsDfyADRSADIAFLcgRAQX8PCyAAIQYgACABaiEHIAIgA2ogBGotAAD9DyEKIAIgBGotAAD9DyELIAIgA2ogBWotAAD9DyEMIAIgBWotAAD9DyENIANBD2ohCSAHIAlrIQgCQANAIAAgCEoNASAAIARq/QAEACAK/VAgC/0jIAAgBWr9AAQAIAz9UCAN/SP9Tv1kIQ4CQANAIA5FDQEgACAOaGohEEEAIQ8CQANAIA8gA08EQCAQIAZrDwsgECAPai0AACACIANqIA9qLQAAciACIA9qLQAARw0BIA9BAWohDwwACwsgDiAOQQFrcSEODAALCyAAQRBqIQAMAAsLAkADQCAAIANqIAdKDQFBACEPAkADQCAPIANPBEAgACAGaw8LIAAgD2otAAAgAiADaiAPai0AAHIgAiAPai0AAEcNASAPQQFqIQ8MAAsLIABBAWohAAwACwtBfwvIAwMFfwV7A38gACEIIAAgAWohCUEK/Q8hDSACIANqIARqLQAA/Q8hDiACIARqLQAA/Q8hDyACIANqIAVqLQAA/Q8hECACIAVqLQAA/Q8hESAJIANBD2prIQogA0UEQEF/IQoLAkADQCAAIApKDQEgCyAA/QAEACAN/SP9ZGlqIQsgACAEav0ABAAgDv1QIA/9IyAAIAVq/QAEACAQ/VAgEf0j/U79ZCESAkADQCASRQ0BIAAgEmhqIRRBACETAkADQCATIANPBEAgDCAHSQRAIAYgDEECdGogFCAIazYCAAsgDEEBaiEMDAILIBQgE2otAAAgAiADaiATai0AAHIgAiATai0AAEcNASATQQFqIRMMAAsLIBIgEkEBa3EhEgwACwsgAEEQaiEADAALCwJAA0AgACAJTw0BIAsgAC0AAEEKRmohCyADQQBHIAAgA2ogCU1xBEBBACETAkADQCATIANPBEAgDCAHSQRAIAYgDEECdGogACAIazYCAAsgDEEBaiEMDAILIAAgE2otAAAgAiADaiATai0AAHIgAiATai0AAEcNASATQQFqIRMMAAsLCyAAQQFqIQAMAAsLIAZBBGsgDDYCACALCw==';

/** The slice of the WebAssembly API used here (the engine's lib settings do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (d: { initial: number; maximum: number }) => WasmMemory;
  Instance: new (m: object, imports: object) => { readonly exports: unknown };
}
const WA = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

interface SimdExports {
  count(p: number, n: number, b: number): number;
  find(p: number, n: number, s: number, m: number, a: number, b: number): number;
  scan(p: number, n: number, s: number, m: number, a: number, b: number, out: number, max: number): number;
}

const PAGE = 65536;
/** The first page holds the needle and its fold masks, then the hits of `scan`. */
const NEEDLE_MAX = PAGE / 4;
const HITS_COUNT = PAGE / 2;
const HITS = HITS_COUNT + 4;
const HITS_MAX = (PAGE - HITS) / 4;

let compiled: object | null | undefined;

function module(): object | null {
  if (compiled !== undefined) return compiled;
  try {
    if (!WA) throw new Error('no WebAssembly');
    compiled = new WA.Module(Buffer.from(WASM_BASE64, 'base64'));
  } catch {
    compiled = null;
  }
  return compiled;
}

/**
 * How common a (lower-cased) byte is in mail logs, most common first; bytes not listed are rare.
 * Rough English/Nordic letter order after the characters every log line is full of.
 */
const COMMON = ' e0123456789:.=ta-osinrl<>@/[]dcmuphg,()_bfykvwxjqz';

function rarity(b: number): number {
  const i = COMMON.indexOf(String.fromCharCode(b));
  return i === -1 ? -1 : COMMON.length - i;
}

/** A source of chunk buffers of one size. */
export interface BufferPool {
  readonly size: number;
  take(): Buffer;
  give(buf: Buffer): void;
}

/** Plain heap buffers, a few kept for reuse. */
export class HeapPool implements BufferPool {
  readonly size: number;
  private readonly free: Buffer[] = [];
  private readonly keep: number;

  constructor(size: number, keep = 4) {
    this.size = size;
    this.keep = keep;
  }

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(this.size);
  }

  give(buf: Buffer): void {
    if (buf.buffer.byteLength === this.size && this.free.length < this.keep) this.free.push(Buffer.from(buf.buffer, 0, this.size));
  }
}

/** Fixed slots in a wasm memory that never grows, so Buffer views of it stay valid. */
export class SimdArena implements BufferPool {
  readonly size: number;
  private readonly memory: WasmMemory;
  private readonly fns: SimdExports;
  private readonly free: number[] = [];
  private readonly overflow: HeapPool;
  private needleLength = 0;
  private anchorA = 0;
  private anchorB = 0;

  constructor(api: WasmApi, mod: object, slots: number, size: number) {
    this.size = size;
    const pages = 1 + Math.ceil((slots * size) / PAGE);
    this.memory = new api.Memory({ initial: pages, maximum: pages });
    this.fns = new api.Instance(mod, { env: { memory: this.memory } }).exports as SimdExports;
    for (let i = slots - 1; i >= 0; i--) this.free.push(PAGE + i * size);
    this.overflow = new HeapPool(size, 0);
  }

  owns(buf: Buffer): boolean {
    return buf.buffer === this.memory.buffer;
  }

  take(): Buffer {
    const off = this.free.pop();
    return off === undefined ? this.overflow.take() : Buffer.from(this.memory.buffer, off, this.size);
  }

  give(buf: Buffer): void {
    if (!this.owns(buf)) return;
    const slot = Math.floor((buf.byteOffset - PAGE) / this.size);
    const off = PAGE + slot * this.size;
    if (!this.free.includes(off)) this.free.push(off);
  }

  /** Bytes equal to `byte` in `buf` (which must live in this arena). */
  count(buf: Buffer, byte: number): number {
    return this.fns.count(buf.byteOffset, buf.length, byte);
  }

  /**
   * Sets the string `find` looks for. ASCII letters match in either case; other bytes exactly.
   * False when it is too long for the arena (callers then use Buffer.indexOf).
   */
  setNeedle(needle: Buffer): boolean {
    if (needle.length === 0 || needle.length > NEEDLE_MAX) return false;
    const mem = new Uint8Array(this.memory.buffer, 0, 2 * needle.length);
    for (let i = 0; i < needle.length; i++) {
      let b = needle[i] as number;
      const letter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
      if (letter) b |= 0x20;
      mem[i] = b;
      mem[needle.length + i] = letter ? 0x20 : 0;
    }
    this.needleLength = needle.length;
    // Anchor the SIMD filter on the two rarest bytes, so few candidates need checking.
    const order = [...mem.subarray(0, needle.length)].map((b, i) => ({ i, r: rarity(b) })).sort((x, y) => x.r - y.r || x.i - y.i);
    this.anchorA = order[0]?.i ?? 0;
    this.anchorB = order[1]?.i ?? this.anchorA;
    return true;
  }

  /**
   * One pass over `buf` (in this arena): its newline count and the offsets of the needle's
   * matches — undefined when there were more than fit (then use `find`), or no needle is set.
   */
  scan(buf: Buffer): { newlines: number; hits: Int32Array | undefined } {
    const m = this.needleLength;
    const newlines = this.fns.scan(buf.byteOffset, buf.length, 0, m, this.anchorA, this.anchorB, HITS, HITS_MAX);
    const count = new Int32Array(this.memory.buffer, HITS_COUNT, 1)[0] as number;
    if (m === 0 || count > HITS_MAX) return { newlines, hits: undefined };
    return { newlines, hits: new Int32Array(this.memory.buffer, HITS, count).slice() };
  }

  /** Offset in `buf` of the first match at or after `from`, or -1. */
  find(buf: Buffer, from: number): number {
    if (from >= buf.length) return -1;
    const r = this.fns.find(buf.byteOffset + from, buf.length - from, 0, this.needleLength, this.anchorA, this.anchorB);
    return r < 0 ? -1 : from + r;
  }
}

/** An arena with `slots` chunk buffers, or undefined where WebAssembly SIMD is unavailable. */
export function createArena(slots: number, size: number): SimdArena | undefined {
  const mod = module();
  if (!mod || !WA) return undefined;
  try {
    return new SimdArena(WA, mod, slots, size);
  } catch {
    return undefined;
  }
}
