import { directiveDecider } from './directive/directive.decider.js';
import { documentDraftDecider } from './draft/document-draft.decider.js';
import { orgUnitDecider } from './org-unit/org-unit.decider.js';
import { planDecider } from './plan/plan.decider.js';
import { routeCommand, type CheckedCommand } from './platform-command.js';
import { provinceDecider } from './province/province.decider.js';
import type { Decider } from './shared/decider.js';
import { taskDecider } from './task/task.decider.js';
import { expectDomainError, nationalContext } from './testing/decider-spec.js';
import { FIXTURE_SHA256 as sha, planDraftFixture } from './testing/plan-draft-fixture.js';

const noDeadline = { kind: 'NONE', due: null, start: null, recurrence: null, text: null } as const;
const taskId = 'ha-nam.kh-1234.nv-2';

/** Keyed by command type, so the compiler insists on a route for every command the platform accepts. */
const routes: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [Type in CheckedCommand['type']]: [Extract<CheckedCommand, { type: Type }>, string, Decider<any, any, any>];
} = {
  RegisterProvince: [
    { type: 'RegisterProvince', provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
    'province-ha-nam',
    provinceDecider,
  ],
  MergeProvinces: [
    {
      type: 'MergeProvinces',
      successorProvinceId: 'ninh-binh',
      mergedProvinceIds: ['ha-nam'],
      effectiveOn: '2025-07-01',
      legalBasis: 'Nghị quyết 202/2025/QH15',
    },
    'province-ninh-binh',
    provinceDecider,
  ],
  RegisterOrgUnit: [
    {
      type: 'RegisterOrgUnit',
      unitId: 'ha-nam.so-khcn',
      name: 'Sở KH&CN',
      kind: 'AGENCY',
      provinceId: 'ha-nam',
      parentUnitId: null,
      aliases: [],
    },
    'unit-ha-nam.so-khcn',
    orgUnitDecider,
  ],
  RenameOrgUnit: [
    { type: 'RenameOrgUnit', unitId: 'ha-nam.so-khcn', name: 'Sở Khoa học và Công nghệ', effectiveOn: '2025-03-01', legalBasis: null },
    'unit-ha-nam.so-khcn',
    orgUnitDecider,
  ],
  MergeOrgUnit: [
    {
      type: 'MergeOrgUnit',
      unitId: 'ha-nam.so-tttt',
      successorUnitId: 'ha-nam.so-khcn',
      effectiveOn: '2025-03-01',
      legalBasis: 'Nghị định 45/2025/NĐ-CP',
    },
    'unit-ha-nam.so-tttt',
    orgUnitDecider,
  ],
  SplitOrgUnit: [
    {
      type: 'SplitOrgUnit',
      unitId: 'ha-nam.so-ldtbxh',
      successorUnitIds: ['ha-nam.so-noi-vu', 'ha-nam.so-y-te'],
      effectiveOn: '2025-03-01',
      legalBasis: 'Nghị định 45/2025/NĐ-CP',
    },
    'unit-ha-nam.so-ldtbxh',
    orgUnitDecider,
  ],
  DissolveOrgUnit: [
    { type: 'DissolveOrgUnit', unitId: 'ha-nam.ubnd-cac-huyen', effectiveOn: '2025-07-01', legalBasis: 'Nghị quyết 202/2025/QH15' },
    'unit-ha-nam.ubnd-cac-huyen',
    orgUnitDecider,
  ],
  RegisterDirective: [
    {
      type: 'RegisterDirective',
      directiveId: '1068/QĐ-TTg',
      kind: 'Quyết định',
      title: 'Chiến lược sở hữu trí tuệ',
      issuer: 'Thủ tướng Chính phủ',
      issuedOn: { value: '2019-08-22', precision: 'DAY' },
      implements: [],
      provinceId: null,
    },
    'directive-1068-qd-ttg',
    directiveDecider,
  ],
  CorrectDirective: [
    { type: 'CorrectDirective', directiveId: '1068/QĐ-TTg', changes: { title: 'Khác' }, reason: 'nhầm' },
    'directive-1068-qd-ttg',
    directiveDecider,
  ],
  CorrectPlan: [
    { type: 'CorrectPlan', planId: 'ha-nam.kh-1234', changes: { title: 'Khác' }, reason: 'nhầm' },
    'plan-ha-nam.kh-1234',
    planDecider,
  ],
  CorrectTask: [{ type: 'CorrectTask', taskId, changes: { title: 'Khác' }, reason: 'nhầm' }, `task-${taskId}`, taskDecider],
  IssuePlan: [
    {
      type: 'IssuePlan',
      planId: 'ha-nam.kh-1234',
      provinceId: 'ha-nam',
      number: null,
      title: 'Kế hoạch',
      issuerUnitId: 'ha-nam.ubnd-tinh',
      issuedOn: { value: '2020', precision: 'YEAR' },
      implements: ['1068/QĐ-TTg'],
      parentPlanId: null,
      reportingDuties: [],
      targets: [],
      budget: null,
    },
    'plan-ha-nam.kh-1234',
    planDecider,
  ],
  ReportPlanTargetValues: [
    {
      type: 'ReportPlanTargetValues',
      planId: 'ha-nam.kh-1234',
      reportId: 'bc-1',
      unitId: 'ha-nam.so-khcn',
      values: [{ targetId: 't', value: 1 }],
      summary: null,
    },
    'plan-ha-nam.kh-1234',
    planDecider,
  ],
  CorrectPlanTargetValues: [
    {
      type: 'CorrectPlanTargetValues',
      planId: 'ha-nam.kh-1234',
      reportId: 'bc-1',
      values: [{ targetId: 't', value: 2 }],
      summary: null,
      reason: 'Số liệu nhầm',
    },
    'plan-ha-nam.kh-1234',
    planDecider,
  ],
  DefineTask: [
    {
      type: 'DefineTask',
      taskId,
      planId: 'ha-nam.kh-1234',
      provinceId: 'ha-nam',
      code: null,
      title: 'Nhiệm vụ',
      deadline: noDeadline,
      targets: [],
    },
    `task-${taskId}`,
    taskDecider,
  ],
  AssignTask: [{ type: 'AssignTask', taskId, leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: [] }, `task-${taskId}`, taskDecider],
  ChangeDeadline: [{ type: 'ChangeDeadline', taskId, deadline: noDeadline, reason: null }, `task-${taskId}`, taskDecider],
  ReportProgress: [
    { type: 'ReportProgress', taskId, reportId: 'bc-1', unitId: 'ha-nam.so-khcn', percentComplete: 50, summary: null },
    `task-${taskId}`,
    taskDecider,
  ],
  CorrectProgressReport: [
    { type: 'CorrectProgressReport', taskId, reportId: 'bc-1', percentComplete: 40, summary: null, reason: 'Số liệu nhầm' },
    `task-${taskId}`,
    taskDecider,
  ],
  CompleteTask: [{ type: 'CompleteTask', taskId, summary: null }, `task-${taskId}`, taskDecider],
  CancelTask: [{ type: 'CancelTask', taskId, reason: 'Trùng lặp' }, `task-${taskId}`, taskDecider],
  ReceiveDocument: [
    { type: 'ReceiveDocument', draftId: sha, sha256: sha, fileName: 'kh.txt', mediaType: 'text/plain', size: 10, provinceId: 'ha-nam' },
    `draft-${sha}`,
    documentDraftDecider,
  ],
  ProposeDraft: [{ type: 'ProposeDraft', draftId: sha, draft: planDraftFixture(sha) }, `draft-${sha}`, documentDraftDecider],
  EditDraft: [{ type: 'EditDraft', draftId: sha, edits: [{ op: 'REMOVE_TASK', taskRef: 'II.1' }] }, `draft-${sha}`, documentDraftDecider],
  ApproveDraft: [
    { type: 'ApproveDraft', draftId: sha, recorded: { planId: null, directiveId: null, tasks: [], keptInDraftOnly: [] } },
    `draft-${sha}`,
    documentDraftDecider,
  ],
  RejectDraft: [{ type: 'RejectDraft', draftId: sha, reason: 'Không phải kế hoạch' }, `draft-${sha}`, documentDraftDecider],
};

describe('routeCommand', () => {
  it.each(Object.entries(routes))('routes %s to its stream and decider', (_type, [command, stream, decider]) => {
    const route = routeCommand(command);
    expect(route.stream).toBe(stream);
    // The aggregate's own decider, deciding once the context is checked.
    expect({ evolve: route.decider.evolve, initialState: route.decider.initialState }).toEqual({
      evolve: decider.evolve,
      initialState: decider.initialState,
    });
  });

  it('refuses a command it does not know', () =>
    expect(() => routeCommand({ type: 'DeletePlan', planId: 'ha-nam.kh-1234' } as unknown as CheckedCommand)).toThrow(
      /no route for command \{"type":"DeletePlan","planId":"ha-nam.kh-1234"\}/,
    ));
});

describe('every routed decider checks when the caller says it happened', () => {
  const command = routes.CompleteTask[0];
  const decide = (occurredAt: string) => () => {
    const { decider } = routeCommand(command);
    return decider.decide(command, decider.initialState(), { ...nationalContext, occurredAt });
  };

  it.each(['0000-01-01T00:00:00.000Z', '0999-07-01T00:00:00.000Z', '2101-01-01T00:00:00.000Z', 'not a time'])(
    'refuses occurredAt %p',
    (occurredAt) => expectDomainError(decide(occurredAt), 'INVALID_INPUT', /occurredAt: /, 'occurredAt'),
  );
});
