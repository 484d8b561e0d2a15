/**
 * An async iterator that a producer pushes into, for GraphQL subscriptions. `return()` ends it at
 * once, even while a `next()` waits (an async generator would wait for its pending await first, and
 * keep its listener until the next event), and calls `onClose` exactly once to release the source.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly onClose: () => void,
    /** A consumer this far behind is cut off with an error rather than holding memory without bound. */
    private readonly maxQueued = 10_000,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  push(value: T): void {
    if (this.closed || this.failure) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return;
    }
    this.queue.push(value);
    if (this.queue.length > this.maxQueued)
      this.fail(new Error(`the subscriber fell more than ${this.maxQueued} messages behind and was cut off: subscribe again`));
  }

  /** Ends the iteration with an error, delivered after nothing else (queued values are dropped). */
  fail(error: Error): void {
    if (this.closed) return;
    this.failure = error;
    this.queue.length = 0;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = null;
      this.close();
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const error = this.failure;
      this.close();
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.failure = null;
    this.queue.length = 0;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.onClose();
  }
}
