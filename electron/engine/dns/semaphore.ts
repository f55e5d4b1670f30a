/**
 * A counting semaphore bounding how many DNS exchanges are in flight at once. Waiters are served
 * in arrival order; a waiter whose AbortSignal fires leaves the queue without taking a permit.
 */

export interface Semaphore {
  /** Waits for a permit; resolves to its release function (call it exactly once). */
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** Permits currently held. */
  readonly inUse: number;
  /** Callers waiting for a permit. */
  readonly waiting: number;
}

export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
  let inUse = 0;
  const queue: { grant: () => void }[] = [];

  const releaser = (): (() => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) next.grant();
      else inUse -= 1;
    };
  };

  return {
    get inUse() {
      return inUse;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (inUse < limit) {
        inUse += 1;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        // The permit passes straight from releaser to waiter, so `inUse` is unchanged.
        const entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(releaser());
          },
        };
        const onAbort = (): void => {
          const i = queue.indexOf(entry);
          if (i >= 0) queue.splice(i, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(entry);
      });
    },
  };
}
