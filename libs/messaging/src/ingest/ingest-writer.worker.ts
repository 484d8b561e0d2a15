// The ingest writer's thread (see WorkerIngestWriter): started with the SqliteWriterSettings as its data.
import { SqliteEventStore } from '@monitor/event-store';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { StoreIngestWriter } from './ingest-writer.js';
import type { Answer, Call, SqliteWriterSettings } from './worker-ingest-writer.js';

/**
 * The writer thread's side: one StoreIngestWriter on its own connection. Writes and the close run in
 * the order they came; a flush does not wait for them (an fsync makes durable at least every commit
 * made before it began, and the ingest asks for one only after its chunk's write has answered).
 */
const serve = (port: MessagePort, settings: SqliteWriterSettings): void => {
  const writer = new StoreIngestWriter(new SqliteEventStore(settings.file, { synchronous: settings.synchronous, readAhead: false }));
  const run = (call: Call): Promise<unknown> => {
    switch (call.call) {
      case 'open':
        return writer.open(); // its store was opened above, before the thread took any call
      case 'write':
        return writer.write(call.commands);
      case 'flush':
        return writer.flush();
      case 'close':
        return writer.close();
    }
  };
  const answer = async (call: Call): Promise<void> => {
    try {
      const result = await run(call);
      port.postMessage({ id: call.id, result } satisfies Answer);
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      const code = (error as { code?: unknown } | null)?.code;
      port.postMessage({ id: call.id, error: { message, stack, code: typeof code === 'string' ? code : undefined } } satisfies Answer);
    }
  };
  let inOrder: Promise<void> = Promise.resolve();
  port.on('message', (call: Call) => {
    if (call.call === 'flush') void answer(call);
    else inOrder = inOrder.then(() => answer(call));
  });
};

serve(parentPort!, workerData as SqliteWriterSettings);
