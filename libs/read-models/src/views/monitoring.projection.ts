import { dayNumber, firstDay, foldText, lastDay, reportingDutyAsRecorded, vietnamDayNumber } from '@monitor/domain';
import type { MonitoringState, ProjectedEvent, TaskView } from './monitoring.state.js';
import { storedDirectiveId } from './lookups.js';
import { knownMsOf } from './provenance.js';
import { applyCorrection } from './record-corrections.js';
import { recordReport, reportsChanged, restateValues } from './recorded-reports.js';
import { correctionOf, provenance } from './event-provenance.js';
import { applyDraftEvent } from './document-drafts.js';
import { applyTaskEvent, deadlineChangeOf, dueDayOf } from './task.projection.js';

// A unit's end changes which reporting slots follow a lineage (reporting-counts.ts): rare, so structural.
const STRUCTURAL = new Set([
  'ProvinceRegistered',
  'ProvincesMerged',
  'DirectiveRegistered',
  'DirectiveCorrected',
  'PlanIssued',
  'PlanCorrected',
  'TaskDefined',
  'OrgUnitMerged',
  'OrgUnitSplit',
  'OrgUnitDissolved',
]);

/**
 * Applies one event to the monitoring views, in place (a rebuild folds millions of events), and,
 * unless a simulator generated it, to the views kept without simulated data.
 * Idempotence comes from the caller's checkpoint: an event at or before it is never applied again.
 */
export const applyMonitoringEvent = (state: MonitoringState, event: ProjectedEvent): void => {
  applyToViews(state, event);
  if (state.withoutSimulated && !event.simulated) applyToViews(state.withoutSimulated, event);
};

