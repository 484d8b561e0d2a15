import type { EventMetadata } from '@monitor/domain';
import { InMemoryEventStore } from '@monitor/event-store';
import canonicalizeModule from 'canonicalize';
import {
  canonicalEvent,
  canonicalJson,
  canonicalWithAndWithout,
  chainBatch,
  chainHash,
  GENESIS,
  streamChainHead,
} from '@monitor/application/chain';
import { verifyStore } from './verify-store.js';

const metadata: EventMetadata = {
  actor: null,
  occurredAt: '2021-01-01T00:00:00Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 't',
  recordedAt: '2021-01-01T00:00:00Z',
  correlationId: 'c',
  causationId: null,
};
const event = (id: string, data: unknown) => ({ id, type: 'Happened', data, metadata });

// The RFC 8785 reference implementation, as an oracle: ours differs only in escaping non-ASCII characters.
const rfc8785 = canonicalizeModule as unknown as (value: unknown) => string;
const escapeNonAscii = (text: string) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('canonical JSON', () => {
  it.each([
    { b: [1, 'Hà Nam', null, { z: true, a: -0 }], a: { é: 1.5e-7, e: 'tab\there "quoted"', '10': 1, '9': 2 }, u: undefined },
    ['Thủ tướng Chính phủ', 1e21, 0.1, -12, { x: [undefined] }],
    { emoji: '😀 \u2028', nested: { deeper: { deepest: [] } } },
    // Keys in every order, case and script; more than the few sorted in place.
    Object.fromEntries(
      ['b', 'B', 'a', 'Ă', 'ă', '_', 'Z', 'aa', 'a0', '€', '😀', 'đ', ...Array.from({ length: 20 }, (_, i) => `k${(i * 7) % 20}`)].map(
        (k, i) => [k, i],
      ),
    ),
    { c: 1, b: { z: [], y: { x: 1, w: 2 } }, a: 3 },
  ])('writes what RFC 8785 writes, non-ASCII escaped (%#)', (value) => {
    expect(canonicalJson(value)).toBe(escapeNonAscii(rfc8785(value)));
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(rfc8785(value)));
  });

  it('writes an object without and with one more member, as canonicalJson does', () => {
    const value = { z: 'Hà Nam', chain: 'old', a: { y: 1, b: [2] }, u: undefined, f: () => 1, d: null };
    const { without, withValue } = canonicalWithAndWithout(value, 'chain');
    expect(without).toBe(canonicalJson({ ...value, chain: undefined }));
    expect(withValue('new hash')).toBe(canonicalJson({ ...value, chain: 'new hash' }));
    expect(canonicalWithAndWithout({ a: 1 }, 'chain').withValue('h')).toBe('{"a":1,"chain":"h"}');
    expect(canonicalWithAndWithout({}, 'chain').withValue('h')).toBe('{"chain":"h"}');
    expect(canonicalWithAndWithout({ z: 1 }, 'chain').withValue('h')).toBe('{"chain":"h","z":1}');
    expect(canonicalWithAndWithout({ z: 1, a: 2 }, 'chain').without).toBe('{"a":2,"z":1}');
  });

  it('escapes a text alike the first time and every time after: long ones, and past thousands of others', () => {
    const texts = [
      'Nguyễn Văn An',
      'Phó Chủ tịch UBND tỉnh',
      'Sở Thông tin và Truyền thông '.repeat(20),
      ...Array.from({ length: 5000 }, (_, i) => `Đơn vị ${i}`),
    ];
    for (const round of ['first', 'again']) {
      const wrong = texts.filter((text) => canonicalJson(text) !== escapeNonAscii(rfc8785(text)));
      expect({ round, wrong }).toEqual({ round, wrong: [] });
    }
  });

  it('refuses a number JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('NaN has no JSON form');
  });
});

describe('the hash chain', () => {
  it('hashes the canonical form: key order and the chain field itself do not matter', () => {
    const a = { ...event('e1', { b: 1, a: 'Hà Nam' }), stream: 's', revision: 0 };
    const b = { ...event('e1', { a: 'Hà Nam', b: 1 }), stream: 's', revision: 0, metadata: { ...metadata, chain: 'whatever' } };
    expect(canonicalEvent(a)).toBe(canonicalEvent(b));
    expect(canonicalEvent(a)).toContain('"data":{"a":"H\\u00e0 Nam","b":1}');
    expect(chainHash(GENESIS, a)).toBe(chainHash(GENESIS, b));
  });

  it('changes with the content, the stream, the revision and the previous hash', () => {
    const base = { ...event('e1', { a: 1 }), stream: 's', revision: 0 };
    const hashes = new Set([
      chainHash(GENESIS, base),
      chainHash(GENESIS, { ...base, data: { a: 2 } }),
      chainHash(GENESIS, { ...base, stream: 't' }),
      chainHash(GENESIS, { ...base, revision: 1 }),
      chainHash('x', base),
    ]);
    expect(hashes.size).toBe(5);
  });

  it('links each event of a batch to the one before it, and to the stream head', () => {
    const [first, second] = chainBatch('s', 3, 'head', [event('e1', 1), event('e2', 2)]);
    expect(first!.metadata.chain).toBe(chainHash('head', { ...event('e1', 1), stream: 's', revision: 3 }));
    expect(second!.metadata.chain).toBe(chainHash(first!.metadata.chain!, { ...event('e2', 2), stream: 's', revision: 4 }));
  });

  it('links a chained event to events recorded before chaining existed, which verify counts as unchained', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('s', [event('e1', 1), event('e2', 2)], 'no_stream');
    const head = streamChainHead(await store.readStream('s'));
    await store.appendToStream('s', chainBatch('s', 2, head, [event('e3', 3)]), 1);
    expect(await verifyStore(store)).toMatchObject({ events: 3, chained: 1, unchained: 2, failure: null });
  });

  it('reports a chained stream whose next event carries no hash, and one whose hash is wrong', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('s', chainBatch('s', 0, GENESIS, [event('e1', 1)]), 'no_stream');
    await store.appendToStream('s', [event('e2', 2)], 0);
    expect((await verifyStore(store)).failure).toMatchObject({ kind: 'CHAIN_REMOVED', stream: 's', revision: 1, eventId: 'e2' });

    const forged = new InMemoryEventStore();
    await forged.appendToStream(
      's',
      [{ ...event('e1', 1), metadata: { ...metadata, chain: chainHash(GENESIS, { ...event('e1', 2), stream: 's', revision: 0 }) } }],
      'no_stream',
    );
    expect((await verifyStore(forged)).failure).toMatchObject({ kind: 'HASH_MISMATCH', position: 1n, eventId: 'e1' });
  });
});
