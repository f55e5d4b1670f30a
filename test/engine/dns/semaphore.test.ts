import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSemaphore } from '../../../electron/engine/dns/semaphore.ts';

describe('semaphore', () => {
  it('grants up to the limit and then queues in arrival order', async () => {
    const s = createSemaphore(2);
    const a = await s.acquire();
    await s.acquire();
    const order: string[] = [];
    const c = s.acquire().then((r) => {
      order.push('c');
      return r;
    });
    const d = s.acquire().then((r) => {
      order.push('d');
      return r;
    });
    assert.deepEqual([s.inUse, s.waiting], [2, 2]);
    a();
    a(); // a second release of the same permit is ignored
    (await c)();
    (await d)();
    assert.deepEqual(order, ['c', 'd']);
    assert.deepEqual([s.inUse, s.waiting], [1, 0]);
  });

  it('drops a waiter whose signal aborts, without losing a permit', async () => {
    const s = createSemaphore(1);
    const held = await s.acquire();
    const controller = new AbortController();
    const waiting = s.acquire(controller.signal);
    controller.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
    assert.equal(s.waiting, 0);
    held();
    assert.equal(s.inUse, 0);
  });

  it('refuses a limit below one', () => {
    assert.throws(() => createSemaphore(0), RangeError);
  });
});
