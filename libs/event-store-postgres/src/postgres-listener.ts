import type { ChangeNotifier } from '@monitor/event-store';
import pg from 'pg';

/**
 * One LISTEN connection per store object, opened by the first subscription: every notification of
 * the store's channel (sent by appends on commit, from any process) wakes the subscriptions. When
 * the connection fails, subscriptions still poll, and the next start() connects again.
 */
export class ChangeListener {
  private connected: Promise<pg.Client> | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly changes: ChangeNotifier,
  ) {}

  async start(): Promise<void> {
    if (this.closed) return;
    this.connected ??= this.connect();
    try {
      await this.connected;
    } catch (error) {
      this.connected = undefined;
      throw error;
    }
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', () => this.changes.notify());
    client.on('error', () => {
      // Dropped: the next subscription reconnects; waiting ones wake now and poll meanwhile.
      this.connected = undefined;
      this.changes.notify();
      client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    return client;
  }

  async close(): Promise<void> {
    this.closed = true;
    const connected = this.connected;
    this.connected = undefined;
    if (connected) await (await connected.catch(() => undefined))?.end().catch(() => undefined);
  }
}
