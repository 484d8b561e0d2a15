import { planDraftFixture } from '../testing/plan-draft-fixture.js';
import { resolveDraftEdits, type DraftEdit } from './draft-edits.js';
import type { DraftTarget } from './plan-draft.js';

const target = (text: string, line: number): DraftTarget => ({
  target: { id: 't', indicator: text, kind: 'EXACT', min: 1, max: 1, unit: 'tháng', horizon: null, text },
  text,
  source: { startLine: line, endLine: line, text },
});
const withTargets = () => {
  const draft = planDraftFixture();
  return {
    ...draft,
    planTargets: [target('01 mô hình', 6)],
    tasks: draft.tasks.map((t, i) => (i === 0 ? { ...t, targets: [target('01 tháng', 8), target('02 lớp', 8)] } : t)),
  };
};

describe('draft edits: targets and reporting duties', () => {
  it('removes a target read by mistake, of a task or of the plan, by its words', () => {
    const { draft } = resolveDraftEdits(withTargets(), [
      { op: 'REMOVE_TARGET', taskRef: 'II.1', text: '01 tháng' },
      { op: 'REMOVE_TARGET', taskRef: null, text: '01 mô hình' },
    ]);
    expect(draft.tasks[0]!.targets.map((t) => t.text)).toEqual(['02 lớp']);
    expect(draft.planTargets).toEqual([]);
  });

  it('adds a target the reader missed, to a task or to the plan, with its lines; an id already there is refused', () => {
    const growth = {
      id: 'tang-truong',
      indicator: 'Tăng trưởng',
      kind: 'GROWTH_RATE' as const,
      min: 3,
      max: null,
      unit: '%/năm',
      horizon: '2025',
      text: 'tăng 3%/năm',
    };
    const { draft } = resolveDraftEdits(withTargets(), [
      { op: 'ADD_TARGET', taskRef: null, target: growth, lines: { startLine: 8, endLine: 8 } },
      { op: 'ADD_TARGET', taskRef: 'II.2', target: growth, lines: { startLine: 9, endLine: 9 } },
    ]);
    expect(draft.planTargets.map((t) => [t.target.id, t.text, t.source.startLine])).toEqual([
      ['t', '01 mô hình', 6],
      ['tang-truong', 'tăng 3%/năm', 8],
    ]);
    expect(draft.tasks[1]!.targets.map((t) => t.target.id)).toEqual(['tang-truong']);
    const twice: DraftEdit = { op: 'ADD_TARGET', taskRef: null, target: { ...growth, id: 't' }, lines: { startLine: 8, endLine: 8 } };
    expect(() => resolveDraftEdits(withTargets(), [twice])).toThrow(
      expect.objectContaining({ code: 'ALREADY_EXISTS', field: 'edits[0].target.id' }),
    );
  });

  it('refuses to remove a target the draft does not hold, naming the edit', () => {
    expect(() => resolveDraftEdits(withTargets(), [{ op: 'REMOVE_TARGET', taskRef: 'II.2', text: '01 tháng' }])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', field: 'edits[0].text' }),
    );
  });

  it('sets the reporting duties, each with the lines that state it; a frequency it does not know is refused', () => {
    const duty = {
      reporter: { name: 'Các đơn vị', unitId: 'ha-nam.cac-so-ban-nganh' },
      recipient: { name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' },
      frequency: 'YEARLY' as const,
      dueText: 'trước ngày 15/11 hằng năm',
      lines: { startLine: 11, endLine: 11 },
    };
    const { draft } = resolveDraftEdits(planDraftFixture(), [{ op: 'SET_REPORTING_DUTIES', duties: [duty] }]);
    expect(draft.reportingDuties).toEqual([
      {
        reporter: duty.reporter,
        recipient: duty.recipient,
        frequency: 'YEARLY',
        dueText: 'trước ngày 15/11 hằng năm',
        source: { startLine: 11, endLine: 11, text: 'Các đơn vị báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm.' },
      },
    ]);
    const weekly = { op: 'SET_REPORTING_DUTIES', duties: [{ ...duty, frequency: 'WEEKLY' }] } as unknown as DraftEdit;
    expect(() => resolveDraftEdits(planDraftFixture(), [weekly])).toThrow(
      expect.objectContaining({ field: 'edits[0].duties[0].frequency' }),
    );
  });
});
