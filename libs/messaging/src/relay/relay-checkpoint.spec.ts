import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headOf } from '@monitor/event-store';
import { outboundMessageOf } from './event-relay.js';
import { FileRelayCheckpoint } from './relay-checkpoint.js';

describe('the relay checkpoint file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'relay-checkpoint-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts at the beginning, then gives back the last position saved, leaving no temporary file', async () => {
    const checkpoint = new FileRelayCheckpoint(join(dir, 'nested', 'relay.json'));
    expect(await checkpoint.load()).toBe(0n);
    await checkpoint.save(1234567890123n);
    await checkpoint.save(1234567890124n);
    expect(await new FileRelayCheckpoint(join(dir, 'nested', 'relay.json')).load()).toBe(1234567890124n);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['relay.json']);
  });

  it('refuses a file that holds no position, naming it', async () => {
    writeFileSync(join(dir, 'relay.json'), '{"position":-1}');
    await expect(new FileRelayCheckpoint(join(dir, 'relay.json')).load()).rejects.toThrow(/relay\.json holds no position/);
  });
});

describe('an outbound event message', () => {
  it('is keyed by its stream and carries its id, type, stream, revision and position in headers and value', () => {
    const metadata = {
      actor: null,
      occurredAt: '2024-01-01T00:00:00.000Z',
      occurredAtPrecision: 'INSTANT' as const,
      recordedBy: 'r',
      recordedAt: '2024-01-01T00:00:01.000Z',
      correlationId: 'c',
      causationId: null,
    };
    const message = outboundMessageOf({
      id: 'e-1',
      stream: 'task-t',
      type: 'TaskCompleted',
      data: { taskId: 't' },
      ...headOf(metadata),
      metadata: () => metadata,
      revision: 3,
      position: 99n,
    });
    expect(message.key).toBe('task-t');
    expect(message.headers).toEqual({ 'event-id': 'e-1', 'event-type': 'TaskCompleted', stream: 'task-t', revision: '3', position: '99' });
    expect(JSON.parse(message.value as string)).toEqual({
      id: 'e-1',
      stream: 'task-t',
      type: 'TaskCompleted',
      revision: 3,
      position: '99',
      data: { taskId: 't' },
      metadata,
    });
  });
});
