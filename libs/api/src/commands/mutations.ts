import * as intake from '@monitor/intake';
import type { PlatformCommand } from '@monitor/domain';
import type { Principal } from '../auth/principal.js';
import type * as In from '../graphql/inputs.js';
import type { Occurrence } from './command-context.js';
import { RecordMutation } from './record-mutation.js';

/**
 * Each GraphQL mutation's input as domain commands, through the one intake that Kafka messages use
 * too. GraphQL names a record's own id `id` and its province `province`; the intake names them as
 * the commands do.
 */
const now: Occurrence = { instant: null };
const one = (command: PlatformCommand, principal: Principal, actor: In.ActorInput | null | undefined, when: Occurrence) =>
  new RecordMutation([command], principal, actor, when);
/** A document's act happened on the document's date. */
const onIssue = (command: { issuedOn: Parameters<typeof intake.occurredOnDocumentDate>[0] }): Occurrence => ({ partial: command.issuedOn });

export const mutations = {
  registerDirective(i: In.RegisterDirectiveInput, principal: Principal) {
    const command = intake.registerDirective({ ...i, directiveId: i.id }, i.province);
    return one(command, principal, i.signedBy, onIssue(command));
  },
  issuePlan(i: In.IssuePlanInput, principal: Principal) {
    const command = intake.issuePlan({ ...i, planId: i.id }, i.province);
    return one(command, principal, i.signedBy, onIssue(command));
  },
  reportPlanTargetValues: (i: In.ReportPlanTargetValuesInput, principal: Principal) =>
    one(intake.reportPlanTargetValues(i), principal, i.reportedBy, { instant: i.occurredAt }),
  correctPlanTargetValues: (i: In.CorrectPlanTargetValuesInput, principal: Principal) =>
    one(intake.correctPlanTargetValues(i), principal, i.correctedBy, { instant: i.occurredAt }),

  defineTask: (i: In.DefineTaskInput, principal: Principal) =>
    one(intake.defineTask({ ...i, taskId: i.id }), principal, i.definedBy, { instant: i.occurredAt }),
  assignTask: (i: In.AssignTaskInput, principal: Principal) =>
    one(intake.assignTask(i), principal, i.assignedBy, { instant: i.occurredAt }),
  changeDeadline: (i: In.ChangeDeadlineInput, principal: Principal) =>
    one(intake.changeDeadline(i), principal, i.changedBy, { instant: i.occurredAt }),
  reportProgress: (i: In.ReportProgressInput, principal: Principal) =>
    one(intake.reportProgress(i), principal, i.reportedBy, { instant: i.occurredAt }),
  correctProgressReport: (i: In.CorrectProgressReportInput, principal: Principal) =>
    one(intake.correctProgressReport(i), principal, i.correctedBy, { instant: i.occurredAt }),
  completeTask: (i: In.CompleteTaskInput, principal: Principal) =>
    one(intake.completeTask(i), principal, i.completedBy, { instant: i.occurredAt }),
  cancelTask: (i: In.CancelTaskInput, principal: Principal) =>
    one(intake.cancelTask(i), principal, i.cancelledBy, { instant: i.occurredAt }),

  // A correction's corrector is its actor; it is dated when the caller says, by default now.
  correctDirective: (i: In.CorrectDirectiveInput, principal: Principal) =>
    one(intake.correctDirective(i), principal, i.correctedBy, { instant: i.occurredAt }),
  correctPlan: (i: In.CorrectPlanInput, principal: Principal) =>
    one(intake.correctPlan(i), principal, i.correctedBy, { instant: i.occurredAt }),
  correctTask: (i: In.CorrectTaskInput, principal: Principal) =>
    one(intake.correctTask(i), principal, i.correctedBy, { instant: i.occurredAt }),

  // Unit changes are dated now: the day a change takes effect is its `effectiveOn`, which may be later.
  registerOrgUnit: (i: In.RegisterOrgUnitInput, principal: Principal) =>
    one(intake.registerOrgUnit({ ...i, unitId: i.id }, i.province), principal, null, now),
  renameOrgUnit: (i: In.RenameOrgUnitInput, principal: Principal) => one(intake.renameOrgUnit(i), principal, null, now),
  mergeOrgUnits: (i: In.MergeOrgUnitsInput, principal: Principal) => new RecordMutation(intake.mergeOrgUnits(i), principal, null, now),
  splitOrgUnit: (i: In.SplitOrgUnitInput, principal: Principal) => one(intake.splitOrgUnit(i), principal, null, now),
  dissolveOrgUnit: (i: In.DissolveOrgUnitInput, principal: Principal) => one(intake.dissolveOrgUnit(i), principal, null, now),
};
