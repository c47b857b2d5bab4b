/** A tiny async queue: the producer pushes, one consumer awaits items in order. */
export class Channel<T> {
  private readonly items: T[] = [];
  private waiter: ((item: T | undefined) => void) | undefined;
  private closed = false;

  push(item: T): void {
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter(item);
    } else this.items.push(item);
  }

  close(): void {
    this.closed = true;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.(undefined);
  }

  /** The next item, or undefined once closed and empty. */
  next(): Promise<T | undefined> {
    if (this.items.length) return Promise.resolve(this.items.shift());
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiter = resolve));
  }
}

/** Counts free slots; `acquire` waits for one. `abort` lets every waiter through (to stop). */
export class Slots {
  private readonly waiters: Array<() => void> = [];
  private aborted = false;

  constructor(private free: number) {}

  acquire(): Promise<void> {
    if (this.aborted) return Promise.resolve();
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.free += 1;
  }

  abort(): void {
    this.aborted = true;
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
