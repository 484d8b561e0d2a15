import type { EventMetadata } from '@monitor/domain';
import { metadataOf } from '@monitor/event-store';
import { toProposedEvents, toRecordedEvent, type KurrentRecord } from './recorded-event.js';
import { encodePosition } from './position.js';

const metadata: EventMetadata = {
  actor: { id: 'dinh-thi-lua', name: 'Đinh Thị Lụa', role: 'PCT', unitId: null },
  occurredAt: '2020-09-16T02:00:00.000Z',
  occurredAtPrecision: 'DAY',
  recordedBy: 'test',
  recordedAt: '2026-11-22T01:00:00.000Z',
  correlationId: 'c',
  causationId: null,
};
const record: KurrentRecord = {
  streamId: 'task-t1',
  id: '0b8e5d1e-5c0b-4b9a-9a55-0c2f6f3a4d10',
  type: 'ProgressReported',
  revision: 4n,
  isJson: true,
  data: { percentComplete: 40 },
  metadata,
  position: { commit: 5000n, prepare: 4870n },
};

describe('events between the port and the KurrentDB client', () => {
  it('proposes JSON events under the caller’s ids, with the metadata as the event metadata', () => {
    const [event] = toProposedEvents([{ id: record.id, type: 'ProgressReported', data: { percentComplete: 40 }, metadata }]);
    expect(event).toEqual({
      id: record.id,
      contentType: 'application/json',
      type: 'ProgressReported',
      data: { percentComplete: 40 },
      metadata,
    });
  });

  it('fails the whole batch before sending when a value cannot be JSON', () => {
    const events = [
      { id: 'a', type: 'T', data: { n: 1 }, metadata },
      { id: 'b', type: 'T', data: { n: 2n }, metadata },
    ];
    expect(() => toProposedEvents(events)).toThrow(/BigInt/);
  });

  it('reads a record back with its revision as a number and its position packed', () => {
    const event = toRecordedEvent(record);
    expect(metadataOf(event)).toEqual(metadata);
    expect(event).toEqual({
      id: record.id,
      stream: 'task-t1',
      type: 'ProgressReported',
      data: { percentComplete: 40 },
      metadata: expect.any(Function),
      occurredAt: '2020-09-16T02:00:00.000Z',
      recordedAt: '2026-11-22T01:00:00.000Z',
      simulated: false,
      actor: metadata.actor,
      revision: 4,
      position: encodePosition({ commit: 5000n, prepare: 4870n }),
    });
  });

  it('refuses records the platform cannot have written, or that lack a position, saying why', () => {
    expect(() => toRecordedEvent({ ...record, isJson: false })).toThrow(/is not JSON/);
    expect(() => toRecordedEvent({ ...record, position: undefined })).toThrow(/without its position: the platform needs KurrentDB/);
  });
});
