/**
 * Runs tasks with the same key one after another in this process (tasks with other keys run
 * freely). Used for sign-ins to one account: each attempt then sees the failures counted by the
 * attempts before it, so attempts sent together cannot all pass the lock check while the slow
 * password checks run. Across N app processes at most N attempts overlap.
 */
export class KeyedSerializer {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.tails.size;
  }
}
