;; Byte scanning for the log tracer's fast path, in WebAssembly SIMD (128-bit).
;; Built into simd.ts with:  wat2wasm simd.wat -o - | base64 -w0
;; Both functions read the memory the host passes in and write nothing.
(module
  (memory (import "env" "memory") 1)

  ;; count(p, n, b): how many bytes in [p, p+n) equal b (the newline count of a chunk).
  (func (export "count") (param $p i32) (param $n i32) (param $b i32) (result i32)
    (local $end i32) (local $end64 i32) (local $c i32) (local $v v128)
    (local.set $v (i8x16.splat (local.get $b)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $end64 (i32.sub (local.get $end) (i32.const 64)))
    (block $done64
      (loop $l64
        (br_if $done64 (i32.gt_s (local.get $p) (local.get $end64)))
        (local.set $c
          (i32.add (local.get $c)
            (i32.add
              (i32.add
                (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load offset=0 (local.get $p)) (local.get $v))))
                (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load offset=16 (local.get $p)) (local.get $v)))))
              (i32.add
                (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load offset=32 (local.get $p)) (local.get $v))))
                (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load offset=48 (local.get $p)) (local.get $v))))))))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $l64)))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $c) (i32.eq (i32.load8_u (local.get $p)) (local.get $b))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $c))

