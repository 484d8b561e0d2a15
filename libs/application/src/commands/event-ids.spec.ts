import { eventIdFor } from './event-ids.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[57][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('event ids', () => {
  it('derives the same id from the same command id and index, and different ones otherwise', () => {
    const messageId = '5e0c1b7a-2d3f-4a8b-b1c2-7d9e0f1a2b3c';
    expect(eventIdFor(messageId, 0)).toBe(eventIdFor(messageId, 0));
    expect(eventIdFor(messageId, 1)).not.toBe(eventIdFor(messageId, 0));
    expect(eventIdFor('seed:696/QĐ-TTg', 0)).not.toBe(eventIdFor(messageId, 0));
    for (const id of [eventIdFor(messageId, 0), eventIdFor('seed:696/QĐ-TTg', 3)]) expect(id).toMatch(UUID);
  });

  it("keeps a UUIDv7 message id's time, so that messages published in order become ids in order", () => {
    const published = [
      '0179f3a1-0000-7abc-a123-0123456789ab',
      '0179F3A1-0001-7FFF-B000-000000000000',
      '0179f3a1-0002-7000-8fff-ffffffffffff',
    ];
    const ids = published.map((messageId) => eventIdFor(messageId, 0));
    expect(ids.map((id) => id.slice(0, 13))).toEqual(['0179f3a1-0000', '0179f3a1-0001', '0179f3a1-0002']);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID);
    // The rest is still the hash: two events of one message differ after the time.
    expect(eventIdFor(published[0]!, 1).slice(0, 13)).toBe('0179f3a1-0000');
    expect(eventIdFor(published[0]!, 1)).not.toBe(ids[0]);
  });

  it('takes no time from an id that is not a UUIDv7', () => {
    const v4 = '5e0c1b7a-2d3f-4a8b-b1c2-7d9e0f1a2b3c';
    expect(eventIdFor(v4, 0).slice(0, 13)).not.toBe(v4.slice(0, 13));
  });

  it('gives a command without an id a fresh time-ordered UUIDv7', () => {
    const [first, second] = [eventIdFor(undefined, 0), eventIdFor(undefined, 0)];
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});
