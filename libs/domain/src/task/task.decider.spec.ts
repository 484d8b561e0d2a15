import type { Deadline } from '../shared/deadline.js';
import type { Target } from '../shared/target.js';
import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import type { AssignTask, CorrectProgressReport, DefineTaskInProvince, ReportProgress } from './task.commands.js';
import { taskDecider } from './task.decider.js';
import type { TaskAssigned, TaskCancelled, TaskCompleted, TaskDefined, TaskEvent } from './task.events.js';

const taskId = 'ha-nam.kh-1234.nv-2';
const byEndOf2020: Deadline = { kind: 'BY_DATE', due: '2020-12-31', start: null, recurrence: null, text: 'trước ngày 01/01/2021' };
const byMid2021: Deadline = { kind: 'BY_DATE', due: '2021-06-30', start: null, recurrence: null, text: 'đến ngày 30/6/2021' };
const twoModels: Target = {
  id: 'mo-hinh',
  indicator: 'mô hình ứng dụng tiến bộ KH&CN',
  kind: 'AT_LEAST',
  min: 2,
  max: null,
  unit: 'mô hình',
  horizon: '2025',
  text: 'ít nhất 02 mô hình',
};

const define = (overrides: Partial<DefineTaskInProvince> = {}): DefineTaskInProvince => ({
  type: 'DefineTask',
  taskId,
  planId: 'ha-nam.kh-1234',
  provinceId: 'ha-nam',
  code: 'II.2',
  title: 'Xây dựng mô hình ứng dụng tiến bộ khoa học và công nghệ',
  deadline: byEndOf2020,
  targets: [twoModels],
  ...overrides,
});
const assign = (leadUnitIds: string[], coordinatorUnitIds: string[] = []): AssignTask => ({
  type: 'AssignTask',
  taskId,
  leadUnitIds,
  coordinatorUnitIds,
});
const report = (overrides: Partial<ReportProgress> = {}): ReportProgress => ({
  type: 'ReportProgress',
  taskId,
  reportId: 'bc-2020-11',
  unitId: 'ha-nam.so-khcn',
  percentComplete: 60,
  summary: 'Đã xây dựng 01 mô hình',
  ...overrides,
});

const defined = (provinceId = 'ha-nam'): TaskDefined => ({
  type: 'TaskDefined',
  data: {
    taskId,
    planId: `${provinceId}.kh-1234`,
    provinceId,
    code: 'II.2',
    title: 'Xây dựng mô hình ứng dụng tiến bộ khoa học và công nghệ',
    deadline: byEndOf2020,
    targets: [twoModels],
  },
});
const assigned = (leadUnitIds: string[], coordinatorUnitIds: string[] = []): TaskAssigned => ({
  type: 'TaskAssigned',
  data: { taskId, leadUnitIds, coordinatorUnitIds },
});
const leadAssigned = assigned(['ha-nam.so-khcn'], ['ha-nam.so-nn-ptnt']);
const completed: TaskCompleted = { type: 'TaskCompleted', data: { taskId, summary: null } };
const cancelled: TaskCancelled = { type: 'TaskCancelled', data: { taskId, reason: 'Gộp vào nhiệm vụ II.1' } };

const spec = deciderSpec(taskDecider);
const haNamSpec = deciderSpec(taskDecider, provinceContext('ha-nam'));
const given = (...events: TaskEvent[]) => spec.given(events);

