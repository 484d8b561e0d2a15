import type { Actor, Deadline, DirectiveRegistered, FieldCorrection, OrgUnitKind, PlanIssuedData, Target } from '@monitor/domain';

export type { ProjectedEvent, Provenance } from './provenance.js';
import type { DocumentDraftView } from './document-drafts.js';
export type { DocumentDraftView } from './document-drafts.js';
import type { Provenance } from './provenance.js';

/**
 * A record set right (DirectiveCorrected, PlanCorrected, TaskCorrected): the fields with their
 * previous and new values, why, and who corrected it when (its provenance). The view shows the
 * corrected values; what the platform showed before `knownMs` is the view with these undone.
 */
export interface RecordCorrectionView extends Provenance {
  readonly fields: readonly FieldCorrection[];
  readonly reason: string;
  /** The principal that recorded it (the token's subject), which auditors read beside the corrector. */
  readonly recordedBy: string;
}

/** A merger as recorded (ProvincesMerged), seen from a merged province. */
export interface MergerView {
  readonly successorId: string;
  readonly effectiveOn: string;
  readonly effectiveDay: number;
  readonly legalBasis: string | null;
  readonly knownMs: number;
}

export interface ProvinceView {
  readonly id: string;
  readonly name: string;
  readonly statisticalCode: string | null;
  /** The day a unit formed by a recorded change was established ('YYYY-MM-DD'); null: before the record begins. */
  readonly establishedOn: string | null;
  /** `establishedOn` as a day number; null with it. */
  readonly establishedDay: number | null;
  readonly folded: string;
  readonly knownMs: number;
  /** Set once the province merged into a successor; its history stays its own. */
  merger: MergerView | null;
  /** Provinces merged into this one, in the order recorded. */
  readonly predecessorIds: string[];
}

/** A name a unit bore from a day (null: from its registration), as recorded. */
export interface UnitNameView {
  readonly name: string;
  readonly effectiveOn: string | null;
  readonly effectiveDay: number | null;
  readonly legalBasis: string | null;
  readonly knownMs: number;
}

/** How a unit ended (OrgUnitMerged, OrgUnitSplit, OrgUnitDissolved): from `effectiveDay` it no longer exists. */
export interface UnitEndView {
  readonly kind: 'MERGED' | 'SPLIT' | 'DISSOLVED';
  /** One for a merger, several for a split, none for a dissolution. */
  readonly successorIds: readonly string[];
  readonly effectiveOn: string;
  readonly effectiveDay: number;
  readonly legalBasis: string;
  readonly knownMs: number;
}

export interface OrgUnitView {
  readonly id: string;
  /** The name as registered; `names` holds it and every later one (see unitNameOn). */
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly provinceId: string | null;
  readonly aliases: readonly string[];
  /** In the order recorded, the first as registered. */
  readonly names: UnitNameView[];
  end: UnitEndView | null;
  /** Units that merged or split into this one, in the order recorded. */
  readonly predecessorIds: string[];
}

/** A directive as registered (its id renamed from `directiveId`), with what the views derive. */
export interface DirectiveView extends Readonly<Omit<DirectiveRegistered['data'], 'directiveId'>> {
  readonly id: string;
  readonly knownMs: number;
  /** `issuedOn` as the first and last day it can mean (day numbers), for lag arithmetic. */
  readonly issuedFirstDay: number;
  readonly issuedLastDay: number;
  /** Directives that declare they implement this one. */
  readonly implementedBy: string[];
  /** Plans that name this directive among what they implement (as corrected). */
  readonly planIds: string[];
  /** Plans that named it before a correction took it out of what they implement: "what the platform showed" reads them. */
  formerPlanIds?: string[];
  /** Corrections of the directive's record, in the order recorded. */
  corrections?: RecordCorrectionView[];
}

/**
 * A plan as issued (its id renamed from `planId`), every correction applied (its signer is
 * `issued.actor`), with what the views derive.
 */
export interface PlanView extends Readonly<Omit<PlanIssuedData, 'planId'>> {
  readonly id: string;
  /** Corrections of the plan's record, in the order recorded. */
  corrections?: RecordCorrectionView[];
  readonly issued: Provenance;
  readonly issuedFirstDay: number;
  readonly issuedLastDay: number;
  readonly childPlanIds: string[];
  readonly taskIds: string[];
  /** Per reporting duty (same order as `reportingDuties`), the reports received, per unit and period. */
  readonly receipts: DutyReceipts[];
  /**
   * Values reported for the plan's own targets (PlanTargetValuesReported), in the order recorded (a
   * value a PlanTargetValuesCorrected restated right after the one it replaced); null until one is.
   */
  reportedValues: ReportedValueView[] | null;
}

/**
 * For one reporting duty: per reporter unit, per period (by position from the plan's first period,
 * see reporting.ts), the first moment the platform knew of a report in that period, and of one sent
 * by the due day (absent: none yet). Kept instead of the reports: rates need only whether, and since when.
 */
export type DutyReceipts = Map<string, UnitReceipts>;
export interface UnitReceipts {
  readonly receivedKnownMs: number[];
  readonly onTimeKnownMs: number[];
  /** Bit i set: period i has a receipt, whenever recorded (periods 0–30): "everything known" reads these. */
  receivedMask: number;
  onTimeMask: number;
}

