import type { KafkaMessage } from 'kafkajs';
import { DEAD_LETTER_HEADERS, deadLetterOf, headerText } from './dead-letter.js';

describe('a dead letter', () => {
  const original: KafkaMessage = {
    key: Buffer.from('ha-nam'),
    value: Buffer.from('{"version":1'),
    offset: '42',
    timestamp: '0',
    attributes: 0,
    headers: { authorization: Buffer.from('Bearer secret-token'), 'trace-id': Buffer.from('abc') },
  };

  it('keeps the key, the value and the headers, except the credential, and says why', () => {
    const letter = deadLetterOf(
      { topic: 'monitor.provincial-commands.v1', partition: 2 },
      original,
      { reason: 'RULE_VIOLATED', problem: 'task t is cancelled', field: 'taskId', messageId: 'm-1' },
      new Date('2024-07-05T09:00:00Z'),
    );
    expect(letter.key).toBe(original.key);
    expect(letter.value).toBe(original.value);
    expect(letter.headers).toEqual({
      'trace-id': original.headers!['trace-id'],
      [DEAD_LETTER_HEADERS.reason]: 'RULE_VIOLATED',
      [DEAD_LETTER_HEADERS.problem]: 'task t is cancelled',
      [DEAD_LETTER_HEADERS.field]: 'taskId',
      [DEAD_LETTER_HEADERS.messageId]: 'm-1',
      [DEAD_LETTER_HEADERS.topic]: 'monitor.provincial-commands.v1',
      [DEAD_LETTER_HEADERS.partition]: '2',
      [DEAD_LETTER_HEADERS.offset]: '42',
      [DEAD_LETTER_HEADERS.at]: '2024-07-05T09:00:00.000Z',
    });
  });

  it('leaves out the field and message id when there are none', () => {
    const letter = deadLetterOf(
      { topic: 't', partition: 0 },
      original,
      { reason: 'MALFORMED', problem: 'the value is not JSON' },
      new Date(0),
    );
    expect(Object.keys(letter.headers!)).not.toContain(DEAD_LETTER_HEADERS.field);
    expect(Object.keys(letter.headers!)).not.toContain(DEAD_LETTER_HEADERS.messageId);
    expect(headerText({ a: Buffer.from('x') }, 'a')).toBe('x');
    expect(headerText(undefined, 'a')).toBeUndefined();
  });
});
