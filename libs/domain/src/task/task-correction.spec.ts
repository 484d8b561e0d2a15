import { deciderSpec } from '../testing/decider-spec.js';
import { correctTask, type TaskCorrected } from './task-correction.js';
import { taskDecider } from './task.decider.js';
import type { TaskEvent } from './task.events.js';

const taskId = 'ha-nam.kh-1234.nv-2';
const defined: TaskEvent = {
  type: 'TaskDefined',
  data: {
    taskId,
    planId: 'ha-nam.kh-1234',
    provinceId: 'ha-nam',
    code: '2',
    title: 'Xây dựng mô hình',
    deadline: { kind: 'NONE', due: null, start: null, recurrence: null, text: null },
    targets: [],
  },
};
const assigned: TaskEvent = {
  type: 'TaskAssigned',
  data: { taskId, leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: ['ha-nam.so-nn-ptnt'] },
};
const reason = 'Kế hoạch giao Sở NN&PTNT chủ trì, Sở KH&CN phối hợp';
const correct = (changes: Parameters<typeof correctTask>[0]['changes'], why = reason) => correctTask({ taskId, changes, reason: why });
const given = (...events: TaskEvent[]) => deciderSpec(taskDecider).given(events);

describe('task decider: CorrectTask', () => {
  it("sets a task's lead and coordinating units right, naming the previous ones", () =>
    given(defined, assigned)
      .when(correct({ leadUnitIds: ['ha-nam.so-nn-ptnt'], coordinatorUnitIds: ['ha-nam.so-khcn'] }))
      .then([
        {
          type: 'TaskCorrected',
          data: {
            taskId,
            fields: [
              { field: 'leadUnitIds', previous: ['ha-nam.so-khcn'], value: ['ha-nam.so-nn-ptnt'] },
              { field: 'coordinatorUnitIds', previous: ['ha-nam.so-nn-ptnt'], value: ['ha-nam.so-khcn'] },
            ],
            reason,
          },
        } satisfies TaskCorrected,
      ]));

  it('lets the corrected units report: the decider folds the correction', () => {
    const fixed: TaskCorrected = {
      type: 'TaskCorrected',
      data: { taskId, fields: [{ field: 'leadUnitIds', previous: ['ha-nam.so-khcn'], value: ['ha-nam.so-tc'] }], reason },
    };
    given(defined, assigned, fixed)
      .when(correct({ leadUnitIds: ['ha-nam.so-tc'] }))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
  });

  it('refuses a unit that would both lead and coordinate, a deadline (changeDeadline keeps the original), no reason, the id', () => {
    given(defined, assigned)
      .when(correct({ leadUnitIds: ['ha-nam.so-nn-ptnt'] }))
      .thenThrows('INVALID_INPUT', /both lead and coordinate/, 'coordinatorUnitIds');
    given(defined, assigned)
      .when(correct({ deadline: '2021' } as never))
      .thenThrows('RULE_VIOLATED', /changeDeadline/, 'deadline');
    given(defined, assigned)
      .when(correct({ title: 'Mô hình mới' }, ''))
      .thenThrows('INVALID_INPUT', /blank/, 'reason');
    given(defined, assigned)
      .when(correct({ taskId: 'x' } as never))
      .thenThrows('RULE_VIOLATED', /never changes/, 'taskId');
    given()
      .when(correct({ title: 'x' }))
      .thenThrows('NOT_FOUND', /not defined/, 'taskId');
  });
});
