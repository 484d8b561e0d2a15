// Test-only entry point (`@monitor/event-store/testing`, resolved to the sources, never built): the
// contract suite and its helpers, for the specs of adapters that live in other libraries.
export { describeEventStoreContract, type ContractStore } from '../event-store.contract.js';
export * from './contract-kit.js';
export { tamperWithStoreFile, withRawStoreFile } from './intruder.js';
export { buildProject, compiledWorker } from './compiled-adapter.js';
