// Test-only (uses Jest's global `expect`): not exported from the library index, not built.
import type { Decider } from '../shared/decider.js';
import { DomainError, type DomainErrorCode } from '../shared/errors.js';
import type { CommandContext, DomainEvent } from '../shared/event.js';

/** A national official acting through the national system: confined to no province. */
export const nationalContext: CommandContext = {
  actor: { id: 'nguyen-van-an', name: 'Nguyễn Văn An', role: 'Chuyên viên Bộ KH&CN', unitId: null },
  occurredAt: '2020-09-16T02:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'national-admin',
  actingForProvince: null,
  correlationId: 'correlation-1',
  causationId: null,
};

/** A provincial system, confined to its own province (Hà Nam unless told). */
export const provinceContext = (provinceId = 'ha-nam'): CommandContext => ({
  ...nationalContext,
  actor: { id: 'tran-thi-binh', name: 'Trần Thị Bình', role: 'Phó Giám đốc Sở KH&CN', unitId: `${provinceId}.so-khcn` },
  recordedBy: `${provinceId}-system`,
  actingForProvince: provinceId,
});

/**
 * Runs `act` and checks it throws a DomainError with exactly this code and field (`field` omitted
 * means the error must name no field), its message matching `messagePattern` when one is given.
 */
export const expectDomainError = (act: () => unknown, code: DomainErrorCode, messagePattern?: RegExp, field?: string): void => {
  let outcome: unknown;
  try {
    outcome = act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect({ code: domainError.code, field: domainError.field }).toEqual({ code, field });
    if (messagePattern) expect(domainError.message).toMatch(messagePattern);
    return;
  }
  throw new Error(`expected a DomainError ${code}${field ? ` on ${field}` : ''}, but got ${JSON.stringify(outcome)}`);
};

export interface DeciderThen<Event> {
  /** The decider decides exactly these events, in this order. */
  readonly then: (expected: readonly Event[]) => void;
  /** The decider refuses the command: see expectDomainError. */
  readonly thenThrows: (code: DomainErrorCode, messagePattern?: RegExp, field?: string) => void;
}

/**
 * Given/when/then for a decider, after emmett's DeciderSpecification: `given` events are folded
 * through `evolve` from `initialState()`, then `decide` runs the `when` command in the context.
 */
export const deciderSpec = <Command, State, Event extends DomainEvent>(
  decider: Decider<Command, State, Event>,
  context: CommandContext = nationalContext,
) => ({
  given: (events: readonly Event[]) => ({
    when: (command: Command): DeciderThen<Event> => {
      const decide = () =>
        decider.decide(
          command,
          events.reduce((state, event) => decider.evolve(state, event), decider.initialState()),
          context,
        );
      return {
        then: (expected) => expect(decide()).toEqual(expected),
        thenThrows: (code, messagePattern, field) => expectDomainError(decide, code, messagePattern, field),
      };
    },
  }),
});
