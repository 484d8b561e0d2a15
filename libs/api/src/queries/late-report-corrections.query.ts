import type { EventStore } from '@monitor/event-store';
import { correctionsOf, lateCorrections, planReportCorrectionsOf, type ReportCorrectionRow } from '@monitor/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { ProgressReportsReader } from '../platform/progress-reports.reader.js';
import { EVENT_STORE } from '../platform/tokens.js';

/**
 * Reports corrected after their reporting deadline, oldest correction first: a task's progress
 * reports and a plan's reports on its own targets. The tasks and plans with corrections are found by
 * reading the log (corrections are rare and the read models do not index them): a full read of the
 * store per query, seconds at national scale. Their reports are then read from their streams.
 */
@Injectable()
export class LateReportCorrections {
  constructor(
    private readonly reads: MonitoringReads,
    private readonly reports: ProgressReportsReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async find(province: string | null, from: Date | null, to: Date | null): Promise<ReportCorrectionRow[]> {
    const provinceId = province === null ? null : (this.reads.findProvince(province)?.id ?? province);
    const taskIds = new Set<string>();
    const planIds = new Set<string>();
    for (let after = 0n; ;) {
      const batch = await this.store.readAll({ from: after, maxCount: 2000 });
      if (batch.length === 0) break;
      for (const e of batch) {
        if (e.type === 'ProgressReportCorrected') taskIds.add((e.data as { taskId: string }).taskId);
        else if (e.type === 'PlanTargetValuesCorrected') planIds.add((e.data as { planId: string }).planId);
      }
      after = batch[batch.length - 1]!.position;
    }
    // Streams of another province's tasks and plans are not read; lateCorrections filters the rows.
    const inProvince = <V extends { provinceId: string }>(view: V | undefined): view is V =>
      view !== undefined && (provinceId === null || view.provinceId === provinceId);
    const rows: ReportCorrectionRow[] = [];
    for (const taskId of taskIds) {
      const task = this.reads.task(taskId);
      if (!inProvince(task)) continue;
      for (const report of await this.reports.forTask(taskId)) rows.push(...correctionsOf(task, report));
    }
    for (const planId of planIds) {
      const plan = this.reads.plan(planId);
      if (!inProvince(plan)) continue;
      for (const report of await this.reports.forPlan(planId)) rows.push(...planReportCorrectionsOf(plan, report));
    }
    return lateCorrections(rows, { provinceId, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null });
  }
}
