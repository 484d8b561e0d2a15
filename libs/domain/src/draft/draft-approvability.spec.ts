import { DomainError } from '../shared/errors.js';
import { planDraftFixture } from '../testing/plan-draft-fixture.js';
import { requireApprovable } from './draft-approvability.js';

const refusal = (run: () => void): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('what a draft must state before approval', () => {
  it('lists every problem with its own field, for a form to place each beside its task', () => {
    const fixture = planDraftFixture();
    const draft = {
      ...fixture,
      document: { ...fixture.document, issuedOn: null },
      tasks: fixture.tasks.map((t, i) => (i === 0 ? { ...t, leadUnits: [] } : t)),
    };
    const error = refusal(() => requireApprovable(draft, true));
    expect(error.code).toBe('RULE_VIOLATED');
    expect(error.field).toBe('document.issuedOn');
    const fields = error.problems!.map((p) => p.field);
    expect(fields[0]).toBe('document.issuedOn');
    expect(fields).toContain(`tasks[${fixture.tasks[0]!.ref}].leadUnits`);
    expect(error.problems!.every((p) => error.message.includes(`${p.field}: ${p.message}`))).toBe(true);
  });

  it('lists none when the draft is complete', () => {
    expect(() => requireApprovable(planDraftFixture(), false)).not.toThrow();
  });
});
