import { streams } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';
import {
  planReportsFrom,
  progressReportsFrom,
  type PlanReportView,
  type ProgressReportView,
  type ProjectedEvent,
} from '@monitor/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from './tokens.js';

/**
 * Progress reports are read from their task's stream when a query asks for them (see TaskView), and
 * a plan's own reports from the plan's stream (the views keep only their values).
 */
@Injectable()
export class ProgressReportsReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async forTask(taskId: string): Promise<ProgressReportView[]> {
    return progressReportsFrom((await this.store.readStream(streams.task(taskId))) as unknown as ProjectedEvent[]);
  }

  async forPlan(planId: string): Promise<PlanReportView[]> {
    return planReportsFrom((await this.store.readStream(streams.plan(planId))) as unknown as ProjectedEvent[]);
  }
}
