import { hash } from 'node:crypto';
import { v7 as timeOrderedUuid } from 'uuid';

/** A UUIDv7 starts with 48 bits of milliseconds since 1970: ids made one after another sort together. */
const TIME_ORDERED = /^[0-9a-f]{8}-[0-9a-f]{4}-7/i;

/**
 * A command that carries an id (a Kafka message id, a seed entry) gets event ids derived from it, so
 * delivering it twice can be recognised and records nothing twice. Others get time-ordered UUIDv7s:
 * consecutive ids land on the same pages of the store's id index, which doubles durable appends.
 * A command id that is itself a UUIDv7 (a publisher's message id) lends its time to the event ids
 * for the same reason: hashed whole, each ingest commit rewrites index pages all over the store.
 */
export const eventIdFor = (commandId: string | undefined, index: number): string => {
  if (!commandId) return timeOrderedUuid();
  const hex = hash('sha256', `${commandId}#${index}`, 'hex');
  const time = TIME_ORDERED.test(commandId) ? (commandId.slice(0, 8) + commandId.slice(9, 13)).toLowerCase() : hex.slice(0, 12);
  // Shaped as a version-5-style UUID so every store accepts it as an event id.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