describe('task decider', () => {
  describe('DefineTask', () => {
    it('defines a task of a plan, normalizing its code and title', () =>
      given()
        .when(define({ code: '  II.2 ', title: ' Xây dựng   mô hình ứng dụng tiến bộ khoa học và công nghệ ' }))
        .then([defined()]));

    it('keeps a blank code as null', () =>
      given()
        .when(define({ code: '  ' }))
        .then([{ ...defined(), data: { ...defined().data, code: null } }]));

    it('lets a provincial system define a task of its own province', () => haNamSpec.given([]).when(define()).then([defined()]));

    it("forbids a provincial system to define a task of another province's plan", () =>
      haNamSpec
        .given([])
        .when(define({ planId: 'nam-dinh.kh-77', provinceId: 'nam-dinh' }))
        .thenThrows('FORBIDDEN', /plan nam-dinh\.kh-77 belongs to nam-dinh, not to ha-nam/, 'planId'));

    it('refuses to define a task twice', () =>
      given(defined())
        .when(define())
        .thenThrows('ALREADY_EXISTS', /already defined/, 'id'));

    it('refuses a task id that is not a slug', () =>
      given()
        .when(define({ taskId: 'Nhiệm vụ 2' }))
        .thenThrows('INVALID_INPUT', /not an identifier/, 'id'));

    it('refuses a blank title', () =>
      given()
        .when(define({ title: '   ' }))
        .thenThrows('INVALID_INPUT', /blank/, 'title'));

    it('refuses an invalid deadline, naming its part', () => {
      given()
        .when(define({ deadline: { ...byEndOf2020, due: null } }))
        .thenThrows('INVALID_INPUT', /BY_DATE deadline needs a due date/, 'deadline.due');
      given()
        .when(define({ deadline: { ...byEndOf2020, due: '2021-02-30' } }))
        .thenThrows('INVALID_INPUT', /not a calendar day/, 'deadline.due');
    });

    it('refuses an invalid target, naming which one', () =>
      given()
        .when(define({ targets: [twoModels, { ...twoModels, min: 20, max: 15 }] }))
        .thenThrows('INVALID_INPUT', /maximum 15 is below minimum 20/, 'targets[1].max'));
  });

  describe('AssignTask', () => {
    it('assigns lead and coordinating units', () =>
      given(defined())
        .when(assign(['ha-nam.so-khcn'], ['ha-nam.so-nn-ptnt', 'ha-nam.ubnd-huyen']))
        .then([assigned(['ha-nam.so-khcn'], ['ha-nam.so-nn-ptnt', 'ha-nam.ubnd-huyen'])]));

    it('adds units to an earlier assignment', () =>
      given(defined(), leadAssigned)
        .when(assign(['ha-nam.so-tc'], ['ha-nam.so-kh-dt']))
        .then([assigned(['ha-nam.so-tc'], ['ha-nam.so-kh-dt'])]));

    it('lets a provincial system assign a task of its own province', () =>
      haNamSpec
        .given([defined()])
        .when(assign(['ha-nam.so-khcn']))
        .then([assigned(['ha-nam.so-khcn'])]));

    it("forbids a provincial system to assign another province's task", () =>
      haNamSpec
        .given([defined('nam-dinh')])
        .when(assign(['ha-nam.so-khcn']))
        .thenThrows('FORBIDDEN', /belongs to nam-dinh, not to ha-nam/, 'taskId'));

    it('refuses a task that is not defined', () =>
      given()
        .when(assign(['ha-nam.so-khcn']))
        .thenThrows('NOT_FOUND', /not defined: cannot assign it/, 'taskId'));

    it('refuses a cancelled task', () =>
      given(defined(), cancelled)
        .when(assign(['ha-nam.so-khcn']))
        .thenThrows('RULE_VIOLATED', /cancelled: cannot assign it/, 'taskId'));

    it('refuses a completed task', () =>
      given(defined(), leadAssigned, completed)
        .when(assign(['ha-nam.so-tc']))
        .thenThrows('RULE_VIOLATED', /already completed: cannot assign it/, 'taskId'));

    it('refuses an assignment that names no unit', () =>
      given(defined())
        .when(assign([], []))
        .thenThrows('INVALID_INPUT', /at least one lead or coordinating unit/, 'leadUnitIds'));

    it('refuses a unit that both leads and coordinates', () =>
      given(defined())
        .when(assign(['ha-nam.so-khcn'], ['ha-nam.so-tc', 'ha-nam.so-khcn']))
        .thenThrows('INVALID_INPUT', /unit ha-nam\.so-khcn cannot both lead and coordinate/, 'coordinatorUnitIds'));

    it('refuses to assign a lead unit again as lead', () =>
      given(defined(), leadAssigned)
        .when(assign(['ha-nam.so-tc', 'ha-nam.so-khcn']))
        .thenThrows('ALREADY_EXISTS', /unit ha-nam\.so-khcn already leads task/, 'leadUnitIds'));

    it('refuses to assign a coordinating unit again as coordinator', () =>
      given(defined(), leadAssigned)
        .when(assign([], ['ha-nam.so-nn-ptnt']))
        .thenThrows('ALREADY_EXISTS', /unit ha-nam\.so-nn-ptnt already coordinates task/, 'coordinatorUnitIds'));

    it('refuses a lead unit as coordinator in a later assignment: a unit holds one role', () =>
      given(defined(), leadAssigned)
        .when(assign([], ['ha-nam.so-khcn']))
        .thenThrows('RULE_VIOLATED', /ha-nam\.so-khcn already holds the other role/, 'coordinatorUnitIds'));

    it('refuses an assignment naming the same unit twice', () =>
      given(defined())
        .when(assign(['ha-nam.so-khcn', 'ha-nam.so-khcn']))
        .thenThrows('INVALID_INPUT', /names the same unit twice/, 'leadUnitIds'));

    it('refuses a unit id that is not a slug, naming its position', () =>
      given(defined())
        .when(assign(['ha-nam.so-khcn'], ['Sở Tài chính']))
        .thenThrows('INVALID_INPUT', /not an identifier/, 'coordinatorUnitIds[0]'));
  });

  describe('ChangeDeadline', () => {
    const change = (deadline: Deadline, reason: string | null = 'Theo Công văn 512/UBND-KGVX') =>
      ({ type: 'ChangeDeadline', taskId, deadline, reason }) as const;

    it('records the new deadline beside the previous one', () =>
      given(defined())
        .when(change(byMid2021, '  Theo Công văn   512/UBND-KGVX '))
        .then([
          {
            type: 'TaskDeadlineChanged',
            data: { taskId, previous: byEndOf2020, deadline: byMid2021, reason: 'Theo Công văn 512/UBND-KGVX' },
          },
        ]));

    it('takes the previous deadline from the last change, and keeps a blank reason as null', () => {
      const byEnd2021: Deadline = { kind: 'BY_DATE', due: '2021-12-31', start: null, recurrence: null, text: 'trong năm 2021' };
      given(defined(), { type: 'TaskDeadlineChanged', data: { taskId, previous: byEndOf2020, deadline: byMid2021, reason: null } })
        .when(change(byEnd2021, ' '))
        .then([{ type: 'TaskDeadlineChanged', data: { taskId, previous: byMid2021, deadline: byEnd2021, reason: null } }]);
    });

    it('refuses a task that is not defined', () =>
      given()
        .when(change(byMid2021))
        .thenThrows('NOT_FOUND', /cannot change its deadline/, 'taskId'));

    it("forbids a provincial system to change another province's deadline", () =>
      haNamSpec
        .given([defined('nam-dinh')])
        .when(change(byMid2021))
        .thenThrows('FORBIDDEN', /belongs to nam-dinh/, 'taskId'));

    it('refuses a completed task', () =>
      given(defined(), leadAssigned, completed)
        .when(change(byMid2021))
        .thenThrows('RULE_VIOLATED', /already completed: its deadline can no longer change/, 'taskId'));

    it('refuses a cancelled task', () =>
      given(defined(), cancelled)
        .when(change(byMid2021))
        .thenThrows('RULE_VIOLATED', /cancelled: cannot change its deadline/, 'taskId'));

    it('refuses an invalid deadline', () =>
      given(defined())
        .when(change({ ...byMid2021, start: '2021-07-01' }))
        .thenThrows('INVALID_INPUT', /due date is before the start/, 'deadline.due'));
  });

  describe('ReportProgress', () => {
    const reported = (overrides: Partial<ReportProgress> = {}) => {
      const { reportId, unitId, percentComplete, summary } = report(overrides);
      return { type: 'ProgressReported', data: { taskId, reportId, unitId, percentComplete, summary } } as const;
    };

    it('records a lead unit’s report, normalizing its summary', () =>
      given(defined(), leadAssigned)
        .when(report({ summary: ' Đã xây dựng   01 mô hình ' }))
        .then([reported({ summary: 'Đã xây dựng 01 mô hình' })]));

    it('records a coordinating unit’s report without a percentage or summary', () =>
      given(defined(), leadAssigned)
        .when(report({ unitId: 'ha-nam.so-nn-ptnt', percentComplete: null, summary: '  ' }))
        .then([reported({ unitId: 'ha-nam.so-nn-ptnt', percentComplete: null, summary: null })]));

    it('accepts 0 and 100 percent', () => {
      given(defined(), leadAssigned)
        .when(report({ percentComplete: 0 }))
        .then([reported({ percentComplete: 0 })]);
      given(defined(), leadAssigned)
        .when(report({ percentComplete: 100 }))
        .then([reported({ percentComplete: 100 })]);
    });

    it('still records a report after the task is completed', () =>
      given(defined(), leadAssigned, completed)
        .when(report({ reportId: 'bc-2021-01', percentComplete: 100 }))
        .then([reported({ reportId: 'bc-2021-01', percentComplete: 100 })]));

    it('records values reached for the task’s targets', () =>
      given(defined(), leadAssigned)
        .when(report({ values: [{ targetId: 'mo-hinh', value: 1 }] }))
        .then([{ type: 'ProgressReported', data: { ...reported().data, values: [{ targetId: 'mo-hinh', value: 1 }] } }]));

    it('refuses a value for a target the task does not have, a value that is not a number, or two for one target', () => {
      given(defined(), leadAssigned)
        .when(report({ values: [{ targetId: 'doanh-nghiep', value: 1 }] }))
        .thenThrows('INVALID_INPUT', /has no target doanh-nghiep/, 'values[0].targetId');
      given(defined(), leadAssigned)
        .when(report({ values: [{ targetId: 'mo-hinh', value: Number.NaN }] }))
        .thenThrows('INVALID_INPUT', /must be a number/, 'values[0].value');
      given(defined(), leadAssigned)
        .when(
          report({
            values: [
              { targetId: 'mo-hinh', value: 1 },
              { targetId: 'mo-hinh', value: 2 },
            ],
          }),
        )
        .thenThrows('INVALID_INPUT', /same target twice/, 'values');
    });

    it('refuses a task that is not defined', () =>
      given()
        .when(report())
        .thenThrows('NOT_FOUND', /not defined: cannot report progress/, 'taskId'));

    it('refuses a cancelled task', () =>
      given(defined(), leadAssigned, cancelled)
        .when(report())
        .thenThrows('RULE_VIOLATED', /cancelled: cannot report progress/, 'taskId'));

    it("forbids a provincial system to report on another province's task", () =>
      haNamSpec
        .given([defined('nam-dinh'), leadAssigned])
        .when(report())
        .thenThrows('FORBIDDEN', /belongs to nam-dinh/, 'taskId'));

    it.each([-1, 101, 12.5, Number.NaN])('refuses %p percent', (percentComplete) =>
      given(defined(), leadAssigned)
        .when(report({ percentComplete }))
        .thenThrows('INVALID_INPUT', /whole number from 0 to 100/, 'percentComplete'),
    );

    it('refuses a report from a unit not assigned to the task', () =>
      given(defined(), leadAssigned)
        .when(report({ unitId: 'ha-nam.so-tc' }))
        .thenThrows('RULE_VIOLATED', /unit ha-nam\.so-tc is not assigned .* cannot report on it/, 'unitId'));

    it('records a report by the unit an assigned unit merged into (the reference checks say which), as that unit’s', () =>
      given(defined(), leadAssigned)
        .when(report({ unitId: 'ha-nam.so-nn-mt', inPlaceOf: 'ha-nam.so-nn-ptnt', summary: null }))
        .then([
          {
            type: 'ProgressReported',
            data: { taskId, reportId: 'bc-2020-11', unitId: 'ha-nam.so-nn-mt', percentComplete: 60, summary: null },
          },
        ]));

    it('refuses a report in place of a unit not assigned to the task', () =>
      given(defined(), leadAssigned)
        .when(report({ unitId: 'ha-nam.so-tc', inPlaceOf: 'ha-nam.so-khdt' }))
        .thenThrows('RULE_VIOLATED', /not assigned/, 'unitId'));

    it('refuses a report before the task is assigned', () =>
      given(defined())
        .when(report())
        .thenThrows('RULE_VIOLATED', /is not assigned/, 'unitId'));

    it('refuses a report id already recorded', () =>
      given(defined(), leadAssigned, reported())
        .when(report({ percentComplete: 80 }))
        .thenThrows('ALREADY_EXISTS', /report bc-2020-11 is already recorded/, 'reportId'));

    it('refuses a report id that is not a slug', () =>
      given(defined(), leadAssigned)
        .when(report({ reportId: 'Báo cáo 11' }))
        .thenThrows('INVALID_INPUT', /not an identifier/, 'reportId'));
  });

  describe('CorrectProgressReport', () => {
    const reported = {
      type: 'ProgressReported',
      data: { taskId, reportId: 'bc-2020-11', unitId: 'ha-nam.so-khcn', percentComplete: 60, summary: 'Đã xây dựng 01 mô hình' },
    } as const;
    const correct = (overrides: Partial<CorrectProgressReport> = {}): CorrectProgressReport => ({
      type: 'CorrectProgressReport',
      taskId,
      reportId: 'bc-2020-11',
      percentComplete: 40,
      summary: ' Mới xây dựng xong  01 mô hình thí điểm ',
      reason: 'Số liệu báo cáo nhầm',
      ...overrides,
    });
    const corrected = {
      type: 'ProgressReportCorrected',
      data: {
        taskId,
        correctsReportId: 'bc-2020-11',
        unitId: 'ha-nam.so-khcn',
        percentComplete: 40,
        summary: 'Mới xây dựng xong 01 mô hình thí điểm',
        reason: 'Số liệu báo cáo nhầm',
      },
    } as const;

    it('records a new event naming the report it corrects, with the reporting unit kept', () =>
      given(defined(), leadAssigned, reported).when(correct()).then([corrected]));

    it('corrects a report again, and after the task is completed', () =>
      given(defined(), leadAssigned, reported, corrected, completed)
        .when(correct({ percentComplete: 45 }))
        .then([{ ...corrected, data: { ...corrected.data, percentComplete: 45 } }]));

    it('refuses a report that is not recorded', () =>
      given(defined(), leadAssigned, reported)
        .when(correct({ reportId: 'bc-2020-12' }))
        .thenThrows('NOT_FOUND', /report bc-2020-12 is not recorded .* nothing to correct/, 'reportId'));

    it('refuses a correction without a reason', () =>
      given(defined(), leadAssigned, reported)
        .when(correct({ reason: '  ' }))
        .thenThrows('INVALID_INPUT', /blank/, 'reason'));

    it('refuses an impossible percentage', () =>
      given(defined(), leadAssigned, reported)
        .when(correct({ percentComplete: 140 }))
        .thenThrows('INVALID_INPUT', /whole number from 0 to 100/, 'percentComplete'));

    it("forbids a provincial system to correct another province's report", () =>
      haNamSpec
        .given([defined('nam-dinh'), leadAssigned, reported])
        .when(correct())
        .thenThrows('FORBIDDEN', /belongs to nam-dinh/, 'taskId'));

    describe('target values', () => {
      const reportedWithValue = { ...reported, data: { ...reported.data, values: [{ targetId: 'mo-hinh', value: 2 }] } };

      it('restates a value the report gave', () =>
        given(defined(), leadAssigned, reportedWithValue)
          .when(correct({ values: [{ targetId: 'mo-hinh', value: 1 }] }))
          .then([{ ...corrected, data: { ...corrected.data, values: [{ targetId: 'mo-hinh', value: 1 }] } }]));

      it('keeps the values as reported when the correction gives none', () =>
        given(defined(), leadAssigned, reportedWithValue)
          .when(correct({ values: [] }))
          .then([corrected]));

      it('refuses a value for a target the report gave no value for: that is a new report', () =>
        given(defined(), leadAssigned, reported)
          .when(correct({ values: [{ targetId: 'mo-hinh', value: 1 }] }))
          .thenThrows('INVALID_INPUT', /report bc-2020-11 gave no value for target mo-hinh: .* a new report/, 'values[0].targetId'));

      it('refuses a target the task does not have, a value that is not a number, or two for one target', () => {
        given(defined(), leadAssigned, reportedWithValue)
          .when(correct({ values: [{ targetId: 'doanh-nghiep', value: 1 }] }))
          .thenThrows('INVALID_INPUT', /has no target doanh-nghiep/, 'values[0].targetId');
        given(defined(), leadAssigned, reportedWithValue)
          .when(correct({ values: [{ targetId: 'mo-hinh', value: Number.POSITIVE_INFINITY }] }))
          .thenThrows('INVALID_INPUT', /must be a number/, 'values[0].value');
        given(defined(), leadAssigned, reportedWithValue)
          .when(
            correct({
              values: [
                { targetId: 'mo-hinh', value: 1 },
                { targetId: 'mo-hinh', value: 3 },
              ],
            }),
          )
          .thenThrows('INVALID_INPUT', /same target twice/, 'values');
      });
    });
  });

  describe('CompleteTask', () => {
    const complete = (summary: string | null = null) => ({ type: 'CompleteTask', taskId, summary }) as const;

    it('completes an assigned task, normalizing its summary', () =>
      given(defined(), leadAssigned)
        .when(complete('  Đã xây dựng 02 mô hình '))
        .then([{ type: 'TaskCompleted', data: { taskId, summary: 'Đã xây dựng 02 mô hình' } }]));

    it('keeps a blank summary as null', () =>
      given(defined(), leadAssigned)
        .when(complete(' '))
        .then([{ type: 'TaskCompleted', data: { taskId, summary: null } }]));

    it('refuses a task that is not defined', () =>
      given()
        .when(complete())
        .thenThrows('NOT_FOUND', /cannot complete it/, 'taskId'));

    it("forbids a provincial system to complete another province's task", () =>
      haNamSpec
        .given([defined('nam-dinh'), leadAssigned])
        .when(complete())
        .thenThrows('FORBIDDEN', /belongs to nam-dinh/, 'taskId'));

    it('refuses a task not yet assigned', () =>
      given(defined())
        .when(complete())
        .thenThrows('RULE_VIOLATED', /no lead unit: it cannot be completed before it is assigned/, 'taskId'));

    it('refuses a task that has coordinators but no lead', () =>
      given(defined(), assigned([], ['ha-nam.so-tc']))
        .when(complete())
        .thenThrows('RULE_VIOLATED', /no lead unit/, 'taskId'));

    it('refuses to complete a task twice', () =>
      given(defined(), leadAssigned, completed)
        .when(complete())
        .thenThrows('ALREADY_EXISTS', /already completed/, 'taskId'));

    it('refuses a cancelled task', () =>
      given(defined(), leadAssigned, cancelled)
        .when(complete())
        .thenThrows('RULE_VIOLATED', /cancelled: cannot complete it/, 'taskId'));
  });

  describe('CancelTask', () => {
    const cancel = (reason: string) => ({ type: 'CancelTask', taskId, reason }) as const;

    it('cancels an open task, normalizing its reason', () =>
      given(defined(), leadAssigned)
        .when(cancel('  Gộp vào   nhiệm vụ II.1 '))
        .then([{ type: 'TaskCancelled', data: { taskId, reason: 'Gộp vào nhiệm vụ II.1' } }]));

    it('cancels a task never assigned', () => given(defined()).when(cancel('Gộp vào nhiệm vụ II.1')).then([cancelled]));

    it('lets a provincial system cancel a task of its own province', () =>
      haNamSpec.given([defined()]).when(cancel('Gộp vào nhiệm vụ II.1')).then([cancelled]));

    it('refuses a task that is not defined', () =>
      given()
        .when(cancel('Gộp vào nhiệm vụ II.1'))
        .thenThrows('NOT_FOUND', /cannot cancel it/, 'taskId'));

    it("forbids a provincial system to cancel another province's task", () =>
      haNamSpec
        .given([defined('nam-dinh')])
        .when(cancel('Trùng lặp'))
        .thenThrows('FORBIDDEN', /belongs to nam-dinh/, 'taskId'));

    it('refuses a completed task', () =>
      given(defined(), leadAssigned, completed)
        .when(cancel('Trùng lặp'))
        .thenThrows('RULE_VIOLATED', /completed: it cannot be cancelled/, 'taskId'));

    it('refuses to cancel a task twice', () =>
      given(defined(), cancelled)
        .when(cancel('Trùng lặp'))
        .thenThrows('RULE_VIOLATED', /cancelled: cannot cancel it/, 'taskId'));

    it('refuses a blank reason', () =>
      given(defined())
        .when(cancel('  '))
        .thenThrows('INVALID_INPUT', /must not be blank/, 'reason'));
  });
});
