import type { Actor } from '../shared/actor.js';
import { invalidInput } from '../shared/errors.js';
import type { DomainEvent } from '../shared/event.js';
import { optionalDocumentNumber, requireDistinctDocumentNumbers, requireText } from '../shared/ids.js';
import { validatePartialDate, type PartialDate } from '../shared/partial-date.js';
import {
  correctedFields,
  requireReason,
  validActor,
  type Changes,
  type FieldCorrection,
  type RecordCorrectionData,
} from '../shared/record-correction.js';

/** What a plan's record states about the document, each of which a correction may set right. */
export interface PlanRecord {
  readonly number: string | null;
  readonly issuedOn: PartialDate;
  readonly title: string;
  /** The signer: the actor of the PlanIssued event (null when none was named). */
  readonly signedBy: Actor | null;
  readonly implements: readonly string[];
  readonly cites: readonly string[];
}

/**
 * A plan recorded wrong, set right: the fields as they should have been, and why. The corrector is
 * the command's actor. Its id, province and parent never change (another plan is another record).
 */
export interface CorrectPlan {
  readonly type: 'CorrectPlan';
  readonly planId: string;
  readonly changes: Changes<PlanRecord>;
  readonly reason: string;
}

export type PlanFieldCorrection = {
  [K in keyof PlanRecord]: FieldCorrection<K, PlanRecord[K]>;
}[keyof PlanRecord];

export interface PlanCorrectedData extends RecordCorrectionData<PlanFieldCorrection> {
  planId: string;
}
/** A correction of a plan's record: a new event naming the fields it sets right; PlanIssued stays as recorded. */
export type PlanCorrected = DomainEvent<'PlanCorrected', PlanCorrectedData>;

const documentNumbers = (values: readonly string[], field: string) => requireDistinctDocumentNumbers(values, field);

const validators = {
  number: (value: string | null, field: string) => optionalDocumentNumber(value, field),
  issuedOn: (value: PartialDate, field: string) => validatePartialDate(value, field),
  title: (value: string, field: string) => requireText(value, field),
  signedBy: (value: Actor | null, field: string) => validActor(value, field),
  implements: documentNumbers,
  cites: documentNumbers,
};

const IDENTITY = {
  id: "a plan's id never changes: a different plan is issued as its own record",
  planId: "a plan's id never changes: a different plan is issued as its own record",
  provinceId: "a plan's province never changes: a plan of another province is its own record",
  parentPlanId: 'the plan a plan was issued under is not corrected here',
};

/** Whether a plan names something it carries out: a directive, a parent plan, or the statement that its opening gives none. */
export interface PlanBasis {
  readonly implements: readonly string[];
  readonly cites: readonly string[];
  readonly parentPlanId: string | null;
  readonly statesNoBasis: boolean;
}

/** A plan implements or cites a directive, never both; it carries out something, or says its opening names nothing. */
export const requirePlanBasis = ({ implements: implemented, cites, parentPlanId, statesNoBasis }: PlanBasis): void => {
  const both = cites.find((c) => implemented.includes(c));
  if (both) throw invalidInput('cites', `${both} is among what the plan implements: a plan implements a directive or only cites it`);
  if (statesNoBasis && (implemented.length > 0 || parentPlanId)) {
    throw invalidInput('statesNoBasis', 'the plan names what it carries out: it does not state "no basis"');
  }
  if (implemented.length === 0 && !parentPlanId && !statesNoBasis) {
    throw invalidInput(
      'implements',
      'a plan carries out at least one directive or a parent plan (or states that its opening names none: statesNoBasis)',
    );
  }
};

/** The PlanCorrected event for a correction of `record` (the plan as recorded, corrections included). */
export const decidePlanCorrection = (command: CorrectPlan, record: PlanRecord, basis: PlanBasis): PlanCorrected => {
  const fields = correctedFields<PlanRecord>(command.changes, record, validators, IDENTITY, `plan ${command.planId}`);
  const reason = requireReason(command.reason);
  const corrected = Object.fromEntries(fields.map((f) => [f.field, f.value])) as Partial<PlanRecord>;
  requirePlanBasis({ ...basis, implements: corrected.implements ?? basis.implements, cites: corrected.cites ?? basis.cites });
  return { type: 'PlanCorrected', data: { planId: command.planId, fields: fields as PlanFieldCorrection[], reason } };
};

/** The record with a correction's fields applied. */
export const applyPlanCorrection = <R extends PlanRecord>(record: R, data: PlanCorrectedData): R => ({
  ...record,
  ...Object.fromEntries(data.fields.map((f) => [f.field, f.value])),
});

/** The CorrectPlan command from what GraphQL or a provincial message gives (a field left out or null is not corrected, but for `number`). */
export const correctPlan = ({ planId, changes, reason }: Omit<CorrectPlan, 'type'>): CorrectPlan => ({
  type: 'CorrectPlan',
  planId,
  changes: Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  reason,
});
