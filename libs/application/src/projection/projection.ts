import type { RecordedEvent } from '@monitor/event-store';
import type { ParkedEvent } from './parked-events.js';

/** A read model: how to start it and how one event changes it (in place, for rebuild speed). */
export interface Projection<State> {
  readonly name: string;
  /** Bump when `apply` changes meaning: a snapshot of another version is discarded and rebuilt. */
  readonly version: number;
  initialState(): State;
  apply(state: State, event: RecordedEvent): void;
}

export interface Snapshot<State> {
  readonly version: number;
  /** Position of the last event folded into `state`, as a decimal string. */
  readonly checkpoint: string;
  readonly state: State;
  /** Events at or before the checkpoint that the projection could not apply (absent in older snapshots). */
  readonly parked?: readonly ParkedEvent[];
}

/** Where a projection keeps its state with its checkpoint, so a restart resumes instead of rebuilding. */
export interface SnapshotStore {
  load<State>(name: string): Promise<Snapshot<State> | null>;
  /** Keeps the snapshot as it is at the call (serialized before returning), whatever changes after. */
  save<State>(name: string, snapshot: Snapshot<State>): Promise<void>;
  remove(name: string): Promise<void>;
}
