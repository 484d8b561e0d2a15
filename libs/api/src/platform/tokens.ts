/** Injection tokens for ports, whose interfaces Nest cannot use as tokens. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const SNAPSHOT_STORE = Symbol('SNAPSHOT_STORE');
