import { DomainError } from '@monitor/domain';
import { correctPlan, defineTask, fieldsAt, issuePlan, mergeOrgUnits, occurredOnDocumentDate } from './index.js';

const PAYLOAD = fieldsAt('payload.');
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as DomainError).field;
  }
  throw new Error('expected a domain error');
};

describe('the intake', () => {
  it('defines a task without a province: the runner reads it from the plan', () => {
    const command = defineTask({ taskId: 't1', planId: 'ha-nam.kh-1', title: 'Nhiệm vụ', deadline: { text: 'Quý III/2024' } });
    expect(command).toEqual({
      type: 'DefineTask',
      taskId: 't1',
      planId: 'ha-nam.kh-1',
      code: null,
      title: 'Nhiệm vụ',
      deadline: expect.objectContaining({ kind: 'WITHIN_PERIOD', due: '2024-09-30' }),
      targets: [],
    });
    expect(command).not.toHaveProperty('provinceId');
  });

  it('names a field where its source puts it', () => {
    const bad = { taskId: 't1', planId: 'p', title: 'x', deadline: { kind: 'BY_DATE' as const, due: 'không rõ' } };
    expect(fieldOf(() => defineTask(bad))).toMatch(/^deadline/);
    expect(fieldOf(() => defineTask(bad, PAYLOAD))).toMatch(/^payload\.deadline/);
  });

  it('fills what a plan leaves out, and keeps the province it is issued for', () => {
    const plan = issuePlan({ planId: 'ha-nam.kh-1', title: 'Kế hoạch', issuerUnitId: 'ha-nam.ubnd', issuedOn: '2020-09' }, 'ha-nam');
    expect(plan).toMatchObject({
      provinceId: 'ha-nam',
      number: null,
      implements: [],
      cites: [],
      statesNoBasis: false,
      parentPlanId: null,
      reportingDuties: [],
      budget: null,
    });
    expect(occurredOnDocumentDate(plan.issuedOn)).toEqual({ occurredAt: '2020-08-31T17:00:00.000Z', occurredAtPrecision: 'MONTH' });
  });

  it("keeps a correction's fields left out or sent as null, and blanks a number sent as null", () => {
    expect(correctPlan({ planId: 'p', number: null, title: null, reason: 'nhầm' }).changes).toEqual({ number: null });
  });

  it('records a merger as one fact per unit', () =>
    expect(
      mergeOrgUnits({ unitIds: ['a', 'b'], successorUnitId: 'c', effectiveOn: '2025-07-01', legalBasis: 'NQ' }).map((c) => c.unitId),
    ).toEqual(['a', 'b']));
});
