/**
 * A fixed-window counter per key (a client address), in this process's memory, with bounded size:
 * expired windows are dropped when the map grows, and past `maxKeys` the oldest go first, so a
 * flood of distinct addresses cannot grow it without limit. For limits that must hold across
 * several app processes (sign-in throttling), see modules/auth/sign-in-throttle.ts, which counts in
 * PostgreSQL.
 */
export class FixedWindowLimiter {
  private readonly hits = new Map<string, { count: number; until: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit for `key`; false when the key is over its limit in the current window. */
  allow(key: string): boolean {
    const now = this.now();
    const entry = this.hits.get(key);
    if (!entry || entry.until <= now) {
      if (this.hits.size >= this.maxKeys) this.prune(now);
      this.hits.delete(key);
      this.hits.set(key, { count: 1, until: now + this.windowMs });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  /** Seconds until `key`'s window ends (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const entry = this.hits.get(key);
    return entry ? Math.max(1, Math.ceil((entry.until - this.now()) / 1000)) : 1;
  }

  get size(): number {
    return this.hits.size;
  }

  private prune(now: number): void {
    for (const [k, v] of this.hits) if (v.until <= now) this.hits.delete(k);
    // Still full: drop the oldest windows (Map keeps insertion order).
    for (const k of this.hits.keys()) {
      if (this.hits.size < this.maxKeys) break;
      this.hits.delete(k);
    }
  }
}
