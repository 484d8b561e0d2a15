// Test-only: what a run of the workload must leave behind, checked the same way by every spec.
import { eventIdFor } from '@monitor/application';
import { DEAD_LETTER_HEADERS, headerText } from '@monitor/messaging';
import type { WorkloadMessage } from '@monitor/messaging/testing';
import type { RecordedEvent } from '@monitor/event-store';
import { SEQ_HEADER, type ReadMessage } from './kafka-harness.js';

/** Each valid message recorded, once: its events carry its id as correlation id and ids derived from it. */
export const expectEachValidRecordedOnce = (workload: readonly WorkloadMessage[], recorded: readonly RecordedEvent[]): void => {
  const valid = new Set(workload.filter((m) => m.expect === 'RECORD').map((m) => m.messageId!));
  const byMessage = new Map<string, RecordedEvent[]>();
  for (const event of recorded) {
    const { correlationId } = event.metadata();
    byMessage.set(correlationId, [...(byMessage.get(correlationId) ?? []), event]);
  }
  expect([...byMessage.keys()].filter((id) => !valid.has(id))).toEqual([]);
  expect([...valid].filter((id) => !byMessage.has(id))).toEqual([]);
  for (const [messageId, events] of byMessage) expect(events.map((e) => e.id)).toEqual(events.map((_, i) => eventIdFor(messageId, i)));
};

/**
 * Each invalid message dead-lettered with its reason (at least once: a restart may repeat the dead
 * letters of a batch whose offsets were not committed), no valid message there, no token copied.
 */
export const expectEachInvalidDeadLettered = (
  workload: readonly WorkloadMessage[],
  deadLetters: readonly ReadMessage[],
  exactlyOnce: boolean,
): void => {
  const reasons = new Map<number, string[]>();
  for (const letter of deadLetters) {
    expect(letter.headers?.authorization).toBeUndefined();
    const seq = Number(headerText(letter.headers, SEQ_HEADER));
    reasons.set(seq, [...(reasons.get(seq) ?? []), headerText(letter.headers, DEAD_LETTER_HEADERS.reason)!]);
    expect(headerText(letter.headers, DEAD_LETTER_HEADERS.problem)).toBeTruthy();
    expect(headerText(letter.headers, DEAD_LETTER_HEADERS.offset)).toMatch(/^\d+$/);
  }
  const wrong: string[] = [];
  workload.forEach((message, seq) => {
    const got = reasons.get(seq) ?? [];
    const allowed = message.expect === 'REFUSED' ? ['FORBIDDEN', 'NOT_FOUND'] : [message.expect];
    if (
      message.expect === 'RECORD'
        ? got.length > 0
        : got.length === 0 || got.some((r) => !allowed.includes(r)) || (exactlyOnce && got.length !== 1)
    ) {
      wrong.push(`#${seq} expected ${message.expect}, dead-lettered as [${got.join(', ')}]`);
    }
  });
  expect(wrong.slice(0, 10)).toEqual([]);
};

/**
 * The outbound topic holds every stored event (once each when `exactlyOnce`), and each stream's
 * events, first deliveries taken, in revision order 0, 1, 2, ...
 */
export const expectOutboundComplete = (stored: readonly RecordedEvent[], outbound: readonly ReadMessage[], exactlyOnce: boolean): void => {
  const seen = new Set<string>();
  const revisions = new Map<string, number[]>();
  let repeats = 0;
  for (const message of outbound) {
    const event = JSON.parse(message.value!.toString()) as { id: string; stream: string; revision: number };
    expect(message.key?.toString()).toBe(event.stream);
    if (seen.has(event.id)) {
      repeats++;
      continue;
    }
    seen.add(event.id);
    revisions.set(event.stream, [...(revisions.get(event.stream) ?? []), event.revision]);
  }
  if (exactlyOnce) expect(repeats).toBe(0);
  expect(stored.filter((e) => !seen.has(e.id)).map((e) => e.id)).toEqual([]);
  const outOfOrder = [...revisions].filter(([, revs]) => revs.some((r, i) => r !== i)).map(([stream]) => stream);
  expect(outOfOrder).toEqual([]);
};
