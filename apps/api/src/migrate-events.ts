import { copyEvents } from '@monitor/application';
import { describeStoreAddress, loadConfig, openStoreAt, parseStoreAddress, sameStore, type StoreAddress } from '@monitor/api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm run migrate-events [-- --from <store> --to <store>]`: copies a history between any two event
 * stores (`sqlite:<file>`, `postgres://…[?schema=…]`, `kurrentdb://…`), keeping every event's id,
 * stream, revision, data and metadata in the source's global order. Without arguments: from
 * `$MONITOR_DATA_DIR/events.sqlite` to the configured shared store (MONITOR_EVENT_STORE). Safe to
 * run again: what the target holds already is recognised and skipped. Afterwards delete the
 * read-model snapshots: their checkpoints are positions of the old store (docs/operations.md).
 */
const fail = (message: string): never => {
  console.error(`migrate-events: ${message}`);
  process.exit(2);
};

const { values } = (() => {
  try {
    return parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true, allowPositionals: false });
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: npm run migrate-events -- --from <store> --to <store>`);
  }
})();

const addressOf = (text: string): StoreAddress => {
  try {
    return parseStoreAddress(text);
  } catch (error) {
    return fail((error as Error).message);
  }
};

const configuredTarget = (): StoreAddress => {
  const config = loadConfig();
  const store = config.eventStore;
  if (store.kind === 'sqlite')
    return fail('give --to <store>, or set MONITOR_EVENT_STORE=postgres (MONITOR_POSTGRES_URL) or kurrentdb (KURRENTDB_CONNECTION_STRING)');
  return store.kind === 'postgres' ? { kind: 'postgres', connectionString: store.connectionString, schema: store.schema } : store;
};

const from = values.from ? addressOf(values.from) : { kind: 'sqlite' as const, file: join(loadConfig().dataDir, 'events.sqlite') };
const to = values.to ? addressOf(values.to) : configuredTarget();
if (sameStore(from, to)) fail('--from and --to name the same store');
// Opening a missing SQLite file would create it: a mistyped source would copy nothing, and say nothing.
if (from.kind === 'sqlite' && !existsSync(from.file)) fail(`the source ${from.file} does not exist`);

const source = openStoreAt(from);
const target = openStoreAt(to);
try {
  const report = await copyEvents(source, target, (copied) => {
    if (copied % 100_000 === 0) console.log(`${copied.toLocaleString('en')} events read`);
  });
  console.log(
    `copied ${(report.events - report.alreadyCopied).toLocaleString('en')} events from ${describeStoreAddress(from)} to ` +
      `${describeStoreAddress(to)} in ${report.seconds.toFixed(1)} s ` +
      `(${report.alreadyCopied.toLocaleString('en')} of ${report.events.toLocaleString('en')} were there already)`,
  );
} catch (error) {
  console.error(`migrate-events: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await source.close();
  await target.close();
}
