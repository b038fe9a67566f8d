import { DomainException } from './domain-exception.js';

/**
 * Bounds the expensive work a signed-in user can start — reports, the inspection pack, the
 * dashboard's charts, reads of the register as of a past day (issue 15, item 3). At most
 * `concurrency` run at once in this process; up to `maxQueued` more wait their turn, each at most
 * `maxWaitMs`; anything beyond is refused at once with BUSY (503, Retry-After), never queued
 * without bound. Each heavy task holds a few pooled connections at most, so interactive requests
 * keep the rest of the pool.
 */
export class HeavyWorkLimiter {
  private running = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];
  /** Work refused because the queue was full or the wait ran out (for tests and the log). */
  refused = 0;

  constructor(readonly limits: { concurrency: number; maxQueued: number; maxWaitMs: number }) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.maxQueued) {
      this.refused++;
      return Promise.reject(new DomainException('BUSY'));
    }
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          this.refused++;
          reject(new DomainException('BUSY'));
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line: `running` stays the same.
    if (next) next.start();
    else this.running--;
  }
}

/**
 * One computation for concurrent callers asking the same thing: while a result for `key` is being
 * computed, later callers get the same promise instead of starting the work again (15 aliases of
 * the dashboard's charts cost one computation). Nothing is kept once it settles.
 */
export class SharedResults<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const promise = compute().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.inFlight.size;
  }
}

/** Seconds a client should wait before asking again for heavy work refused as BUSY. */
export const BUSY_RETRY_AFTER_SECONDS = 10;
