import type { RecordedEvent } from '@monitor/event-store';

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
}

/** Where a projection keeps its state with its checkpoint, so a restart resumes instead of rebuilding. */
export interface SnapshotStore {
  load<State>(name: string): Promise<Snapshot<State> | null>;
  save<State>(name: string, snapshot: Snapshot<State>): Promise<void>;
  remove(name: string): Promise<void>;
}
