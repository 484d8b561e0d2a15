import type { Decider } from '../shared/decider.js';
import { invalidInput, notFound } from '../shared/errors.js';
import type { DomainEvent } from '../shared/event.js';
import { deciderSpec, expectDomainError, provinceContext } from './decider-spec.js';

// A counter that may only go up by whole steps, and only nationally: enough to show the helper fails.
type Counted = DomainEvent<'Counted', { total: number }>;
type Count = { readonly type: 'Count'; readonly by: number };
const counter: Decider<Count, number, Counted> = {
  initialState: () => 0,
  evolve: (_total, event) => event.data.total,
  decide: (command, total, context) => {
    if (context.actingForProvince) throw notFound('counter', `no counter in ${context.actingForProvince}`);
    if (!Number.isInteger(command.by)) throw invalidInput('by', `${command.by} is not a whole step`);
    return [{ type: 'Counted', data: { total: total + command.by } }];
  },
};
const counted = (total: number): Counted => ({ type: 'Counted', data: { total } });
const given = (...events: Counted[]) => deciderSpec(counter).given(events);

describe('deciderSpec', () => {
  it('folds the given events, in order, before deciding', () =>
    given(counted(2), counted(5))
      .when({ type: 'Count', by: 1 })
      .then([counted(6)]));

  it('fails when the events differ', () =>
    expect(() =>
      given(counted(2))
        .when({ type: 'Count', by: 1 })
        .then([counted(2)]),
    ).toThrow(/toEqual/));

  it('decides in the context it is given', () =>
    deciderSpec(counter, provinceContext('ha-nam'))
      .given([])
      .when({ type: 'Count', by: 1 })
      .thenThrows('NOT_FOUND', /in ha-nam/, 'counter'));

  it('fails thenThrows when the decider decides events instead', () =>
    expect(() => given().when({ type: 'Count', by: 1 }).thenThrows('INVALID_INPUT', undefined, 'by')).toThrow(
      /expected a DomainError INVALID_INPUT on by, but got \[\{"type":"Counted"/,
    ));

  it('fails thenThrows on another code, another field, no field, or another message', () => {
    const half = given().when({ type: 'Count', by: 0.5 });
    half.thenThrows('INVALID_INPUT', /not a whole step/, 'by');
    expect(() => half.thenThrows('RULE_VIOLATED', undefined, 'by')).toThrow(/RULE_VIOLATED/);
    expect(() => half.thenThrows('INVALID_INPUT', undefined, 'step')).toThrow(/step/);
    expect(() => half.thenThrows('INVALID_INPUT')).toThrow(/field/);
    expect(() => half.thenThrows('INVALID_INPUT', /negative/, 'by')).toThrow(/negative/);
  });

  it('fails expectDomainError on an error that is not a DomainError', () =>
    expect(() =>
      expectDomainError(() => {
        throw new TypeError('boom');
      }, 'INVALID_INPUT'),
    ).toThrow(/DomainError/));
});
