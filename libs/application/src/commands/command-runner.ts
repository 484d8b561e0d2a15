import {
  DomainError,
  requireInstantInRange,
  requireNotInFuture,
  routeCommand,
  type CommandContext,
  type PlatformCommand,
} from '@monitor/domain';
import { WrongExpectedRevisionError, type EventStore, type EventToAppend, type Position, type RecordedEvent } from '@monitor/event-store';
import { eventIdFor } from './event-ids.js';
import { checkReferences } from './reference-checks.js';
import { chainBatch, streamChainHead } from '../chain/event-chain.js';

export type Clock = () => Date;

export interface RunContext extends CommandContext {
  /** A caller's id for this command (a message id): running it again then records nothing twice. */
  readonly commandId?: string;
}

export interface CommandOutcome {
  readonly stream: string;
  readonly eventIds: readonly string[];
  /** Position of the last event the command recorded: wait for read models to reach it. */
  readonly position: Position;
  /** True when the command id had already been recorded and nothing new was written. */
  readonly alreadyRecorded: boolean;
  /** What the command recorded (or had recorded), with every reference as its canonical id. */
  readonly events: readonly { readonly type: string; readonly data: unknown }[];
}

const factsOf = (events: readonly { type: string; data: unknown }[]) => events.map(({ type, data }) => ({ type, data }));

/** The events a command with this id recorded on an earlier delivery, if any. */
const recordedBefore = (recorded: readonly RecordedEvent[], commandId: string, firstId: string): RecordedEvent[] => {
  const start = recorded.findIndex((e) => e.id === firstId);
  if (start < 0) return [];
  const events: RecordedEvent[] = [];
  for (let i = start; i < recorded.length && recorded[i].id === eventIdFor(commandId, i - start); i++) events.push(recorded[i]);
  return events;
};

/**
 * The one path from a command to stored events, for every aggregate: resolve and check what it
 * refers to (reference-checks.ts: the command goes on with canonical ids), read the stream, fold it,
 * decide, append with the expected revision. A concurrent writer makes the append fail; the runner
 * then decides again on the fresh stream, and reports a conflict only when that keeps failing.
 */
export class CommandRunner {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock = () => new Date(),
    private readonly maxAttempts = 5,
    /** Whether occurrences and documents dated after the clock are refused: off only for fixtures whose clock stands in the past. */
    private readonly refusesFuture = true,
  ) {}

  async run(command: PlatformCommand, context: RunContext): Promise<CommandOutcome> {
    // The clock is the platform's: what a caller says happened cannot have happened after it.
    const now = this.refusesFuture ? this.clock() : undefined;
    requireInstantInRange(context.occurredAt, 'occurredAt');
    const checked = await checkReferences(this.store, command, context, now);
    if (now) requireNotInFuture(context.occurredAt, now, 'occurredAt');
    const { stream, decider } = routeCommand(checked);
    const firstId = context.commandId && eventIdFor(context.commandId, 0);
    for (let attempt = 1; ; attempt++) {
      const recorded = await this.store.readStream(stream);
      const previous = context.commandId && firstId ? recordedBefore(recorded, context.commandId, firstId) : [];
      if (previous.length > 0) {
        const ids = previous.map((e) => e.id);
        return {
          stream,
          eventIds: ids,
          position: previous[previous.length - 1].position,
          alreadyRecorded: true,
          events: factsOf(previous),
        };
      }
      const state = recorded.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      const events = decider.decide(checked, state, context);
      const recordedAt = this.clock().toISOString();
      const unchained: EventToAppend[] = events.map((event: { type: string; data: unknown }, index: number) => ({
        id: index === 0 && firstId ? firstId : eventIdFor(context.commandId, index),
        type: event.type,
        data: event.data,
        metadata: {
          actor: context.actor,
          occurredAt: context.occurredAt,
          occurredAtPrecision: context.occurredAtPrecision,
          recordedBy: context.recordedBy,
          recordedAt,
          correlationId: context.correlationId,
          causationId: context.causationId,
          ...(context.simulated ? { simulated: true } : {}),
          ...(context.source ? { source: context.source } : {}),
        },
      }));
      const expected = recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].revision;
      // Each event is chained to the stream's last one, so altering any stored event is detectable.
      const toAppend = chainBatch(
        stream,
        recorded.length === 0 ? 0 : recorded[recorded.length - 1].revision + 1,
        streamChainHead(recorded),
        unchained,
      );
      try {
        const result = await this.store.appendToStream(stream, toAppend, expected);
        return {
          stream,
          eventIds: toAppend.map((e) => e.id),
          position: result.position,
          alreadyRecorded: false,
          events: factsOf(toAppend),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= this.maxAttempts) {
          throw new DomainError(
            'CONCURRENCY_CONFLICT',
            `${stream} kept changing while the command was decided (${attempt} attempts); retry`,
          );
        }
      }
    }
  }
}
