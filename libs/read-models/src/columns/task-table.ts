import type { TaskView } from '../views/monitoring.state.js';

/**
 * The facts a task's status depends on, one row per task in typed arrays: a national comparison
 * judges 136,000 tasks per request, and a tight loop over numbers does that in about a millisecond
 * where chasing one object per task took a hundred. Days are Vietnamese calendar day numbers.
 * Every row is derived from its task's view (writeTaskRow below), in the order tasks were defined.
 */
export interface TaskTable {
  size: number;
  definedDay: Int32Array;
  /** Due day of the original deadline; NEVER when it has none. */
  dueDay: Int32Array;
  completedDay: Int32Array;
  cancelledDay: Int32Array;
  firstReportDay: Int32Array;
  /** 1 when the deadline was ever changed: then the deadline in force must be looked up by day. */
  deadlineChanged: Uint8Array;
  /** When the platform recorded each fact (epoch ms; NEVER_MS when not yet): for "what it showed then". */
  definedKnown: Float64Array;
  completedKnown: Float64Array;
  cancelledKnown: Float64Array;
  /** When the first report recorded was recorded (see TaskView.reportFrontier for late earlier ones). */
  firstReportKnown: Float64Array;
  /** 1 when a report recorded later happened before the first one known: see TaskView.reportFrontier. */
  reportsOutOfOrder: Uint8Array;
  /** The task view of each row, and each task's row by id. */
  readonly tasks: TaskView[];
  readonly rowOf: Map<string, number>;
}

export const NEVER_MS = Number.POSITIVE_INFINITY;

/** "Not yet" and "no due day": larger than every day, so `day >= NEVER` and `x <= day` stay false. */
export const NEVER = 2_147_483_647;

const INITIAL_CAPACITY = 1024;

export const emptyTaskTable = (): TaskTable => ({
  size: 0,
  definedDay: new Int32Array(INITIAL_CAPACITY),
  dueDay: new Int32Array(INITIAL_CAPACITY),
  completedDay: new Int32Array(INITIAL_CAPACITY),
  cancelledDay: new Int32Array(INITIAL_CAPACITY),
  firstReportDay: new Int32Array(INITIAL_CAPACITY),
  deadlineChanged: new Uint8Array(INITIAL_CAPACITY),
  definedKnown: new Float64Array(INITIAL_CAPACITY),
  completedKnown: new Float64Array(INITIAL_CAPACITY),
  cancelledKnown: new Float64Array(INITIAL_CAPACITY),
  firstReportKnown: new Float64Array(INITIAL_CAPACITY),
  reportsOutOfOrder: new Uint8Array(INITIAL_CAPACITY),
  tasks: [],
  rowOf: new Map(),
});

const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, capacity: number): T => {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
};

const grow = (table: TaskTable): void => {
  const capacity = table.size * 2;
  table.definedDay = grown(table.definedDay, capacity);
  table.dueDay = grown(table.dueDay, capacity);
  table.completedDay = grown(table.completedDay, capacity);
  table.cancelledDay = grown(table.cancelledDay, capacity);
  table.firstReportDay = grown(table.firstReportDay, capacity);
  table.deadlineChanged = grown(table.deadlineChanged, capacity);
  table.definedKnown = grown(table.definedKnown, capacity);
  table.completedKnown = grown(table.completedKnown, capacity);
  table.cancelledKnown = grown(table.cancelledKnown, capacity);
  table.firstReportKnown = grown(table.firstReportKnown, capacity);
  table.reportsOutOfOrder = grown(table.reportsOutOfOrder, capacity);
};

/**
 * Writes a task's row from its view: the original due day, when it was completed or cancelled, and
 * its first report's day (the frontier's last pair holds the earliest day of all, its first pair
 * when the first report was recorded).
 */
export const writeTaskRow = (table: TaskTable, row: number, task: TaskView): void => {
  const { completion, cancellation, reportFrontier } = task;
  table.definedDay[row] = task.defined.occurredDay;
  table.dueDay[row] = task.deadlines[0].dueDay ?? NEVER;
  table.completedDay[row] = completion ? completion.occurredDay : NEVER;
  table.cancelledDay[row] = cancellation ? cancellation.occurredDay : NEVER;
  table.firstReportDay[row] = reportFrontier ? reportFrontier[reportFrontier.length - 1][1] : NEVER;
  table.deadlineChanged[row] = task.deadlines.length > 1 ? 1 : 0;
  table.definedKnown[row] = task.defined.knownMs;
  table.completedKnown[row] = completion ? completion.knownMs : NEVER_MS;
  table.cancelledKnown[row] = cancellation ? cancellation.knownMs : NEVER_MS;
  table.firstReportKnown[row] = reportFrontier ? reportFrontier[0][0] : NEVER_MS;
  table.reportsOutOfOrder[row] = reportFrontier && reportFrontier.length > 1 ? 1 : 0;
};

/** Writes the row of a task (a new row for a task not in the table yet) and returns it. */
export const putTaskRow = (table: TaskTable, task: TaskView): number => {
  let row = table.rowOf.get(task.id);
  if (row === undefined) {
    if (table.size === table.definedDay.length) grow(table);
    row = table.size++;
    table.rowOf.set(task.id, row);
  }
  table.tasks[row] = task;
  writeTaskRow(table, row, task);
  return row;
};

/** The rows of a plan's tasks (TaskView ids), in the order they were defined. */
export const rowsOf = (table: TaskTable, taskIds: readonly string[]): number[] => taskIds.map((id) => table.rowOf.get(id)!);
