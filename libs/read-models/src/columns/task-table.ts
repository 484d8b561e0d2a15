/**
 * The facts a task's status depends on, one row per task in typed arrays: a national comparison
 * judges 136,000 tasks per request, and a tight loop over numbers does that in about a millisecond
 * where chasing one object per task took a hundred. Days are Vietnamese calendar day numbers.
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
});

const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, capacity: number): T => {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
};

/** Adds a row for a newly defined task and returns its index. */
export const addTaskRow = (table: TaskTable, definedDay: number, dueDay: number | null, definedKnown: number): number => {
  if (table.size === table.definedDay.length) {
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
  }
  const row = table.size++;
  table.definedDay[row] = definedDay;
  table.dueDay[row] = dueDay ?? NEVER;
  table.completedDay[row] = NEVER;
  table.cancelledDay[row] = NEVER;
  table.firstReportDay[row] = NEVER;
  table.deadlineChanged[row] = 0;
  table.definedKnown[row] = definedKnown;
  table.completedKnown[row] = NEVER_MS;
  table.cancelledKnown[row] = NEVER_MS;
  table.firstReportKnown[row] = NEVER_MS;
  table.reportsOutOfOrder[row] = 0;
  return row;
};
