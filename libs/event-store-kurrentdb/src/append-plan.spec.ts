import type { EventMetadata } from '@monitor/domain';
import {
  DuplicateEventError,
  headOf,
  START,
  WrongExpectedRevisionError,
  type EventToAppend,
  type RecordedEvent,
} from '@monitor/event-store';
import { actualRevisionOf, conflictError, planAppend } from './append-plan.js';

const metadata: EventMetadata = {
  actor: null,
  occurredAt: '2024-01-01T00:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'test',
  recordedAt: '2024-01-01T00:00:01.000Z',
  correlationId: 'c',
  causationId: null,
};
const proposed = (...ids: string[]): EventToAppend[] => ids.map((id) => ({ id, type: 'Tested', data: {}, metadata }));
/** A stream as read back, its events at 0-based revisions and gapped positions. */
const stream = (...ids: string[]): RecordedEvent[] =>
  ids.map((id, revision) => ({
    id,
    stream: 'task-t1',
    type: 'Tested',
    data: {},
    ...headOf(metadata),
    metadata: () => metadata,
    revision,
    position: (1000n + BigInt(revision)) << 64n,
  }));

describe('planning an append against the stream as read', () => {
  it('appends at the exact revision seen, whatever was expected', () => {
    expect(planAppend('task-t1', proposed('c'), 'any', stream('a', 'b'))).toEqual({ kind: 'append', streamState: 1n, lastRevision: 2 });
    expect(planAppend('task-t1', proposed('c', 'd'), 1, stream('a', 'b'))).toEqual({ kind: 'append', streamState: 1n, lastRevision: 3 });
    expect(planAppend('task-t1', proposed('c'), 'stream_exists', stream('a'))).toEqual({
      kind: 'append',
      streamState: 0n,
      lastRevision: 1,
    });
    expect(planAppend('task-t1', proposed('a', 'b'), 'no_stream', [])).toEqual({
      kind: 'append',
      streamState: 'no_stream',
      lastRevision: 1,
    });
    expect(planAppend('task-t1', proposed('a'), 'any', [])).toEqual({ kind: 'append', streamState: 'no_stream', lastRevision: 0 });
  });

  it('refuses a wrong expected revision, naming the actual one (-1 for no stream)', () => {
    const cases: [Parameters<typeof planAppend>[2], RecordedEvent[], number][] = [
      ['no_stream', stream('a', 'b'), 1],
      ['stream_exists', [], -1],
      [0, [], -1],
      [0, stream('a', 'b'), 1],
    ];
    for (const [expected, recorded, actual] of cases) {
      const plan = () => planAppend('task-t1', proposed('z'), expected, recorded);
      expect(plan).toThrow(WrongExpectedRevisionError);
      expect(plan).toThrow(expect.objectContaining({ stream: 'task-t1', expected, actual }));
    }
  });

  it('recognises a retry of a recorded batch, even after the stream moved on, and returns its first result', () => {
    const recorded = stream('a', 'b', 'c');
    expect(planAppend('task-t1', proposed('a', 'b'), 'no_stream', recorded)).toEqual({
      kind: 'nothing-to-write',
      result: { nextExpectedRevision: 1, position: recorded[1]!.position, written: false },
    });
    expect(planAppend('task-t1', proposed('b', 'c'), 'any', recorded)).toMatchObject({ result: { nextExpectedRevision: 2 } });
  });

  it('writes nothing for an empty batch, once the expected revision holds', () => {
    const recorded = stream('a', 'b');
    expect(planAppend('task-t1', [], 1, recorded)).toEqual({
      kind: 'nothing-to-write',
      result: { nextExpectedRevision: 1, position: recorded[1]!.position, written: false },
    });
    expect(planAppend('task-t1', [], 'any', [])).toEqual({
      kind: 'nothing-to-write',
      result: { nextExpectedRevision: -1, position: START, written: false },
    });
    expect(() => planAppend('task-t1', [], 'no_stream', recorded)).toThrow(WrongExpectedRevisionError);
  });

  it('refuses a batch partly recorded, out of order or repeating an id, naming the first duplicate', () => {
    const recorded = stream('a', 'b');
    const cases: [string[], string][] = [
      [['b', 'c'], 'b'],
      [['c', 'b'], 'b'],
      [['a', 'b', 'c'], 'a'],
      [['b', 'a'], 'b'],
      [['c', 'd', 'c'], 'c'],
    ];
    for (const [ids, duplicate] of cases) {
      const plan = () => planAppend('task-t1', proposed(...ids), 'any', recorded);
      expect(plan).toThrow(DuplicateEventError);
      expect(plan).toThrow(expect.objectContaining({ stream: 'task-t1', eventId: duplicate }));
    }
  });
});

describe("KurrentDB's wrong expected version as the port's error", () => {
  it('names the actual revision: the current one, or -1 when there is no stream', () => {
    expect(actualRevisionOf('no_stream')).toBe(-1);
    expect(actualRevisionOf(41n)).toBe(41);
    const error = conflictError('task-t1', 3, 7n);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({
      stream: 'task-t1',
      expected: 3,
      actual: 7,
      message: 'stream task-t1: expected revision 3, but it is at 7',
    });
  });
});
