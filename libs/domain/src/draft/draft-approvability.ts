import { forbidden, ruleViolated } from '../shared/errors.js';
import type { CommandContext } from '../shared/event.js';
import type { DraftReference, DraftUnit, PlanDraft } from './plan-draft.js';

interface Problem {
  readonly field: string;
  readonly message: string;
}

const unitProblems = (units: readonly DraftUnit[], field: string, role: string): Problem[] =>
  units.flatMap((u, i) =>
    u.unitId === null
      ? [
          {
            field: `${field}[${i}].unitId`,
            message: `${role} "${u.name}" is no registered unit: match it (or register it first) or remove it`,
          },
        ]
      : [],
  );

const referenceProblems = (references: readonly DraftReference[], field: string): Problem[] =>
  references.flatMap((r, i) =>
    r.number === null && r.directiveId === null
      ? [
          {
            field: `${field}[${i}]`,
            message: `"${r.description}" names no document number: give its number or registered id, or remove it`,
          },
        ]
      : [],
  );

/**
 * What a draft must state before it is recorded: the header (kind, issuer, date, title; a national
 * decision its number), and for a provincial plan every task's lead units (at least one) and
 * partners matched to registered units, and every document it implements named by number. All the
 * problems are listed at once, each naming the task's ref and the field; the first one's field is
 * the error's.
 */
export const requireApprovable = (draft: PlanDraft, provincial: boolean): void => {
  const d = draft.document;
  const problems: Problem[] = [];
  const missing = (field: string, what: string) => problems.push({ field, message: `the draft states no ${what}: set it` });
  if (!d.kind) missing('document.kind', 'kind of document');
  if (!d.issuedOn) missing('document.issuedOn', 'date of issue');
  if (!d.title) missing('document.title', 'title');
  if (!d.issuer) missing('document.issuer', 'issuing body');
  else if (provincial)
    problems.push(...unitProblems([d.issuer], 'document.issuer', 'the issuer').map((p) => ({ ...p, field: 'document.issuer.unitId' })));
  if (!provincial && !d.number) missing('document.number', 'number (a national decision is registered by it)');
  problems.push(...referenceProblems(d.implements, 'document.implements'));
  if (provincial) {
    for (const task of draft.tasks) {
      const at = `tasks[${task.ref}]`;
      if (task.leadUnits.length === 0)
        problems.push({ field: `${at}.leadUnits`, message: 'the task has no lead unit (chủ trì): name at least one' });
      problems.push(...unitProblems(task.leadUnits, `${at}.leadUnits`, 'lead unit'));
      problems.push(...unitProblems(task.coordinatingUnits, `${at}.coordinatingUnits`, 'coordinating unit'));
    }
  }
  if (problems.length === 0) return;
  const listed = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  throw ruleViolated(`the draft is not complete enough to approve (${problems.length} to fix): ${listed}`, problems[0].field, problems);
};

/**
 * Who reviews a draft: a provincial document's by that province's own system or a national
 * administrator (acting for no province); a national decision's by a national administrator only.
 */
export const requireReviewer = (documentProvince: string | null, context: CommandContext, action: string): void => {
  const province = context.actingForProvince;
  if (province === null) return;
  if (documentProvince === null)
    throw forbidden(`a national document's draft is reviewed by ADMIN: a system of ${province} may not ${action} it`, 'id');
  if (documentProvince !== province) {
    throw forbidden(`the document was received for ${documentProvince}: a system of ${province} may not ${action} its draft`, 'id');
  }
};
