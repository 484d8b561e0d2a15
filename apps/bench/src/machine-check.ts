import { createHash } from 'node:crypto';

/** A document of the size and shape a batch of events has: 2,000 small objects with Vietnamese text. */
const DOCUMENT = JSON.stringify(
  Array.from({ length: 2000 }, (_, i) => ({
    id: `task-${i}`,
    percentComplete: i % 100,
    unit: `Sở Khoa học và Công nghệ ${i}`,
    values: [1, 2, 3],
  })),
);
const BLOCK = Buffer.alloc(1 << 20, 7);

const timed = (work: () => void): number => {
  const started = performance.now();
  work();
  return Math.round(performance.now() - started);
};

/**
 * The same fixed work on every call, so that figures taken minutes apart can be compared: this
 * VM's speed swings by up to half for memory-heavy work (JSON, allocation), much less for hashing.
 * Printed before and after each benchmark; it asserts nothing.
 */
export const printMachineCheck = (when: 'before' | 'after'): void => {
  const json = timed(() => {
    for (let i = 0; i < 200; i++) JSON.parse(DOCUMENT);
  });
  const sha = timed(() => {
    for (let i = 0; i < 200; i++) createHash('sha256').update(BLOCK).digest();
  });
  console.log(
    `machine check ${when}: JSON.parse of ${Math.round(DOCUMENT.length / 1024)} KB ×200 in ${json} ms, sha256 of 200 MiB in ${sha} ms (same work every run: more ms, a slower minute)`,
  );
};
