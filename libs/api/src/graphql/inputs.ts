import type { DeadlineKind, OrgUnitKind, ReportDataWindow, ReportFrequency, TargetKind } from '@monitor/domain';

/** The typed mutation inputs of schema.graphql, as resolvers receive them. */
export interface ActorInput {
  name: string;
  role: string;
  unitId?: string | null;
}

export interface TargetInput {
  id: string;
  indicator: string;
  kind: TargetKind;
  min?: number | null;
  max?: number | null;
  unit: string;
  horizon?: string | null;
  text: string;
}

export interface DeadlineInput {
  text?: string | null;
  kind?: DeadlineKind | null;
  due?: string | null;
  start?: string | null;
}

export interface RegisterDirectiveInput {
  id: string;
  kind: string;
  title: string;
  issuer: string;
  issuedOn: string;
  implements?: string[] | null;
  province?: string | null;
  signedBy?: ActorInput | null;
}

export interface ReportingDutyInput {
  id: string;
  reporterUnitIds: string[];
  recipient: string;
  recipientUnitId?: string | null;
  frequency: ReportFrequency;
  dueMonth?: number | null;
  dueDay?: number | null;
  dataWindow?: ReportDataWindow | null;
  text: string;
}

export interface IssuePlanInput {
  id: string;
  province: string;
  number?: string | null;
  title: string;
  issuerUnitId: string;
  issuedOn: string;
  signedBy?: ActorInput | null;
  implements?: string[] | null;
  cites?: string[] | null;
  statesNoBasis?: boolean | null;
  parentPlanId?: string | null;
  reportingDuties?: ReportingDutyInput[] | null;
  targets?: TargetInput[] | null;
  budget?: { total: number; unit: string; text: string; parts?: { label: string; amount: number; text: string }[] | null } | null;
}

interface OccurredInput {
  occurredAt?: Date | null;
}

export interface DefineTaskInput extends OccurredInput {
  id: string;
  planId: string;
  code?: string | null;
  title: string;
  deadline?: DeadlineInput | null;
  targets?: TargetInput[] | null;
  definedBy?: ActorInput | null;
}

export interface AssignTaskInput extends OccurredInput {
  taskId: string;
  leadUnitIds?: string[] | null;
  coordinatorUnitIds?: string[] | null;
  assignedBy: ActorInput;
}

export interface ChangeDeadlineInput extends OccurredInput {
  taskId: string;
  deadline: DeadlineInput;
  reason?: string | null;
  changedBy?: ActorInput | null;
}

export interface ReportProgressInput extends OccurredInput {
  taskId: string;
  reportId: string;
  unitId: string;
  percentComplete?: number | null;
  summary?: string | null;
  reportedBy: ActorInput;
  values?: { targetId: string; value: number }[] | null;
}

export interface ReportPlanTargetValuesInput extends OccurredInput {
  planId: string;
  reportId: string;
  unitId: string;
  values: { targetId: string; value: number }[];
  summary?: string | null;
  reportedBy: ActorInput;
}

export interface CorrectPlanTargetValuesInput extends OccurredInput {
  planId: string;
  reportId: string;
  values: { targetId: string; value: number }[];
  summary?: string | null;
  reason: string;
  correctedBy: ActorInput;
}

export interface CompleteTaskInput extends OccurredInput {
  taskId: string;
  summary?: string | null;
  completedBy?: ActorInput | null;
}

export interface CancelTaskInput extends OccurredInput {
  taskId: string;
  reason: string;
  cancelledBy?: ActorInput | null;
}

export interface CorrectProgressReportInput extends OccurredInput {
  taskId: string;
  reportId: string;
  percentComplete?: number | null;
  summary?: string | null;
  values?: { targetId: string; value: number }[] | null;
  reason: string;
  correctedBy: ActorInput;
}

export interface RegisterOrgUnitInput {
  id: string;
  name: string;
  kind: OrgUnitKind;
  province?: string | null;
  parentUnitId?: string | null;
  aliases?: string[] | null;
}

export interface RenameOrgUnitInput {
  unitId: string;
  name: string;
  effectiveOn: string;
  legalBasis?: string | null;
}

export interface MergeOrgUnitsInput {
  unitIds: string[];
  successorUnitId: string;
  effectiveOn: string;
  legalBasis: string;
}

export interface SplitOrgUnitInput {
  unitId: string;
  successorUnitIds: string[];
  effectiveOn: string;
  legalBasis: string;
}

export interface DissolveOrgUnitInput {
  unitId: string;
  effectiveOn: string;
  legalBasis: string;
}

/** A correction's fields: left out (undefined) keeps the value; GraphQL gives null for a field sent as null. */
interface CorrectionInput extends OccurredInput {
  reason: string;
  correctedBy?: ActorInput | null;
}

export interface CorrectDirectiveInput extends CorrectionInput {
  directiveId: string;
  kind?: string | null;
  title?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  signedBy?: ActorInput | null;
}

export interface CorrectPlanInput extends CorrectionInput {
  planId: string;
  number?: string | null;
  title?: string | null;
  issuedOn?: string | null;
  signedBy?: ActorInput | null;
  implements?: string[] | null;
  cites?: string[] | null;
}

export interface CorrectTaskInput extends CorrectionInput {
  taskId: string;
  title?: string | null;
  leadUnitIds?: string[] | null;
  coordinatorUnitIds?: string[] | null;
}
