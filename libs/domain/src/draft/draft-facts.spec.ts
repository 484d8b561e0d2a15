import { FIXTURE_SHA256, planDraftFixture } from '../testing/plan-draft-fixture.js';
import { applyDraftEdit } from './draft-edits.js';
import { approvalOfDraft, dueDayOfDutyText, planIdOfDraft } from './draft-facts.js';

const complete = () =>
  applyDraftEdit(planDraftFixture(), {
    op: 'SET_TASK_COORDINATING_UNITS',
    taskRef: 'II.2',
    units: [{ name: 'UBND các huyện', unitId: 'ha-nam.ubnd-huyen' }],
  });

describe('the facts an approved draft records', () => {
  it('issues the plan, then defines and assigns each task, every fact with its lines of the document', () => {
    const plan = approvalOfDraft(FIXTURE_SHA256, complete(), 'ha-nam');
    expect(plan.facts.map((f) => [f.what, f.command.type, f.source.startLine, f.source.endLine])).toEqual([
      ['plan', 'IssuePlan', 1, 7],
      ['task II.1', 'DefineTask', 8, 8],
      ['task II.1: assignment', 'AssignTask', 8, 8],
      ['task II.2', 'DefineTask', 9, 9],
      ['task II.2: assignment', 'AssignTask', 9, 9],
    ]);
    expect(plan.facts.every((f) => f.source.documentSha256 === FIXTURE_SHA256)).toBe(true);
    expect(plan.facts[3].command).toMatchObject({
      taskId: 'ha-nam.2811-kh-ubnd.ii-2',
      code: 'II.2',
      deadline: { kind: 'BY_DATE', due: '2021-06-29', text: 'trước ngày 30/6/2021' },
    });
    expect(plan.facts[4].command).toEqual({
      type: 'AssignTask',
      taskId: 'ha-nam.2811-kh-ubnd.ii-2',
      leadUnitIds: ['ha-nam.so-khcn'],
      coordinatorUnitIds: ['ha-nam.ubnd-huyen'],
    });
    expect(plan.actor).toMatchObject({ name: 'Đinh Thị Lụa', role: 'Phó Chủ tịch' });
    expect(plan.recorded.tasks).toEqual([
      { ref: 'II.1', taskId: 'ha-nam.2811-kh-ubnd.ii-1' },
      { ref: 'II.2', taskId: 'ha-nam.2811-kh-ubnd.ii-2' },
    ]);
  });

  it('keeps in the draft, and says why, a reporting duty whose reporter is no registered unit', () => {
    const plan = approvalOfDraft(FIXTURE_SHA256, complete(), 'ha-nam');
    expect(plan.facts[0].command).toMatchObject({ reportingDuties: [], implements: ['696/QĐ-TTg'] });
    expect(plan.recorded.keptInDraftOnly).toEqual([
      {
        what: 'reporting duty "Các đơn vị báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm."',
        why: 'its reporter is not a registered unit',
      },
    ]);
  });

  it('records a reporting duty whose reporter is registered, its due day read from its wording', () => {
    const draft = complete();
    const duty = { ...draft.reportingDuties[0], reporter: { name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' } };
    const plan = approvalOfDraft(FIXTURE_SHA256, { ...draft, reportingDuties: [duty] }, 'ha-nam');
    expect(plan.facts[0].command).toMatchObject({
      reportingDuties: [
        {
          id: 'duty-1',
          reporterUnitIds: ['ha-nam.so-khcn'],
          recipient: 'Sở KH&CN',
          recipientUnitId: 'ha-nam.so-khcn',
          frequency: 'YEARLY',
          dueMonth: 11,
          dueDay: 14,
          text: 'Các đơn vị báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm.',
        },
      ],
    });
    expect(plan.recorded.keptInDraftOnly).toEqual([]);
  });

  it('registers a national decision, keeping its own tasks in the draft (no form for them yet)', () => {
    const plan = approvalOfDraft(FIXTURE_SHA256, complete(), null);
    expect(plan.facts.map((f) => f.command.type)).toEqual(['RegisterDirective']);
    expect(plan.recorded).toMatchObject({ directiveId: '2811/KH-UBND', planId: null });
    expect(plan.recorded.keptInDraftOnly).toHaveLength(2);
  });

  it('names a plan by its number, or by its series and hash when the number is blank', () => {
    expect(planIdOfDraft('ha-nam', complete())).toBe('ha-nam.2811-kh-ubnd');
    const blank = applyDraftEdit(complete(), { op: 'SET_HEADER', header: { number: '/KH-KHCN' } });
    expect(planIdOfDraft('bac-giang', blank)).toBe(`bac-giang.kh-khcn-${'a'.repeat(12)}`);
  });

  it('reads the due day of a reporting duty', () => {
    expect(dueDayOfDutyText('trước ngày 15/11 hằng năm')).toEqual({ dueMonth: 11, dueDay: 14 });
    expect(dueDayOfDutyText('trước ngày 01/11')).toEqual({ dueMonth: 10, dueDay: 31 });
    expect(dueDayOfDutyText('trong tháng 11 hàng năm')).toEqual({ dueMonth: 11, dueDay: 30 });
    expect(dueDayOfDutyText('hằng quý')).toEqual({ dueMonth: null, dueDay: null });
    expect(dueDayOfDutyText('ngày 30 tháng 11 hàng năm')).toEqual({ dueMonth: 11, dueDay: 30 });
    expect(dueDayOfDutyText('trước ngày 01 tháng 11')).toEqual({ dueMonth: 10, dueDay: 31 });
    expect(dueDayOfDutyText('vào tháng 11')).toEqual({ dueMonth: 11, dueDay: 30 });
    expect(dueDayOfDutyText('ngày 31/11')).toEqual({ dueMonth: null, dueDay: null });
  });

  it('keeps the ids a record held before it was read, and its parent plan', () => {
    const plan = approvalOfDraft(FIXTURE_SHA256, complete(), 'ha-nam', {
      planId: 'ha-nam.kh-cu',
      parentPlanId: 'ha-nam.kh-me',
      taskIds: { 'II.1': 'ha-nam.kh-cu.t01' },
    });
    expect(plan.recorded).toMatchObject({
      planId: 'ha-nam.kh-cu',
      tasks: [
        { ref: 'II.1', taskId: 'ha-nam.kh-cu.t01' },
        { ref: 'II.2', taskId: 'ha-nam.kh-cu.ii-2' },
      ],
    });
    expect(plan.facts[0].command).toMatchObject({ planId: 'ha-nam.kh-cu', parentPlanId: 'ha-nam.kh-me' });
  });

  it('cites only registered directives, not one it implements; a number the platform does not hold stays in the draft', () => {
    const draft = complete();
    const ref = (number: string, directiveId: string | null) => ({ ...draft.document.implements[0]!, number, directiveId });
    const citing = {
      ...draft,
      document: { ...draft.document, cites: [ref('696/QĐ-TTg', '696/QĐ-TTg'), ref('50-KL/TW', '50-KL/TW'), ref('28-Ctr/TU', null)] },
    };
    const plan = approvalOfDraft(FIXTURE_SHA256, citing, 'ha-nam');
    expect(plan.facts[0].command).toMatchObject({ implements: ['696/QĐ-TTg'], cites: ['50-KL/TW'] });
    expect(plan.recorded.keptInDraftOnly).toContainEqual({ what: 'cites 28-Ctr/TU', why: 'it is no registered directive' });
  });
});
