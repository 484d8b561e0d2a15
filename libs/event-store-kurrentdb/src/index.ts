// The EventStore port on KurrentDB (EventStoreDB), for the scaled-out shape.
export { KurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb-event-store.js';
export { decodePosition, encodePosition, type LogPosition } from './position.js';
export { platformStreamPrefixes } from './stream-filter.js';
