import { commandContext, oneAssignedTask } from '@monitor/application/testing';
import type { PlatformCommand } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { compiledWorker } from '@monitor/event-store/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreIngestWriter, type IngestCommand, type IngestWriter } from './ingest-writer.js';
import { WorkerIngestWriter } from './worker-ingest-writer.js';

const writerWorker = compiledWorker('libs/messaging', 'ingest/ingest-writer.worker.js');

let sequence = 0;
/** A command as the ingest hands it over; `forProvince` as a province's system sends it, its actor working for `actorUnitId`. */
const message = (command: PlatformCommand, occurredAt = '2021-01-01T00:00:00.000Z', forProvince = false, actorUnitId?: string) => {
  const messageId = `m${++sequence}`;
  const context = commandContext({
    occurredAt,
    commandId: messageId,
    causationId: `kafka:t/0/${sequence}`,
    ...(forProvince ? { actingForProvince: 'ha-nam', actor: { id: 'x', name: 'X', role: 'Y', unitId: actorUnitId ?? null } } : {}),
  });
  return { messageId, command, context } satisfies IngestCommand;
};
const report = (unitId: string, occurredAt: string, actorUnitId = unitId) =>
  message(
    { type: 'ReportProgress', taskId: 't1', reportId: `r${sequence}`, unitId, percentComplete: 10, summary: null },
    occurredAt,
    true,
    actorUnitId,
  );

// The writer keeps the streams it read between messages (StreamCachingStore) and the reference
// checks skip what they already found: a unit that changes within the chunk must still be seen.
describe.each([
  ['on this thread', (file: string): IngestWriter => new StoreIngestWriter(new SqliteEventStore(file, { synchronous: 'NORMAL' }))],
  ['in a worker thread', (file: string): IngestWriter => new WorkerIngestWriter({ file, synchronous: 'NORMAL' }, writerWorker)],
])('an ingest writer %s, a unit merged within the chunk', (_, open) => {
  let dir: string;
  let writer: IngestWriter;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-lineage-'));
    writer = open(join(dir, 'events.sqlite'));
  });
  afterEach(async () => {
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the merged unit after the merger, and takes its successor in its place from that day, in the same chunk', async () => {
    const chunk = [
      ...oneAssignedTask().map((command) => message(command)),
      message({
        type: 'RegisterOrgUnit',
        unitId: 'ha-nam.so-tai-chinh',
        name: 'Sở Tài chính',
        kind: 'AGENCY',
        provinceId: 'ha-nam',
        parentUnitId: null,
        aliases: [],
      }),
      report('ha-nam.so-khcn', '2025-02-01T03:00:00.000Z'),
      report('ha-nam.so-tai-chinh', '2025-04-01T03:00:00.000Z'), // not assigned, not yet the successor
      message({
        type: 'MergeOrgUnit',
        unitId: 'ha-nam.so-khcn',
        successorUnitId: 'ha-nam.so-tai-chinh',
        effectiveOn: '2025-03-01',
        legalBasis: 'NĐ 45/2025',
      }),
      report('ha-nam.so-khcn', '2025-02-15T03:00:00.000Z'), // before the merger: still the unit
      report('ha-nam.so-khcn', '2025-04-01T03:00:00.000Z'),
      report('ha-nam.so-tai-chinh', '2025-04-01T03:00:00.000Z'),
      report('ha-nam.so-tai-chinh', '2025-02-15T03:00:00.000Z'), // before the merger: not in its place yet
      report('ha-nam.so-tai-chinh', '2025-04-02T03:00:00.000Z', 'ha-nam.so-khcn'), // its reporter works for the merged unit
    ];
    const outcomes = await writer.write(chunk);
    const settled = outcomes.map((o) => (o.kind === 'refused' ? `${o.rejection.reason} ${o.rejection.field}` : o.kind));
    expect(settled.slice(0, 7)).toEqual(Array(7).fill('recorded'));
    expect(settled.slice(7)).toEqual([
      'recorded',
      'RULE_VIOLATED unitId',
      'recorded',
      'recorded',
      'RULE_VIOLATED unitId',
      'recorded',
      'RULE_VIOLATED unitId',
      'RULE_VIOLATED actor.unitId',
    ]);
    const refusal = outcomes[11];
    expect(refusal).toMatchObject({ kind: 'refused', rejection: { problem: expect.stringMatching(/ha-nam\.so-khcn merged into/) } });
  });
});
