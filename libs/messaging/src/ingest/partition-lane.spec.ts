import { PartitionLane, type LaneSteps } from './partition-lane.js';

interface TestChunk {
  readonly firstOffset: bigint;
  readonly name: string;
}

const chunk = (firstOffset: number): TestChunk => ({ firstOffset: BigInt(firstOffset), name: `chunk@${firstOffset}` });

/** Steps that log what happened, and fail the steps they are told to fail, once each. */
const recordingSteps = (failWrite: string[] = [], failSettle: string[] = [], settleMs = 0) => {
  const log: string[] = [];
  const failures: string[] = [];
  const steps: LaneSteps<TestChunk, string> = {
    write: async (c) => {
      // Writes of different lengths: later ones may finish first if the lane did not order them.
      await new Promise((resolve) => setTimeout(resolve, Number(c.firstOffset % 7n)));
      if (failWrite.includes(c.name)) {
        failWrite.splice(failWrite.indexOf(c.name), 1);
        throw new Error(`store failed writing ${c.name}`);
      }
      log.push(`write ${c.name}`);
      return `written ${c.name}`;
    },
    settle: async (c, written) => {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (failSettle.includes(c.name)) {
        failSettle.splice(failSettle.indexOf(c.name), 1);
        throw new Error(`broker failed settling ${c.name}`);
      }
      log.push(`settle ${c.name} (${written})`);
    },
    failed: (c, error, deliverAgain) => failures.push(`${c.name}: ${(error as Error).message}${deliverAgain ? '' : ' (already dropped)'}`),
  };
  return { steps, log, failures };
};

