import { vietnamDayNumber } from '@monitor/domain';
import { provinceFigures } from '../figures/province-figures.js';
import { taskStatus } from '../figures/task-status.js';
import { lateRecords } from '../testing/late-records.history.js';
import { eventsFrom, stateOf, type Fact } from '../testing/monitoring-fixtures.js';
import { randomHistory } from '../testing/random-history.js';
import { compareProvinces } from './province-comparison.query.js';
import { statusKnownBy, statusOfRow } from '../columns/task-rows.js';
import { keepTaskTableCurrent, taskTableOf } from '../columns/task-table.projection.js';
import type { TaskTable } from '../columns/task-table.js';
import { applyMonitoringEvent } from '../views/monitoring.projection.js';
import { initialMonitoringState, type ProjectedEvent } from '../views/monitoring.state.js';

/**
 * The comparison's columnar path (task table, packed receipts, target value table, plan indexes)
 * against the figures written plainly over the views (figures/), for every province and task, on
 * several days, over everything known and as the platform showed it at several moments.
 */
const days = ['2020-09-01', '2020-12-31', '2021-06-10', '2021-06-11', '2022-01-15', '2023-03-31', '2025-12-31'];
const moments = [null, '2020-10-01', '2021-03-01', '2021-09-01', '2022-06-01', '2024-01-01'];
const instant = (day: string) => `${day}T00:00:00.000Z`;

const histories: [string, Fact[]][] = [
  ['late records (time-travel.spec.ts)', lateRecords],
  ...[1, 2, 3, 4, 5, 6].map((seed): [string, Fact[]] => [`random history, seed ${seed}`, randomHistory(seed)]),
];

/** The views folded event by event with the task table kept beside them from the start, as the projector runs them. */
const keptAlong = (events: readonly ProjectedEvent[]) => {
  const state = initialMonitoringState();
  const tables = [taskTableOf(state), taskTableOf(state.withoutSimulated!)];
  for (const event of events) {
    applyMonitoringEvent(state, event);
    keepTaskTableCurrent(state, event);
  }
  return { state, tables };
};

const rowsOfTable = (table: TaskTable) =>
  table.tasks.map((task, row) => ({
    task: task.id,
    row: table.rowOf.get(task.id),
    facts: [
      table.definedDay,
      table.dueDay,
      table.completedDay,
      table.cancelledDay,
      table.firstReportDay,
      table.deadlineChanged,
      table.definedKnown,
      table.completedKnown,
      table.cancelledKnown,
      table.firstReportKnown,
      table.reportsOutOfOrder,
    ].map((column) => column[row]),
  }));

describe.each(histories)('the fast path equals the plain definitions: %s', (_name, facts) => {
  const events = eventsFrom(...facts);
  const { state, tables } = keptAlong(events);

  it('keeps the task table event by event as it is derived anew from the views', () => {
    // The same tables, not ones derived anew because the kept ones fell behind.
    expect(taskTableOf(state)).toBe(tables[0]);
    expect(taskTableOf(state.withoutSimulated!)).toBe(tables[1]);
    const fresh = stateOf(events);
    expect(rowsOfTable(tables[0])).toEqual(rowsOfTable(taskTableOf(fresh)));
    expect(rowsOfTable(tables[1])).toEqual(rowsOfTable(taskTableOf(fresh.withoutSimulated!)));
    expect(tables[0].size).toBe(state.tasks.size);
  });

  it('judges every task as taskStatus does, against the deadline in force and the original', () => {
    let judged = 0;
    const table = taskTableOf(state);
    for (const task of state.tasks.values()) {
      const row = table.rowOf.get(task.id)!;
      for (const day of days.map((d) => vietnamDayNumber(instant(d)))) {
        expect([task.id, day, statusOfRow(table, row, day)]).toEqual([task.id, day, taskStatus(task, day)]);
        for (const moment of moments.slice(1)) {
          const knownMs = Date.parse(instant(moment!));
          if (task.defined.knownMs > knownMs) continue;
          for (const original of [false, true]) {
            expect([task.id, day, moment, original, statusKnownBy(table, row, day, knownMs, original)]).toEqual([
              task.id,
              day,
              moment,
              original,
              taskStatus(task, day, knownMs, original),
            ]);
          }
          judged++;
        }
      }
    }
    expect(judged).toBeGreaterThan(0);
  });

  it('gives every province row the figures the plain definitions give', () => {
    let rows = 0;
    let received = 0;
    for (const directive of [...state.directives.values()]) {
      for (const knownAsOf of moments) {
        const knownMs = knownAsOf === null ? Number.POSITIVE_INFINITY : Date.parse(instant(knownAsOf));
        if (directive.knownMs > knownMs) continue;
        for (const asOf of days.map(instant)) {
          const result = compareProvinces(state, { directive, asOf, knownAsOf: knownAsOf && instant(knownAsOf) });
          for (const row of result.rows) {
            const { planIds, ...plain } = provinceFigures(state, directive, row.provinceId, vietnamDayNumber(asOf), knownMs);
            const where = { directive: directive.id, province: row.provinceId, asOf, knownAsOf };
            expect({ ...where, ...row, planIds: [...row.planIds].sort() }).toMatchObject({
              ...where,
              ...plain,
              planIds: [...planIds].sort(),
            });
            rows++;
            received += row.receivedReports;
          }
        }
      }
    }
    expect(rows).toBeGreaterThan(20);
    // Each history exercises the reporting rate, not only empty duties.
    expect(received).toBeGreaterThan(0);
  });
});
