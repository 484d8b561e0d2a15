/**
 * mulberry32: a small, well-known 32-bit generator. The same seed gives the same history, so a
 * simulated demo or load test can be reproduced exactly.
 */
export const seededRandom = (seed: number) => {
  let s = seed | 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** A whole number in [min, max]. */
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
  };
};
export type SeededRandom = ReturnType<typeof seededRandom>;
