import type { PlatformCommand } from '@monitor/domain';
import { ChunkWriter, WRITES_BEFORE_ISOLATING } from './chunk-writer.js';
import type { IngestCommand, IngestWriter, WriteOutcome } from './ingest-writer.js';

const command = (messageId: string): IngestCommand => ({
  messageId,
  command: {} as PlatformCommand,
  context: {} as IngestCommand['context'],
});

/**
 * A writer whose chunk commit fails whenever it holds one of `poison` (a writer thread that dies on
 * it), or with `storeDown` set, every time; what it kept is in `recorded`, each commit as a whole.
 */
class FakeWriter implements IngestWriter {
  readonly recorded: string[] = [];
  readonly calls: number[] = [];
  storeDown: Error | undefined;

  constructor(private readonly poison: readonly string[]) {}

  write(commands: readonly IngestCommand[]): Promise<WriteOutcome[]> {
    this.calls.push(commands.length);
    if (this.storeDown) return Promise.reject(this.storeDown);
    if (commands.some((c) => this.poison.includes(c.messageId)))
      return Promise.reject(new Error('ingest writer: the thread exited (code 1)'));
    this.recorded.push(...commands.map((c) => c.messageId));
    return Promise.resolve(commands.map(() => ({ kind: 'recorded' as const })));
  }
  open = () => Promise.resolve();
  flush = () => Promise.resolve();
  close = () => Promise.resolve();
}

const chunk = ['a', 'b', 'poison', 'c'].map(command);
const kinds = (outcomes: readonly WriteOutcome[]) => outcomes.map((o) => (o.kind === 'refused' ? o.rejection.reason : o.kind));

describe('ChunkWriter', () => {
  it('writes a chunk in one commit while it can', async () => {
    const writer = new FakeWriter([]);
    expect(kinds(await new ChunkWriter(writer).write('t/0', 10n, chunk))).toEqual(['recorded', 'recorded', 'recorded', 'recorded']);
    expect(writer.calls).toEqual([4]);
  });

  it('after the same chunk failed three times, writes it one message at a time: the one at fault refused with its error, the others recorded once', async () => {
    const writer = new FakeWriter(['poison']);
    const chunks = new ChunkWriter(writer);
    for (let i = 0; i < WRITES_BEFORE_ISOLATING; i++) await expect(chunks.write('t/0', 10n, chunk)).rejects.toThrow(/thread exited/);
    const outcomes = await chunks.write('t/0', 10n, chunk);
    expect(kinds(outcomes)).toEqual(['recorded', 'recorded', 'UNEXPECTED_ERROR', 'recorded']);
    expect(outcomes[2]).toEqual({
      kind: 'refused',
      rejection: { reason: 'UNEXPECTED_ERROR', problem: 'Error: ingest writer: the thread exited (code 1)', messageId: 'poison' },
    });
    expect(writer.recorded).toEqual(['a', 'b', 'c']);
    // The next chunk goes in one commit again.
    await chunks.write('t/0', 14n, [command('d'), command('e')]);
    expect(writer.calls).toEqual([4, 4, 4, 1, 1, 1, 1, 2]);
  });

  it('retries a transient store failure without counting it, and never refuses a message for it', async () => {
    const writer = new FakeWriter([]);
    const chunks = new ChunkWriter(writer);
    writer.storeDown = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    for (let i = 0; i < 10; i++) await expect(chunks.write('t/0', 10n, chunk)).rejects.toThrow(/locked/);
    writer.storeDown = undefined;
    expect(kinds(await chunks.write('t/0', 10n, chunk))).toEqual(['recorded', 'recorded', 'recorded', 'recorded']);
    expect(writer.calls).toEqual([...Array(10).fill(4), 4]);
  });

  it('does not pin on the messages a failure that every one of them meets alone: the store is at fault', async () => {
    const writer = new FakeWriter([]);
    const chunks = new ChunkWriter(writer);
    writer.storeDown = new Error('the disk is gone');
    for (let i = 0; i <= WRITES_BEFORE_ISOLATING; i++) await expect(chunks.write('t/0', 10n, chunk)).rejects.toThrow(/disk/);
    expect(writer.calls).toEqual([4, 4, 4, 1, 1, 1, 1]);
  });

  it('counts failures per chunk: another chunk of the partition, or another partition, starts again from none', async () => {
    const writer = new FakeWriter(['poison']);
    const chunks = new ChunkWriter(writer);
    await expect(chunks.write('t/0', 10n, chunk)).rejects.toThrow();
    await expect(chunks.write('t/0', 10n, chunk)).rejects.toThrow();
    await expect(chunks.write('t/1', 10n, chunk)).rejects.toThrow();
    await expect(chunks.write('t/0', 11n, chunk.slice(1))).rejects.toThrow();
    expect(writer.calls).toEqual([4, 4, 4, 3]);
  });
});
