import type { EventStore } from '@monitor/event-store';
import { correctionsOf, findProvince, lateCorrections, planReportCorrectionsOf, type ReportCorrectionRow } from '@monitor/read-models';
import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { MonitoringViews } from '../platform/monitoring-views.js';
import { ProgressReportsReader } from '../platform/progress-reports.reader.js';
import { EVENT_STORE } from '../platform/tokens.js';

export class LateReportCorrectionsQuery extends Query<ReportCorrectionRow[]> {
  constructor(
    readonly province: string | null,
    readonly from: Date | null,
    readonly to: Date | null,
  ) {
    super();
  }
}

/**
 * Reports corrected after their reporting deadline, oldest correction first: a task's progress
 * reports and a plan's reports on its own targets. The tasks and plans with corrections are found by
 * reading the log (corrections are rare and the read models do not index them): a full read of the
 * store per query, seconds at national scale. Their reports are then read from their streams.
 */
@QueryHandler(LateReportCorrectionsQuery)
export class LateReportCorrectionsHandler implements IQueryHandler<LateReportCorrectionsQuery> {
  constructor(
    private readonly views: MonitoringViews,
    private readonly reports: ProgressReportsReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ province, from, to }: LateReportCorrectionsQuery): Promise<ReportCorrectionRow[]> {
    const provinceId = province === null ? null : (findProvince(this.views.state, province)?.id ?? province);
    const taskIds = new Set<string>();
    const planIds = new Set<string>();
    for (let after = 0n; ; ) {
      const batch = await this.store.readAll({ from: after, maxCount: 2000 });
      if (batch.length === 0) break;
      for (const e of batch) {
        if (e.type === 'ProgressReportCorrected') taskIds.add((e.data as { taskId: string }).taskId);
        else if (e.type === 'PlanTargetValuesCorrected') planIds.add((e.data as { planId: string }).planId);
      }
      after = batch[batch.length - 1]!.position;
    }
    // Streams of another province's tasks and plans are not read; lateCorrections filters the rows.
    const inProvince = <V extends { provinceId: string }>(view: V | undefined): view is V => view !== undefined && (provinceId === null || view.provinceId === provinceId);
    const rows: ReportCorrectionRow[] = [];
    for (const taskId of taskIds) {
      const task = this.views.state.tasks.get(taskId);
      if (!inProvince(task)) continue;
      for (const report of await this.reports.forTask(taskId)) rows.push(...correctionsOf(task, report));
    }
    for (const planId of planIds) {
      const plan = this.views.state.plans.get(planId);
      if (!inProvince(plan)) continue;
      for (const report of await this.reports.forPlan(planId)) rows.push(...planReportCorrectionsOf(plan, report));
    }
    return lateCorrections(rows, { provinceId, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null });
  }
}
