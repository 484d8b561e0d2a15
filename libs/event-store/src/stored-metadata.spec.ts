import type { EventMetadata } from '@monitor/domain';
import { headFirst, readMetadataHead } from './stored-metadata.js';

const metadata: EventMetadata = {
  actor: { id: 'a', name: 'Nguyễn Văn An', role: 'Chuyên viên', unitId: null },
  occurredAt: '2021-03-01T17:00:00.000Z',
  occurredAtPrecision: 'DAY',
  recordedBy: 'r',
  recordedAt: '2026-11-22T00:45:09.535Z',
  correlationId: 'c',
  causationId: null,
};

describe('the head of stored metadata', () => {
  it('is read without parsing the rest, simulated or not', () => {
    expect(readMetadataHead(JSON.stringify(headFirst(metadata)))).toEqual({ occurredAt: metadata.occurredAt, recordedAt: metadata.recordedAt, simulated: false });
    expect(readMetadataHead(JSON.stringify(headFirst({ ...metadata, simulated: true })))).toEqual({
      occurredAt: metadata.occurredAt,
      recordedAt: metadata.recordedAt,
      simulated: true,
    });
    expect(readMetadataHead(JSON.stringify(headFirst({ ...metadata, simulated: false })))!.simulated).toBe(false);
  });

  it('keeps the value: only the key order changes', () => {
    expect(JSON.parse(JSON.stringify(headFirst({ ...metadata, simulated: true })))).toEqual({ ...metadata, simulated: true });
  });

  it('is left to JSON.parse when the text does not start as headFirst writes it, or holds escapes', () => {
    expect(readMetadataHead(JSON.stringify(metadata))).toBeUndefined();
    expect(readMetadataHead(JSON.stringify(headFirst({ ...metadata, occurredAt: 'a"b' })))).toBeUndefined();
    expect(readMetadataHead(JSON.stringify(headFirst({ ...metadata, recordedAt: 'a\\b' })))).toBeUndefined();
    expect(readMetadataHead('{"occurredAt":"2021')).toBeUndefined();
  });
});
