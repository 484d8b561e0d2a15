import { hash } from 'node:crypto';
import { v7 as timeOrderedUuid } from 'uuid';

/**
 * A command that carries an id (a Kafka message id, a seed entry) gets event ids derived from it, so
 * delivering it twice can be recognised and records nothing twice. Others get time-ordered UUIDv7s:
 * consecutive ids land on the same pages of the store's id index, which doubles durable appends.
 */
export const eventIdFor = (commandId: string | undefined, index: number): string => {
  if (!commandId) return timeOrderedUuid();
  const hex = hash('sha256', `${commandId}#${index}`, 'hex');
  // Shaped as a version-5-style UUID so every store accepts it as an event id.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
