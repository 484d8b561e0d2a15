import type { CommandContext, DomainEvent } from './event.js';

/**
 * An aggregate as three pure functions: the command runner folds `evolve` over a stream from
 * `initialState`, asks `decide` for new events, and appends them with the expected revision.
 */
export interface Decider<Command, State, Event extends DomainEvent> {
  readonly decide: (command: Command, state: State, context: CommandContext) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}
