import { AuditEntryResolver, RecordCorrectionResolver, ReportCorrectionResolver } from './fields/audit.fields.js';
import { DirectiveResolver } from './fields/directive.fields.js';
import { ActorResolver, OrgUnitResolver, ReportingDutyResolver } from './fields/org-unit.fields.js';
import { PlanReportResolver, PlanResolver } from './fields/plan.fields.js';
import { ProvinceImplementationResolver, ProvinceResolver } from './fields/province.fields.js';
import { AssignmentResolver, ProgressReportResolver, TaskResolver } from './fields/task.fields.js';

/** The field resolvers of the contract's entities, one file per entity under fields/ (they read the views through MonitoringReads). */
export const entityResolvers = [
  ProvinceResolver,
  OrgUnitResolver,
  ActorResolver,
  DirectiveResolver,
  PlanResolver,
  ReportingDutyResolver,
  TaskResolver,
  AssignmentResolver,
  ProgressReportResolver,
  PlanReportResolver,
  ProvinceImplementationResolver,
  AuditEntryResolver,
  ReportCorrectionResolver,
  RecordCorrectionResolver,
];
