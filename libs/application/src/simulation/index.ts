// The `monitor simulate` feature (`@monitor/application/simulation`): seeded, reproducible activity
// over the seed documents, recorded as simulated. An entry point of its own, apart from recording.
export * from './simulate-activity.js';