describe('PartitionLane', () => {
  it('writes each chunk after the one before it, and settles them in the same order', async () => {
    const { steps, log } = recordingSteps();
    const lane = new PartitionLane(steps, 10);
    for (const offset of [0, 5, 9, 13]) expect(lane.push(chunk(offset))).toBe(true);
    await lane.idle();
    const names = ['chunk@0', 'chunk@5', 'chunk@9', 'chunk@13'];
    expect(log.filter((line) => line.startsWith('write'))).toEqual(names.map((n) => `write ${n}`));
    expect(log.filter((line) => line.startsWith('settle'))).toEqual(names.map((n) => `settle ${n} (written ${n})`));
  });

  it('has room for a chunk only while fewer than its depth are unsettled', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const steps: LaneSteps<TestChunk, string> = { write: async () => 'ok', settle: () => gate, failed: () => undefined };
    const lane = new PartitionLane(steps, 2);
    lane.push(chunk(0));
    await lane.room();
    lane.push(chunk(10));
    let roomy = false;
    const room = lane.room().then(() => (roomy = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(roomy).toBe(false);
    release();
    await room;
    expect(roomy).toBe(true);
    await lane.idle();
  });

  it('drops every chunk behind a failed write unwritten, and takes nothing after it until it comes again', async () => {
    const { steps, log, failures } = recordingSteps(['chunk@10']);
    const lane = new PartitionLane(steps, 10);
    for (const offset of [0, 10, 20, 30]) lane.push(chunk(offset));
    await lane.idle();
    expect(failures).toEqual(['chunk@10: store failed writing chunk@10']);
    expect(log).toEqual(['write chunk@0', 'settle chunk@0 (written chunk@0)']);

    // What kafkajs had fetched beyond the failed chunk is refused; the failed chunk delivered again is taken.
    expect(lane.push(chunk(20))).toBe(false);
    expect(lane.push(chunk(10))).toBe(true);
    expect(lane.push(chunk(20))).toBe(true);
    await lane.idle();
    expect(log.slice(2)).toEqual([
      'write chunk@10',
      'settle chunk@10 (written chunk@10)',
      'write chunk@20',
      'settle chunk@20 (written chunk@20)',
    ]);
  });

  it('after a failed settle, settles nothing behind it (written or not) until the failed chunk comes again', async () => {
    const { steps, log, failures } = recordingSteps([], ['chunk@10']);
    const lane = new PartitionLane(steps, 10);
    for (const offset of [0, 10, 20]) lane.push(chunk(offset));
    await lane.idle();
    expect(failures).toEqual(['chunk@10: broker failed settling chunk@10']);
    expect(log.filter((line) => line.startsWith('settle'))).toEqual(['settle chunk@0 (written chunk@0)']);

    // Delivered again from an earlier offset (a rejoined group resumes from its committed offset): taken.
    expect(lane.push(chunk(5))).toBe(true);
    await lane.idle();
    expect(log.at(-1)).toBe('settle chunk@5 (written chunk@5)');
  });

  it('settles the chunks before a failed write: only those from it on are dropped', async () => {
    // Chunk 10's write fails while chunk 0 is being settled and chunk 5, written, waits its turn to be.
    const { steps, log, failures } = recordingSteps(['chunk@10'], [], 30);
    const lane = new PartitionLane(steps, 10);
    for (const offset of [0, 5, 10, 20]) lane.push(chunk(offset));
    await lane.idle();
    expect(failures).toEqual(['chunk@10: store failed writing chunk@10']);
    expect(log).toEqual(['write chunk@0', 'write chunk@5', 'settle chunk@0 (written chunk@0)', 'settle chunk@5 (written chunk@5)']);
    expect(lane.push(chunk(20))).toBe(false);
    expect(lane.push(chunk(10))).toBe(true);
    await lane.idle();
  });

  it('when a chunk fails to settle after a later one failed to write, delivers again from the earlier', async () => {
    const { steps, log, failures } = recordingSteps(['chunk@10'], ['chunk@0'], 30);
    const lane = new PartitionLane(steps, 10);
    lane.push(chunk(0));
    lane.push(chunk(10));
    await lane.idle();
    expect(failures).toEqual(['chunk@10: store failed writing chunk@10', 'chunk@0: broker failed settling chunk@0']);
    expect(log).toEqual(['write chunk@0']);
    expect(lane.push(chunk(10))).toBe(false);
    expect(lane.push(chunk(0))).toBe(true);
    await lane.idle();
  });

  it('takes any chunk again once its source restarted from what was settled', async () => {
    const { steps } = recordingSteps(['chunk@10']);
    const lane = new PartitionLane(steps, 10);
    lane.push(chunk(0));
    lane.push(chunk(10));
    await lane.idle();
    expect(lane.push(chunk(20))).toBe(false);
    // Another consumer took the partition meanwhile, and committed up to 20 before it came back.
    lane.restarted();
    expect(lane.push(chunk(20))).toBe(true);
    await lane.idle();
  });

  it('reports the failure of a chunk already dropped behind an earlier one, and delivers again only from the earlier', async () => {
    // Chunk 10 is written while chunk 0 is settled: the settle fails first, then the write.
    const { steps, failures } = recordingSteps(['chunk@10'], ['chunk@0']);
    const lane = new PartitionLane(steps, 10);
    lane.push(chunk(0));
    lane.push(chunk(10));
    await lane.idle();
    expect(failures).toEqual(['chunk@0: broker failed settling chunk@0', 'chunk@10: store failed writing chunk@10 (already dropped)']);
    expect(lane.push(chunk(10))).toBe(false);
    expect(lane.push(chunk(0))).toBe(true);
    await lane.idle();
  });

  it('waits longer before each write after failures in a row, and not at all once a chunk settles', async () => {
    const { steps, failures } = recordingSteps(['chunk@0', 'chunk@0', 'chunk@0', 'chunk@0', 'chunk@0', 'chunk@0']);
    const waits: number[] = [];
    const lane = new PartitionLane(steps, 10, async (ms) => void waits.push(ms));
    for (let attempt = 0; attempt < 8; attempt++) {
      expect(lane.push(chunk(0))).toBe(true);
      await lane.idle();
    }
    expect(failures).toHaveLength(6);
    // No wait at first; after each failure in a row twice the wait before, up to 2 s; the seventh
    // attempt settled, so the eighth does not wait.
    expect(waits).toEqual([100, 200, 400, 800, 1600, 2000]);
  });
});