export interface AssignmentView extends Provenance {
  readonly unitId: string;
  readonly role: 'LEAD' | 'COORDINATOR';
}

export interface DeadlineChange extends Provenance {
  readonly deadline: Deadline;
  /** `deadline.due` as a day number, computed once: status queries compare it for every task. */
  readonly dueDay: number | null;
  readonly reason: string | null;
}

export interface ProgressReportView extends Provenance {
  readonly id: string;
  readonly taskId: string;
  readonly unitId: string;
  /** As last corrected, when it was. */
  readonly percentComplete: number | null;
  readonly summary: string | null;
  /** Values for the task's targets, as last corrected; empty when the report gives none. */
  readonly values: readonly TargetValue[];
  /** Corrections recorded after the report, oldest first: each a new event, the report's own left as it was. */
  readonly corrections?: readonly ReportCorrectionView[];
}

/**
 * A report on a plan's own targets (PlanTargetValuesReported), read from the plan's stream when a
 * query asks for it, like a task's progress reports: the values as last corrected, and the corrections.
 */
export interface PlanReportView extends Provenance {
  readonly id: string;
  readonly planId: string;
  readonly unitId: string;
  /** As last corrected, when it was. */
  readonly summary: string | null;
  /** Values for the plan's targets, as last corrected. */
  readonly values: readonly TargetValue[];
  /** Corrections recorded after the report, oldest first (percentComplete null: a plan's report gives none). */
  readonly corrections: readonly ReportCorrectionView[];
}

export interface ReportCorrectionView extends Provenance {
  readonly percentComplete: number | null;
  readonly summary: string | null;
  /** The target values it restated; empty when it restated none. */
  readonly values: readonly TargetValue[];
  readonly reason: string;
  /** What the correction replaced. */
  readonly previousPercentComplete: number | null;
  readonly previousSummary: string | null;
  /** The restated targets' values before it. */
  readonly previousValues: readonly TargetValue[];
}

/** A value reached for one of a task's targets. */
export interface TargetValue {
  readonly targetId: string;
  readonly value: number;
}

/** A value a report gave for a target, known from `knownMs`; restated by a correction, known from the correction's. */
export interface ReportedValueView extends TargetValue {
  readonly reportId: string;
  readonly occurredAt: string;
  readonly occurredDay: number;
  readonly knownMs: number;
}

export interface TaskView {
  readonly id: string;
  readonly planId: string;
  readonly provinceId: string;
  readonly code: string | null;
  readonly title: string;
  readonly targets: readonly Target[];
  readonly defined: Provenance;
  /** The first entry is the original deadline; later ones are changes, in the order recorded. */
  readonly deadlines: DeadlineChange[];
  readonly assignments: AssignmentView[];
  /** Corrections of the task's record (title, lead or coordinating units), in the order recorded. */
  corrections?: RecordCorrectionView[];
  /**
   * Progress reports are counted here, not kept: there are millions, and only their count and the
   * first one's day feed comparisons. Their details are read from the task's stream when asked for.
   */
  reportCount: number;
  /**
   * The first report's day as it became known: [knownMs, day] for the first report recorded, then
   * one pair each time a report recorded later happened earlier than every report known before it
   * (so the first report's day depends on what was known when). Null until a report is recorded.
   */
  reportFrontier: [number, number][] | null;
  /**
   * Values reported for the task's targets, in the order of the reports recorded (a restated value
   * right after the one it replaced); null until a report gives one.
   */
  reportedValues: ReportedValueView[] | null;
  completion: (Provenance & { summary: string | null }) | null;
  cancellation: (Provenance & { reason: string }) | null;
}

/**
 * Everything analysts query, kept in memory and rebuilt from events. Plain data only (Maps, arrays,
 * objects), so a snapshot can be serialized and restored with its checkpoint.
 */
export interface MonitoringState {
  readonly provinces: Map<string, ProvinceView>;
  readonly units: Map<string, OrgUnitView>;
  readonly directives: Map<string, DirectiveView>;
  readonly plans: Map<string, PlanView>;
  readonly tasks: Map<string, TaskView>;
  /** Documents under review (document-draft aggregate), by draft id: who may list which, and where each stands. */
  readonly documentDrafts: Map<string, DocumentDraftView>;
  readonly actors: Map<string, Actor>;
  /** Grows with every event the views apply: what is derived from them knows whether it is current. */
  eventsApplied: number;
  /** Grows whenever provinces, directives, plans or tasks are added: derived indexes rebuild on change. */
  structureVersion: number;
  /**
   * Per province, grows whenever a report is recorded for one of its plans or tasks, or a task's
   * reported values are restated: the comparisons' packed copies of target values and receipts
   * (target-values.index.ts, reporting-counts.ts) rebuild for that province only.
   */
  readonly reportVersions: Map<string, number>;
  /** The same views built from the events not marked `simulated`; null inside that copy itself. */
  readonly withoutSimulated: MonitoringState | null;
}

export const initialMonitoringState = (keepRealApart = true): MonitoringState => ({
  provinces: new Map(),
  units: new Map(),
  directives: new Map(),
  plans: new Map(),
  tasks: new Map(),
  documentDrafts: new Map(),
  actors: new Map(),
  eventsApplied: 0,
  structureVersion: 0,
  reportVersions: new Map(),
  withoutSimulated: keepRealApart ? initialMonitoringState(false) : null,
});
