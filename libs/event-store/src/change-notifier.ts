/**
 * Wakes subscriptions waiting for new events. A version number closes the gap between a
 * subscription reading the store and starting to wait: a change it has not seen wakes it at once.
 */
export class ChangeNotifier {
  private version = 0;
  private readonly waiters = new Set<() => void>();

  /** The version a subscription saw before its last read. */
  get seen(): number {
    return this.version;
  }

  notify(): void {
    this.version += 1;
    const woken = [...this.waiters];
    this.waiters.clear();
    for (const wake of woken) wake();
  }

  /**
   * Resolves on the first of: a change after `seenVersion`, `timeoutMs` elapsing (the polling
   * fallback; Infinity waits for a change only), or the signal aborting.
   */
  waitForChange(seenVersion: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.version !== seenVersion || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = Number.isFinite(timeoutMs) ? setTimeout(wake, timeoutMs) : undefined;
      signal?.addEventListener('abort', wake, { once: true });
      this.waiters.add(wake);
    });
  }
}
