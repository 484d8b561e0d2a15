// The hash chain every recorded event carries: the command runner writes it, audit verifies it.
// An entry point of its own so that verify's worker threads load these and nothing else.
export * from './canonical-event.js';
export * from './event-chain.js';
