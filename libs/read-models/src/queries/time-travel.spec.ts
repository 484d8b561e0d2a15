import { eventsFrom, stateOf } from '../testing/monitoring-fixtures.js';
import { lateRecords as facts } from '../testing/late-records.history.js';
import { compareProvinces, type CompareProvincesInput } from './province-comparison.query.js';

const events = eventsFrom(...facts);
const everything = stateOf(events);

const moments = [
  '2020-09-19',
  '2020-12-01',
  '2021-01-10',
  '2021-02-01',
  '2021-03-15',
  '2021-04-15',
  '2021-05-15',
  '2021-07-01',
  '2025-07-03',
  '2026-01-01',
].map((d) => `${d}T00:00:00.000Z`);

describe('what the platform showed on a day (knownAsOf) equals a platform rebuilt from the events recorded by then', () => {
  for (const knownAsOf of moments) {
    for (const asOf of moments.filter((m) => m >= '2020-12')) {
      for (const provinceLevel of ['HISTORICAL', 'SUCCESSORS'] as const) {
        it(`known ${knownAsOf.slice(0, 10)}, as of ${asOf.slice(0, 10)}, ${provinceLevel}`, () => {
          const rebuilt = stateOf(events.filter((e) => Date.parse(e.recordedAt) <= Date.parse(knownAsOf)));
          const input = (state: typeof everything): CompareProvincesInput => ({
            directive: state.directives.get('696/QĐ-TTg')!,
            asOf,
            provinceLevel,
          });
          const shown = compareProvinces(everything, { ...input(everything), knownAsOf });
          const expected = compareProvinces(rebuilt, input(rebuilt));
          expect({ ...shown, knownAsOf: null }).toEqual(expected);
        });
      }
    }
  }

  it('refuses a directive the platform did not know yet', () => {
    expect(() =>
      compareProvinces(everything, {
        directive: everything.directives.get('696/QĐ-TTg')!,
        asOf: moments[0],
        knownAsOf: '2020-05-01T00:00:00Z',
      }),
    ).toThrow(/696\/QĐ-TTg was not yet recorded/);
  });

  it('shows the difference late records make, figure by figure', () => {
    const row = (knownAsOf: string | null, id: string) =>
      compareProvinces(everything, {
        directive: everything.directives.get('696/QĐ-TTg')!,
        asOf: '2021-03-15T00:00:00Z',
        knownAsOf,
      }).rows.find((r) => r.provinceId === id)!;
    // True on 15/03/2021: Nam Định's plan ("2020-10") exists, 129–159 days after 25/05/2020, and its
    // task, due "trong năm 2020" (31/12), was completed on 20/12: on time.
    expect(row(null, 'nam-dinh')).toMatchObject({ planLagMinDays: 129, planLagMaxDays: 159, completed: 1, completedOnTime: 1 });
    // Shown on 15/02/2021: Nam Định had no plan yet.
    expect(row('2021-02-15T00:00:00Z', 'nam-dinh')).toMatchObject({ planIds: [], tasks: 0, planLagMinDays: null });
    // hn-1 on 15/03/2021: completed 01/03 within the deadline in force (31/03): on time; against the
    // original ("trước ngày 01/12/2020": 30/11) late. Shown on 20/01/2021: both moves known (the second
    // recorded 15/01), the completion not yet: not overdue, but overdue against the original deadline.
    expect(row(null, 'ha-nam')).toMatchObject({ completed: 1, completedOnTime: 1, completedOnTimeAgainstOriginal: 0, deadlineChanged: 1 });
    expect(row('2021-01-20T00:00:00Z', 'ha-nam')).toMatchObject({
      completed: 0,
      overdue: 0,
      overdueAgainstOriginal: 1,
      deadlineChanged: 1,
    });
  });
});