;; find(p, n, s, m, a, b): offset from p of the first ASCII-case-insensitive match of the
  ;; needle at s (m bytes, letters already lower case) within [p, p+n), or -1. The m bytes after
  ;; the needle hold each byte's fold mask: 0x20 for a letter (so `byte | 0x20` compares alike),
  ;; else 0. Candidates are the positions where the needle's bytes at offsets a and b (chosen by
  ;; the host as its rarest bytes) both match, taken 16 at a time (W. Muła, "SIMD-friendly
  ;; algorithms for substring searching"); each candidate is then checked byte by byte.
  (func (export "find") (param $p i32) (param $n i32) (param $s i32) (param $m i32) (param $a i32) (param $b i32) (result i32)
    (local $base i32) (local $end i32) (local $stop i32) (local $reach i32)
    (local $fa v128) (local $ca v128) (local $fb v128) (local $cb v128)
    (local $mask i32) (local $k i32) (local $q i32)
    (if (i32.or (i32.eqz (local.get $m)) (i32.gt_u (local.get $m) (local.get $n))) (then (return (i32.const -1))))
    (local.set $base (local.get $p))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $fa (i8x16.splat (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $a)))))
    (local.set $ca (i8x16.splat (i32.load8_u (i32.add (local.get $s) (local.get $a)))))
    (local.set $fb (i8x16.splat (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $b)))))
    (local.set $cb (i8x16.splat (i32.load8_u (i32.add (local.get $s) (local.get $b)))))
    ;; Blocks of 16 candidate starts while every byte a candidate needs is in range.
    (local.set $reach (i32.add (local.get $m) (i32.const 15)))
    (local.set $stop (i32.sub (local.get $end) (local.get $reach)))
    (block $blocks_done
      (loop $blocks
        (br_if $blocks_done (i32.gt_s (local.get $p) (local.get $stop)))
        (local.set $mask
          (i8x16.bitmask
            (v128.and
              (i8x16.eq (v128.or (v128.load (i32.add (local.get $p) (local.get $a))) (local.get $fa)) (local.get $ca))
              (i8x16.eq (v128.or (v128.load (i32.add (local.get $p) (local.get $b))) (local.get $fb)) (local.get $cb)))))
        (block $mask_done
          (loop $candidates
            (br_if $mask_done (i32.eqz (local.get $mask)))
            (local.set $q (i32.add (local.get $p) (i32.ctz (local.get $mask))))
            (local.set $k (i32.const 0))
            (block $bad
              (loop $verify
                (if (i32.ge_u (local.get $k) (local.get $m))
                  (then (return (i32.sub (local.get $q) (local.get $base)))))
                (br_if $bad
                  (i32.ne
                    (i32.or
                      (i32.load8_u (i32.add (local.get $q) (local.get $k)))
                      (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $k))))
                    (i32.load8_u (i32.add (local.get $s) (local.get $k)))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $verify)))
            (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
            (br $candidates)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    ;; The remaining candidate starts, one by one.
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.gt_s (i32.add (local.get $p) (local.get $m)) (local.get $end)))
        (local.set $k (i32.const 0))
        (block $bad2
          (loop $verify2
            (if (i32.ge_u (local.get $k) (local.get $m))
              (then (return (i32.sub (local.get $p) (local.get $base)))))
            (br_if $bad2
              (i32.ne
                (i32.or
                  (i32.load8_u (i32.add (local.get $p) (local.get $k)))
                  (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $k))))
                (i32.load8_u (i32.add (local.get $s) (local.get $k)))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $verify2)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (i32.const -1))

  ;; scan(p, n, s, m, a, b, out, max): count() and find() in one pass over [p, p+n), so the
  ;; chunk is read from memory once. Returns the newline count; writes the offsets (from p) of
  ;; up to `max` needle matches as i32 at `out` and their number at out-4. A count above `max`
  ;; means the list is cut short (the host then searches on from the last offset).
  (func (export "scan") (param $p i32) (param $n i32) (param $s i32) (param $m i32) (param $a i32) (param $b i32) (param $out i32) (param $max i32) (result i32)
    (local $base i32) (local $end i32) (local $stop i32) (local $c i32) (local $hits i32)
    (local $nl v128) (local $fa v128) (local $ca v128) (local $fb v128) (local $cb v128)
    (local $mask i32) (local $k i32) (local $q i32)
    (local.set $base (local.get $p))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $nl (i8x16.splat (i32.const 10)))
    (local.set $fa (i8x16.splat (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $a)))))
    (local.set $ca (i8x16.splat (i32.load8_u (i32.add (local.get $s) (local.get $a)))))
    (local.set $fb (i8x16.splat (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $b)))))
    (local.set $cb (i8x16.splat (i32.load8_u (i32.add (local.get $s) (local.get $b)))))
    ;; Blocks of 16 while every byte a candidate needs (and the 16 counted) is in range.
    (local.set $stop (i32.sub (local.get $end) (i32.add (local.get $m) (i32.const 15))))
    (if (i32.eqz (local.get $m)) (then (local.set $stop (i32.const -1))))
    (block $blocks_done
      (loop $blocks
        (br_if $blocks_done (i32.gt_s (local.get $p) (local.get $stop)))
        (local.set $c (i32.add (local.get $c)
          (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (local.get $nl))))))
        (local.set $mask
          (i8x16.bitmask
            (v128.and
              (i8x16.eq (v128.or (v128.load (i32.add (local.get $p) (local.get $a))) (local.get $fa)) (local.get $ca))
              (i8x16.eq (v128.or (v128.load (i32.add (local.get $p) (local.get $b))) (local.get $fb)) (local.get $cb)))))
        (block $mask_done
          (loop $candidates
            (br_if $mask_done (i32.eqz (local.get $mask)))
            (local.set $q (i32.add (local.get $p) (i32.ctz (local.get $mask))))
            (local.set $k (i32.const 0))
            (block $bad
              (loop $verify
                (if (i32.ge_u (local.get $k) (local.get $m))
                  (then
                    (if (i32.lt_u (local.get $hits) (local.get $max))
                      (then (i32.store (i32.add (local.get $out) (i32.shl (local.get $hits) (i32.const 2)))
                                       (i32.sub (local.get $q) (local.get $base)))))
                    (local.set $hits (i32.add (local.get $hits) (i32.const 1)))
                    (br $bad)))
                (br_if $bad
                  (i32.ne
                    (i32.or
                      (i32.load8_u (i32.add (local.get $q) (local.get $k)))
                      (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $k))))
                    (i32.load8_u (i32.add (local.get $s) (local.get $k)))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $verify)))
            (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
            (br $candidates)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    ;; The rest, byte by byte: candidates that still fit, and every byte for the count.
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.add (local.get $c) (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))))
        (if (i32.and (i32.ne (local.get $m) (i32.const 0)) (i32.le_u (i32.add (local.get $p) (local.get $m)) (local.get $end)))
          (then
            (local.set $k (i32.const 0))
            (block $bad2
              (loop $verify2
                (if (i32.ge_u (local.get $k) (local.get $m))
                  (then
                    (if (i32.lt_u (local.get $hits) (local.get $max))
                      (then (i32.store (i32.add (local.get $out) (i32.shl (local.get $hits) (i32.const 2)))
                                       (i32.sub (local.get $p) (local.get $base)))))
                    (local.set $hits (i32.add (local.get $hits) (i32.const 1)))
                    (br $bad2)))
                (br_if $bad2
                  (i32.ne
                    (i32.or
                      (i32.load8_u (i32.add (local.get $p) (local.get $k)))
                      (i32.load8_u (i32.add (i32.add (local.get $s) (local.get $m)) (local.get $k))))
                    (i32.load8_u (i32.add (local.get $s) (local.get $k)))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $verify2)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (i32.store (i32.sub (local.get $out) (i32.const 4)) (local.get $hits))
    (local.get $c))
)
