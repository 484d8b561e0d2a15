import { describeEventStoreContract } from './event-store.contract.js';
import { START } from './event-store.port.js';
import { InMemoryEventStore } from './in-memory-event-store.js';
import { testEvents } from './testing/contract-kit.js';

describeEventStoreContract('in memory', async () => ({ store: new InMemoryEventStore() }));

// Gaps between positions, as EventStoreDB has: the contract must not count with positions.
describeEventStoreContract('in memory, positions 7 apart', async () => ({ store: new InMemoryEventStore({ positionStep: 7 }) }));

describe('in-memory event store', () => {
  it('starts empty, at START', async () => {
    const store = new InMemoryEventStore();
    expect(await store.headPosition()).toBe(START);
    expect(await store.readAll()).toEqual([]);
  });

  it('hands out copies: changing what was read or appended changes nothing stored', async () => {
    const store = new InMemoryEventStore();
    const [event] = testEvents(1);
    const data = event!.data as { n: number };
    await store.appendToStream('copies', [event!], 'no_stream');
    data.n = 99;
    ((await store.readStream('copies'))[0]!.data as { n: number }).n = 42;
    expect((await store.readStream('copies'))[0]!.data).toEqual({ n: 0 });
  });

  it('refuses to work once closed', async () => {
    const store = new InMemoryEventStore();
    await store.close();
    await expect(store.appendToStream('closed', testEvents(1), 'any')).rejects.toThrow(/closed/);
  });
});
