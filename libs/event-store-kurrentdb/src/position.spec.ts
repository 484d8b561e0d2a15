import { START } from '@monitor/event-store';
import { decodePosition, encodePosition, isStart } from './position.js';

const MAX_64 = (1n << 64n) - 1n;

describe('KurrentDB positions as one bigint', () => {
  it('unpacks to the same commit and prepare positions it was packed from', () => {
    for (const pair of [
      { commit: 0n, prepare: 1n },
      { commit: 1_234_567n, prepare: 1_234_567n },
      { commit: 9_876_543_210n, prepare: 9_876_543_339n },
      { commit: MAX_64, prepare: MAX_64 },
    ]) {
      expect(decodePosition(encodePosition(pair))).toEqual(pair);
    }
  });

  it('orders as `$all` does: by commit position, then by prepare position within one commit', () => {
    // Two events of one append share their commit position; a later append commits further on.
    const inLogOrder = [
      { commit: 1000n, prepare: 900n },
      { commit: 1000n, prepare: 950n },
      { commit: 1000n, prepare: 999n },
      { commit: 1200n, prepare: 1100n },
      { commit: 1_000_000_000_000n, prepare: 5n },
    ];
    const encoded = inLogOrder.map(encodePosition);
    encoded.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(encoded[index]!));
  });

  it('gives each event of a multi-event append its own position, so a checkpoint can fall inside it', () => {
    const [first, second] = [encodePosition({ commit: 1000n, prepare: 900n }), encodePosition({ commit: 1000n, prepare: 950n })];
    expect(first).not.toBe(second);
    expect(decodePosition(first)).toEqual({ commit: 1000n, prepare: 900n });
  });

  it('keeps START for "before every event": no event packs to it', () => {
    expect(isStart(START)).toBe(true);
    expect(encodePosition({ commit: 0n, prepare: 1n })).toBeGreaterThan(START);
    expect(isStart(encodePosition({ commit: 1n, prepare: 0n }))).toBe(false);
  });

  it('refuses numbers that are not unsigned 64-bit positions, naming them', () => {
    expect(() => encodePosition({ commit: -1n, prepare: 0n })).toThrow(/-1\/0 is not a pair of unsigned 64-bit numbers/);
    expect(() => encodePosition({ commit: 0n, prepare: MAX_64 + 1n })).toThrow(RangeError);
    expect(() => decodePosition(-5n)).toThrow(/-5 is not a KurrentDB position/);
    expect(() => decodePosition(1n << 128n)).toThrow(RangeError);
  });
});
