// Test-only (uses Jest's globals): the contract every EventStore adapter passes. Specs import this
// file directly; the library index does not export it, and the build leaves it out.
import type { EventStore } from './event-store.port.js';
import { appendContract } from './testing/append.contract.js';
import type { ContractLimits } from './testing/contract-kit.js';
import { readContract } from './testing/read.contract.js';
import { subscriptionContract } from './testing/subscription.contract.js';

export interface ContractStore {
  readonly store: EventStore;
  /** Runs after the store is closed: remove files, stop servers. */
  readonly cleanup?: () => Promise<void>;
}

/**
 * Runs the whole contract against stores from `createStore`, a fresh one per test. The suite never
 * assumes a store is empty, that positions start at 1 or that they are contiguous: every test uses
 * streams of its own and reads from the head position it found, so it also runs against a shared
 * server such as EventStoreDB.
 */
export const describeEventStoreContract = (name: string, createStore: () => Promise<ContractStore>, limits: ContractLimits = {}): void => {
  describe(`${name}: event store contract`, () => {
    let opened: ContractStore | undefined;
    const current = (): EventStore => {
      if (!opened) throw new Error('no store: the contract opens one before each test');
      return opened.store;
    };

    beforeEach(async () => {
      opened = await createStore();
    });

    afterEach(async () => {
      // Closing twice must be harmless: some tests close the store themselves.
      await opened?.store.close();
      await opened?.cleanup?.();
      opened = undefined;
    });

    appendContract(current, limits);
    readContract(current);
    subscriptionContract(current);
  });
};
