import { directive, plan, province, stateFrom, task } from '../testing/monitoring-fixtures.js';
import { directivePlansByProvince } from './directive-plans.index.js';

describe("a directive's plans by province", () => {
  it("keeps each plan's task rows as its own runs of consecutive rows, plans ordered by issue day", () => {
    // Rows in the order recorded: b1 0, b2 1, a1 2, c1 3 (another province's), a2 4. Plan b was issued first.
    const state = stateFrom(
      [province('ha-nam', 'Hà Nam'), '2016-01-01'],
      [province('bac-giang', 'Bắc Giang'), '2016-01-01'],
      [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
      [plan('a', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
      [plan('b', 'ha-nam', '2020-07-01', ['696/QĐ-TTg']), '2020-09-16'],
      [plan('c', 'bac-giang', '2020-07-01', ['696/QĐ-TTg']), '2020-09-16'],
      [task('b1', 'b', 'ha-nam', 'năm 2021'), '2020-09-16'],
      [task('b2', 'b', 'ha-nam', 'năm 2021'), '2020-09-16'],
      [task('a1', 'a', 'ha-nam', 'năm 2021'), '2020-09-16'],
      [task('c1', 'c', 'bac-giang', 'năm 2021'), '2020-09-16'],
      [task('a2', 'a', 'ha-nam', 'năm 2021'), '2020-09-16'],
    );
    const index = directivePlansByProvince(state, state.directives.get('696/QĐ-TTg')!).get('ha-nam')!;
    const runsOf = (p: number) => {
      const runs: [number, number][] = [];
      for (let run = p === 0 ? 0 : index.planRunsEnd[p - 1]; run < index.planRunsEnd[p]; run++)
        runs.push([index.runStart[run], index.runEnd[run]]);
      return runs;
    };
    expect(index.plans.map((p) => p.id)).toEqual(['b', 'a']);
    expect(runsOf(0)).toEqual([[0, 2]]);
    // a's first row follows b's last: still a run of its own.
    expect(runsOf(1)).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});
