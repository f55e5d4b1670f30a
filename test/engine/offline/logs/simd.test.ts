import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createArena } from '../../../../electron/engine/offline/logs/simd.ts';

/** A deterministic PRNG so a failure can be replayed. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('simd arena', () => {
  const arena = createArena(2, 1 << 16);

  it('is available on this runtime', () => {
    assert.ok(arena, 'WebAssembly SIMD should be available in Node 24');
  });

  it('counts newlines exactly like a byte loop', () => {
    assert.ok(arena);
    const r = rng(1);
    for (let iter = 0; iter < 500; iter++) {
      const buf: Buffer = arena.take();
      const len = r(5000);
      for (let i = 0; i < len; i++) buf[i] = r(4) === 0 ? 10 : 65 + r(26);
      const view: Buffer = buf.subarray(r(8), len);
      let expected = 0;
      for (const b of view) if (b === 10) expected++;
      assert.equal(arena.count(view, 10), expected);
      arena.give(buf);
    }
  });

  it('finds the needle regardless of ASCII case, like a lower-cased indexOf', () => {
    assert.ok(arena);
    const r = rng(2);
    const alphabet = 'aAbBkK@.-\n0';
    for (let iter = 0; iter < 2000; iter++) {
      const buf: Buffer = arena.take();
      const len = 1 + r(3000);
      for (let i = 0; i < len; i++) buf[i] = alphabet.charCodeAt(r(alphabet.length));
      const view: Buffer = buf.subarray(0, len);
      let needle = '';
      for (let i = 0, m = 1 + r(7); i < m; i++) needle += 'abk@.0'[r(6)];
      assert.ok(arena.setNeedle(Buffer.from(needle)));
      const from = r(len);
      assert.equal(arena.find(view, from), view.toString('latin1').toLowerCase().indexOf(needle, from), `needle ${needle} from ${from}`);
      arena.give(buf);
    }
  });

  it('counts newlines and lists every match in one pass, like the two scans apart', () => {
    assert.ok(arena);
    const r = rng(3);
    const alphabet = 'aAbB\n@.kK';
    for (let iter = 0; iter < 2000; iter++) {
      const buf: Buffer = arena.take();
      const len = 1 + r(3000);
      for (let i = 0; i < len; i++) buf[i] = alphabet.charCodeAt(r(alphabet.length));
      const view: Buffer = buf.subarray(r(4), len);
      let needle = '';
      for (let i = 0, m = 1 + r(5); i < m; i++) needle += 'ab@.k\n'[r(6)];
      assert.ok(arena.setNeedle(Buffer.from(needle)));
      const lower = view.toString('latin1').toLowerCase();
      const expected: number[] = [];
      for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) expected.push(i);
      let newlines = 0;
      for (const b of view) if (b === 10) newlines++;
      const got: { newlines: number; hits: Int32Array | undefined } = arena.scan(view);
      assert.equal(got.newlines, newlines);
      assert.deepEqual(got.hits ? [...got.hits] : undefined, expected, `needle ${JSON.stringify(needle)}`);
      arena.give(buf);
    }
  });

  it('says when the matches do not fit its list', () => {
    assert.ok(arena);
    const buf: Buffer = arena.take();
    buf.fill(0x61, 0, 60000);
    arena.setNeedle(Buffer.from('a'));
    assert.equal(arena.scan(buf.subarray(0, 60000)).hits, undefined);
    arena.give(buf);
  });

  it('matches upper-case letters in the log against a lower-case address', () => {
    assert.ok(arena);
    const buf = arena.take();
    const text = Buffer.from('Jan  1 00:00:00 mail postfix/smtp[1]: ABCDEF0123: to=<Karin.Lindqvist@Kundbolaget.SE>, status=sent\n');
    text.copy(buf);
    arena.setNeedle(Buffer.from('karin.lindqvist@kundbolaget.se'));
    assert.equal(arena.find(buf.subarray(0, text.length), 0), text.indexOf('Karin'));
    arena.give(buf);
  });

  it('compares bytes outside ASCII exactly', () => {
    assert.ok(arena);
    const buf = arena.take();
    const text = Buffer.from('to=<BJÖRN@exempel.se> to=<björn@exempel.se>');
    text.copy(buf);
    arena.setNeedle(Buffer.from('björn@exempel.se'));
    assert.equal(arena.find(buf.subarray(0, text.length), 0), text.indexOf('björn'));
    arena.give(buf);
  });

  it('lends heap buffers once its slots are taken, and tells them apart', () => {
    assert.ok(arena);
    const a = arena.take();
    const b = arena.take();
    const c = arena.take();
    assert.equal(arena.owns(a) && arena.owns(b), true);
    assert.equal(arena.owns(c), false);
    arena.give(a);
    arena.give(b);
    assert.equal(arena.owns(arena.take()), true);
  });
});
