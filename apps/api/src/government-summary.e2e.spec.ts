import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const SUMMARY = `tasks completedOnTime completedLate notCompletedWithinDeadline notCompletedOverdue cancelled
  completedOnTimeShare completedLateShare notCompletedWithinDeadlineShare notCompletedOverdueShare`;
const COMPARE = `query($asOf: DateTime, $knownAsOf: DateTime, $level: ProvinceLevel, $sim: Boolean) {
  compareProvinces(directive: "696/QĐ-TTg", asOf: $asOf, knownAsOf: $knownAsOf, provinceLevel: $level, includeSimulated: $sim) {
    summary { ${SUMMARY} }
    rows { province { id } tasks cancelled expectedReports receivedReports receivedReportsOnTime summary { ${SUMMARY} } }
  }
}`;

interface Summary {
  tasks: number;
  completedOnTime: number;
  completedLate: number;
  notCompletedWithinDeadline: number;
  notCompletedOverdue: number;
  cancelled: number;
  completedOnTimeShare: number | null;
  completedLateShare: number | null;
  notCompletedWithinDeadlineShare: number | null;
  notCompletedOverdueShare: number | null;
}
interface Row {
  province: { id: string };
  tasks: number;
  cancelled: number;
  expectedReports: number;
  receivedReports: number;
  receivedReportsOnTime: number;
  summary: Summary;
}
interface Comparison {
  summary: Summary;
  rows: Row[];
}

const COUNTS = ['tasks', 'completedOnTime', 'completedLate', 'notCompletedWithinDeadline', 'notCompletedOverdue', 'cancelled'] as const;
const counts = (s: Summary) => COUNTS.map((key) => s[key]);
const difference = (after: Summary, before: Summary) => COUNTS.map((key) => after[key] - before[key]);

const ASOF = '2022-01-01T00:00:00Z';
const PLAN = 'ha-nam.e2e-vpcp';
const actor = { name: 'Cán bộ Sở', role: 'Chuyên viên' };

