import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { AUTHORIZATION_HEADER } from './publisher-auth.js';

/**
 * Why a message was not recorded. MALFORMED: not JSON or not the v1 format; UNAUTHENTICATED: no or
 * an invalid token; FORBIDDEN: about another province (or a domain rule of province scope);
 * DUPLICATE: a different Kafka record with a message id already recorded; the domain's own codes
 * (INVALID_INPUT, NOT_FOUND, ALREADY_EXISTS, RULE_VIOLATED, CONCURRENCY_CONFLICT) when a rule refused it;
 * UNEXPECTED_ERROR when its processing threw an error that is a defect (see write-failures.ts).
 */
export type DeadLetterReason = 'MALFORMED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DUPLICATE' | string;

export interface Rejection {
  readonly reason: DeadLetterReason;
  readonly problem: string;
  /** The message field at fault, when one is. */
  readonly field?: string | null;
  readonly messageId?: string | null;
}

/** Header names the dead-letter topic adds to the original message. */
export const DEAD_LETTER_HEADERS = {
  reason: 'dlq-reason',
  problem: 'dlq-problem',
  field: 'dlq-field',
  messageId: 'dlq-message-id',
  topic: 'dlq-source-topic',
  partition: 'dlq-source-partition',
  offset: 'dlq-source-offset',
  at: 'dlq-at',
} as const;

/**
 * The original key and value, the original headers except the credential (never copied to a
 * topic more people read), and why it was refused.
 */
export const deadLetterOf = (
  source: { topic: string; partition: number },
  message: KafkaMessage,
  rejection: Rejection,
  at: Date,
): Message => {
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (name.toLowerCase() !== AUTHORIZATION_HEADER && value !== undefined) headers[name] = value;
  }
  headers[DEAD_LETTER_HEADERS.reason] = rejection.reason;
  headers[DEAD_LETTER_HEADERS.problem] = rejection.problem.slice(0, 2000);
  if (rejection.field) headers[DEAD_LETTER_HEADERS.field] = rejection.field;
  if (rejection.messageId) headers[DEAD_LETTER_HEADERS.messageId] = rejection.messageId;
  headers[DEAD_LETTER_HEADERS.topic] = source.topic;
  headers[DEAD_LETTER_HEADERS.partition] = String(source.partition);
  headers[DEAD_LETTER_HEADERS.offset] = message.offset;
  headers[DEAD_LETTER_HEADERS.at] = at.toISOString();
  return { key: message.key, value: message.value, headers };
};

/** A header as text (kafkajs hands them over as Buffers). */
export const headerText = (headers: IHeaders | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};