const applyToViews = (state: MonitoringState, event: ProjectedEvent): void => {
  state.eventsApplied++;
  if (STRUCTURAL.has(event.type)) state.structureVersion++;
  switch (event.type) {
    case 'ProvinceRegistered': {
      const { provinceId, name, statisticalCode } = event.data;
      const knownMs = knownMsOf(event.recordedAt);
      const establishedOn = event.data.establishedOn ?? null;
      const establishedDay = establishedOn === null ? null : dayNumber(establishedOn);
      state.provinces.set(provinceId, {
        id: provinceId,
        name,
        statisticalCode,
        establishedOn,
        establishedDay,
        folded: foldText(name),
        knownMs,
        merger: null,
        predecessorIds: [],
      });
      return;
    }
    case 'ProvincesMerged': {
      const { successorProvinceId, mergedProvinceIds, effectiveOn, legalBasis } = event.data;
      const merger = {
        successorId: successorProvinceId,
        effectiveOn,
        effectiveDay: dayNumber(effectiveOn),
        legalBasis,
        knownMs: knownMsOf(event.recordedAt),
      };
      for (const id of mergedProvinceIds) {
        const merged = state.provinces.get(id);
        if (merged) merged.merger = merger;
      }
      state.provinces.get(successorProvinceId)?.predecessorIds.push(...mergedProvinceIds);
      return;
    }
    case 'OrgUnitRegistered': {
      const { unitId, name, kind, provinceId, aliases } = event.data;
      const names = [{ name, effectiveOn: null, effectiveDay: null, legalBasis: null, knownMs: knownMsOf(event.recordedAt) }];
      state.units.set(unitId, { id: unitId, name, kind, provinceId, aliases, names, end: null, predecessorIds: [] });
      return;
    }
    case 'OrgUnitRenamed': {
      const { unitId, name, effectiveOn, legalBasis } = event.data;
      state.units
        .get(unitId)
        ?.names.push({ name, effectiveOn, effectiveDay: dayNumber(effectiveOn), legalBasis, knownMs: knownMsOf(event.recordedAt) });
      return;
    }
    case 'OrgUnitMerged':
    case 'OrgUnitSplit':
    case 'OrgUnitDissolved': {
      const unit = state.units.get(event.data.unitId);
      if (!unit) return;
      const successorIds =
        event.type === 'OrgUnitMerged' ? [event.data.successorUnitId] : event.type === 'OrgUnitSplit' ? event.data.successorUnitIds : [];
      const kind = event.type === 'OrgUnitMerged' ? 'MERGED' : event.type === 'OrgUnitSplit' ? 'SPLIT' : 'DISSOLVED';
      const { effectiveOn, legalBasis } = event.data;
      unit.end = {
        kind,
        successorIds,
        effectiveOn,
        effectiveDay: dayNumber(effectiveOn),
        legalBasis,
        knownMs: knownMsOf(event.recordedAt),
      };
      for (const id of successorIds) state.units.get(id)?.predecessorIds.push(unit.id);
      return;
    }
    case 'DirectiveRegistered': {
      const { directiveId, ...d } = event.data;
      const issuedFirstDay = dayNumber(firstDay(d.issuedOn));
      const issuedLastDay = dayNumber(lastDay(d.issuedOn));
      const implemented = d.implements.map((id) => storedDirectiveId(state, id));
      state.directives.set(directiveId, {
        id: directiveId,
        knownMs: knownMsOf(event.recordedAt),
        ...d,
        implements: implemented,
        issuedFirstDay,
        issuedLastDay,
        implementedBy: [],
        planIds: [],
      });
      for (const parent of implemented) state.directives.get(parent)?.implementedBy.push(directiveId);
      return;
    }
    case 'DirectiveCorrected': {
      const directive = state.directives.get(event.data.directiveId);
      if (directive) applyCorrection(directive, correctionOf(state, event, event.data));
      return;
    }
    case 'PlanCorrected': {
      const plan = state.plans.get(event.data.planId);
      if (!plan) return;
      const before = plan.implements;
      applyCorrection(plan, correctionOf(state, event, event.data));
      // The directives' plan lists follow what the plan implements as corrected; the former ones keep it apart.
      for (const directiveId of before.filter((d) => !plan.implements.includes(d))) {
        const directive = state.directives.get(directiveId);
        if (!directive) continue;
        directive.planIds.splice(directive.planIds.indexOf(plan.id), 1);
        (directive.formerPlanIds ??= []).push(plan.id);
      }
      for (const directiveId of plan.implements.filter((d) => !before.includes(d)))
        state.directives.get(directiveId)?.planIds.push(plan.id);
      return;
    }
    case 'PlanIssued': {
      const { planId, ...p } = event.data;
      const implemented = p.implements.map((id) => storedDirectiveId(state, id));
      state.plans.set(planId, {
        id: planId,
        ...p,
        reportingDuties: p.reportingDuties.map(reportingDutyAsRecorded),
        implements: implemented,
        issued: provenance(state, event),
        issuedFirstDay: dayNumber(firstDay(p.issuedOn)),
        issuedLastDay: dayNumber(lastDay(p.issuedOn)),
        childPlanIds: [],
        taskIds: [],
        receipts: p.reportingDuties.map(() => new Map()),
        reportedValues: null,
      });
      for (const directiveId of implemented) state.directives.get(directiveId)?.planIds.push(planId);
      if (p.parentPlanId) state.plans.get(p.parentPlanId)?.childPlanIds.push(planId);
      return;
    }
    case 'TaskDefined': {
      const t = event.data;
      const defined = provenance(state, event);
      const dueDay = dueDayOf(t.deadline);
      const task: TaskView = {
        id: t.taskId,
        planId: t.planId,
        provinceId: t.provinceId,
        code: t.code,
        title: t.title,
        targets: t.targets,
        defined,
        deadlines: [deadlineChangeOf(defined, t.deadline, dueDay, null)],
        assignments: [],
        reportCount: 0,
        reportFrontier: null,
        reportedValues: null,
        completion: null,
        cancellation: null,
      };
      state.tasks.set(t.taskId, task);
      state.plans.get(t.planId)?.taskIds.push(t.taskId);
      return;
    }
    case 'PlanTargetValuesReported': {
      const plan = state.plans.get(event.data.planId);
      if (!plan) return;
      recordReport(plan, plan, event.data, event.occurredAt, vietnamDayNumber(event.occurredAt), knownMsOf(event.recordedAt));
      reportsChanged(state, plan.provinceId);
      return;
    }
    case 'PlanTargetValuesCorrected': {
      const plan = state.plans.get(event.data.planId);
      if (!plan) return;
      restateValues(plan, event.data.correctsReportId, event.data.values, knownMsOf(event.recordedAt));
      reportsChanged(state, plan.provinceId);
      return;
    }
    case 'DocumentReceived':
    case 'DraftProposed':
    case 'DraftEdited':
    case 'DraftApproved':
    case 'DraftRejected':
      applyDraftEvent(state.documentDrafts, event);
      return;
    default: {
      const task = state.tasks.get(event.data.taskId);
      if (task) applyTaskEvent(state, task, event);
    }
  }
};