describe("the Government's task summary on 696/QĐ-TTg over HTTP, and a duty following Nghị định 09/2019's windows", () => {
  let platform: RunningPlatform;
  let analyst: string;
  let before: Comparison;
  let beforeWrites: string;
  const compare = async (variables: Record<string, unknown>): Promise<Comparison> => {
    const result = await platform.gql<{ compareProvinces: Comparison }>(COMPARE, variables, analyst);
    expect(result.errors).toBeUndefined();
    return result.data!.compareProvinces;
  };
  const haNam = (c: Comparison) => c.rows.find((r) => r.province.id === 'ha-nam')!;
  const write = async (mutation: string, input: Record<string, unknown>, token: string) => {
    const result = await platform.gql(
      `mutation($i: ${mutation}Input!) { ${mutation.charAt(0).toLowerCase()}${mutation.slice(1)}(input: $i) { __typename } }`,
      { i: input },
      token,
    );
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    platform = await startPlatform();
    analyst = await platform.token('ANALYST');
    before = await compare({ asOf: ASOF });
    beforeWrites = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const haNamSystem = await platform.token('PROVINCE', 'ha-nam');
    await write(
      'IssuePlan',
      {
        id: PLAN,
        province: 'ha-nam',
        title: 'Kế hoạch thử',
        issuerUnitId: 'ha-nam.ubnd-tinh',
        issuedOn: '2021-01-05',
        implements: ['696/QĐ-TTg'],
        reportingDuties: [
          {
            id: 'sau-thang',
            reporterUnitIds: ['ha-nam.so-khcn'],
            recipient: 'UBND tỉnh',
            frequency: 'SEMIANNUAL',
            dataWindow: 'DECREE_09_2019',
            text: 'báo cáo 6 tháng theo Nghị định 09/2019/NĐ-CP',
          },
        ],
      },
      haNamSystem,
    );
    const define = async (id: string, text: string) => {
      await write(
        'DefineTask',
        { id: `${PLAN}.${id}`, planId: PLAN, title: id, deadline: { text }, occurredAt: '2021-01-05T02:00:00Z' },
        haNamSystem,
      );
      await write(
        'AssignTask',
        { taskId: `${PLAN}.${id}`, leadUnitIds: ['ha-nam.so-khcn'], assignedBy: actor, occurredAt: '2021-01-05T03:00:00Z' },
        haNamSystem,
      );
    };
    await define('dung-han', 'trước ngày 01/06/2021');
    await define('qua-han', 'trước ngày 01/06/2021');
    await define('chua-xong', 'trong năm 2021');
    await define('trong-han', 'trong năm 2030');
    await define('huy', 'trong năm 2021');
    await write('CompleteTask', { taskId: `${PLAN}.dung-han`, occurredAt: '2021-05-20T02:00:00Z' }, haNamSystem);
    await write('CompleteTask', { taskId: `${PLAN}.qua-han`, occurredAt: '2021-07-01T02:00:00Z' }, haNamSystem);
    await write('CancelTask', { taskId: `${PLAN}.huy`, reason: 'gộp vào nhiệm vụ khác', occurredAt: '2021-03-01T02:00:00Z' }, haNamSystem);
    // Vietnamese days 14/6 and 15/6/2021: the first half-year's last day under the decree, and the second's first.
    const report = (reportId: string, occurredAt: string) =>
      write(
        'ReportProgress',
        { taskId: `${PLAN}.trong-han`, reportId, unitId: 'ha-nam.so-khcn', reportedBy: actor, occurredAt },
        haNamSystem,
      );
    await report('h1', '2021-06-14T09:00:00Z');
    await report('h2', '2021-06-15T09:00:00Z');
  });
  afterAll(() => platform.stop());

  it("splits Hà Nam's new tasks four ways, the cancelled one left out", async () => {
    const after = await compare({ asOf: ASOF });
    // [tasks, on time, late, within the deadline, overdue, cancelled]
    expect(difference(haNam(after).summary, haNam(before).summary)).toEqual([4, 1, 1, 1, 1, 1]);
    expect(difference(after.summary, before.summary)).toEqual([4, 1, 1, 1, 1, 1]);
  });

  it('adds up: the four to the tasks in each row, the provinces to the nation, in both province views', async () => {
    const historical = await compare({ asOf: ASOF });
    for (const row of historical.rows) {
      const s = row.summary;
      expect(s.completedOnTime + s.completedLate + s.notCompletedWithinDeadline + s.notCompletedOverdue).toBe(row.tasks);
      expect([s.tasks, s.cancelled]).toEqual([row.tasks, row.cancelled]);
    }
    const sum = (key: (typeof COUNTS)[number]) => historical.rows.reduce((total, row) => total + row.summary[key], 0);
    expect(counts(historical.summary)).toEqual(COUNTS.map(sum));
    const { tasks, completedOnTime, notCompletedOverdue } = historical.summary;
    expect(historical.summary).toMatchObject({
      completedOnTimeShare: completedOnTime / tasks,
      notCompletedOverdueShare: notCompletedOverdue / tasks,
    });
    expect((await compare({ asOf: ASOF, level: 'SUCCESSORS' })).summary).toEqual(historical.summary);
  });

  it('honours knownAsOf and includeSimulated as the rest of the comparison does', async () => {
    expect((await compare({ asOf: ASOF, knownAsOf: beforeWrites })).summary).toEqual(before.summary);
    expect((await compare({ asOf: ASOF, sim: true })).summary).toEqual((await compare({ asOf: ASOF })).summary);
  });

  it('echoes the data window and counts the reports of 14/6 and 15/6 for two half-years', async () => {
    const duties = await platform.gql(`{ plan(id: "${PLAN}") { reportingDuties { id frequency dataWindow } } }`, {}, analyst);
    expect(duties.data!.plan.reportingDuties).toEqual([{ id: 'sau-thang', frequency: 'SEMIANNUAL', dataWindow: 'DECREE_09_2019' }]);
    const seedDuties = await platform.gql(`{ plan(id: "ha-nam.2811-kh-ubnd") { reportingDuties { dataWindow } } }`, {}, analyst);
    expect(seedDuties.data!.plan.reportingDuties.every((d: { dataWindow: string }) => d.dataWindow === 'CALENDAR')).toBe(true);
    // On 14/12/2021 both of the decree's half-years of 2021 have closed (15/12/2020–14/6, 15/6–14/12).
    const reportsBefore = haNam(await compare({ asOf: '2021-12-14T12:00:00Z', knownAsOf: beforeWrites }));
    const reportsAfter = haNam(await compare({ asOf: '2021-12-14T12:00:00Z' }));
    const reporting = (row: Row) => [row.expectedReports, row.receivedReports, row.receivedReportsOnTime];
    expect(reporting(reportsAfter).map((n, i) => n - reporting(reportsBefore)[i])).toEqual([2, 2, 2]);
  });
});
