// Over GraphQL: query cost, dates, another province's units and ids, invisible text.
import { randomUUID } from 'node:crypto';
import { describeError, refusedWrite, type Attack, type Platform } from './platform-process.js';

const ISSUE_PLAN = 'mutation($input: IssuePlanInput!) { issuePlan(input: $input) { id } }';
const REGISTER = 'mutation($input: RegisterDirectiveInput!) { registerDirective(input: $input) { id } }';
const DEFINE = 'mutation($input: DefineTaskInput!) { defineTask(input: $input) { id } }';
const ASSIGN = 'mutation($input: AssignTaskInput!) { assignTask(input: $input) { id } }';
const REPORT = 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }';

const haNamPlan = (overrides: Record<string, unknown>) => ({
  id: `ha-nam.attack-${randomUUID().slice(0, 8)}`,
  province: 'ha-nam',
  title: 'Kế hoạch thử',
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: '2021-02-01',
  implements: ['696/QĐ-TTg'],
  ...overrides,
});

const nestedSuccessors = (levels: number) => {
  let selection = '{ id }';
  for (let level = 0; level < levels; level += 1) selection = `{ id ${level % 2 === 0 ? 'predecessors' : 'successor'} ${selection} }`;
  return `{ provinces ${selection} }`;
};

export const graphqlAttacks = (platform: Platform, tokens: Record<string, string>): Attack[] => {
  const { analyst, haNam, admin } = tokens;
  const official = { name: 'Nguyễn Văn A', role: 'Giám đốc Sở' };
  return [
    {
      defect: '1 query cost',
      path: 'GraphQL',
      name: 'successor/predecessors 20 levels deep (643 bytes), then the server still answers',
      async run() {
        const result = await platform.gql(nestedSuccessors(20), {}, analyst);
        const health = await platform.status('/health');
        const code = result.errors?.[0]?.extensions?.code;
        return {
          refused: Boolean(code) && code !== 'NO_ANSWER' && health === 200,
          detail: `${describeError(result)} in ${result.ms.toFixed(0)} ms; /health ${health}`,
        };
      },
    },
    {
      defect: '1 query cost',
      path: 'GraphQL',
      name: '40 aliases of provinces in one small document',
      async run() {
        const fields = Array.from({ length: 40 }, (_, i) => `a${i}: provinces { id }`).join(' ');
        const result = await platform.gql(`{ ${fields} }`, {}, analyst);
        const code = result.errors?.[0]?.extensions?.code;
        return { refused: Boolean(code) && code !== 'NO_ANSWER', detail: `${describeError(result)} in ${result.ms.toFixed(0)} ms` };
      },
    },
    {
      defect: '1 query cost',
      path: 'GraphQL',
      name: '500 aliases of compareProvinces in one document',
      async run() {
        const fields = Array.from({ length: 500 }, (_, i) => `a${i}: compareProvinces(directive: "696/QĐ-TTg") { rows { tasks } }`).join(
          ' ',
        );
        const result = await platform.gql(`{ ${fields} }`, {}, analyst);
        const code = result.errors?.[0]?.extensions?.code;
        return { refused: Boolean(code) && code !== 'NO_ANSWER', detail: `${describeError(result)} in ${result.ms.toFixed(0)} ms` };
      },
    },
    {
      defect: '3 dates',
      path: 'GraphQL',
      name: 'a plan issued in "0050-01" (year below 1000)',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ issuedOn: '0050-01' }) }, haNam),
    },
    {
      defect: '3 dates',
      path: 'GraphQL',
      name: 'a plan issued in "0000"',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ issuedOn: '0000' }) }, haNam),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam issues a plan with issuer bac-giang.ubnd-tinh',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ issuerUnitId: 'bac-giang.ubnd-tinh' }) }, haNam),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam names a Bắc Giang unit as reporter of a duty',
      run: () =>
        refusedWrite(
          platform,
          ISSUE_PLAN,
          {
            input: haNamPlan({
              reportingDuties: [
                { id: 'd1', reporterUnitIds: ['bac-giang.so-khcn'], recipient: 'UBND tỉnh', frequency: 'YEARLY', text: 'báo cáo hằng năm' },
              ],
            }),
          },
          haNam,
        ),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam assigns a Bắc Giang unit as lead of a Hà Nam task',
      run: () =>
        refusedWrite(
          platform,
          ASSIGN,
          { input: { taskId: 'ha-nam.2811-kh-ubnd.t02', leadUnitIds: ['bac-giang.so-khcn'], assignedBy: official } },
          haNam,
        ),
    },
    {
      defect: "4 another province's units",
      path: 'GraphQL',
      name: 'Hà Nam reports on its task as a Bắc Giang unit',
      run: () =>
        refusedWrite(
          platform,
          REPORT,
          {
            input: {
              taskId: 'ha-nam.2811-kh-ubnd.t02',
              reportId: 'attack-r1',
              unitId: 'bac-giang.so-khcn',
              percentComplete: 10,
              reportedBy: official,
            },
          },
          haNam,
        ),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: "Hà Nam registers 999/QĐ-TTg, a Prime Minister's decision number",
      run: () =>
        refusedWrite(
          platform,
          REGISTER,
          { input: { id: '999/QĐ-TTg', kind: 'Quyết định', title: 'Giả mạo', issuer: 'Thủ tướng Chính phủ', issuedOn: '2024-01-01' } },
          haNam,
        ),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: 'Hà Nam registers 998/QĐ-TTg as a document of its own province',
      run: () =>
        refusedWrite(
          platform,
          REGISTER,
          {
            input: {
              id: '998/QĐ-TTg',
              kind: 'Quyết định',
              title: 'Giả mạo',
              issuer: 'UBND tỉnh Hà Nam',
              issuedOn: '2024-01-01',
              province: 'ha-nam',
            },
          },
          haNam,
        ),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: 'Hà Nam creates a plan id under bac-giang.*',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ id: 'bac-giang.squatted-plan' }) }, haNam),
    },
    {
      defect: '5 id squatting',
      path: 'GraphQL',
      name: 'Hà Nam creates a task id under bac-giang.*',
      run: () =>
        refusedWrite(
          platform,
          DEFINE,
          { input: { id: 'bac-giang.squatted-task', planId: 'ha-nam.2811-kh-ubnd', title: 'Nhiệm vụ' } },
          haNam,
        ),
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'directive "696/QĐ-TT\\u200bg" beside 696/QĐ-TTg',
      run: () =>
        refusedWrite(
          platform,
          REGISTER,
          {
            input: { id: '696/QĐ-TT\u200bg', kind: 'Quyết định', title: 'Bản sao', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-05-22' },
          },
          admin,
        ),
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'a plan titled only with zero-width and direction marks',
      run: () => refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ title: '\u200b\u200e\u2067' }) }, haNam),
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'a plan with two targets of the same id',
      run: () => {
        const target = { id: 'm1', indicator: 'Tỷ lệ', kind: 'AT_LEAST', min: 50, unit: '%', text: 'ít nhất 50%' };
        return refusedWrite(platform, ISSUE_PLAN, { input: haNamPlan({ targets: [target, target] }) }, haNam);
      },
    },
    {
      defect: '6 invisible text',
      path: 'GraphQL',
      name: 'a plan with an empty target id',
      run: () =>
        refusedWrite(
          platform,
          ISSUE_PLAN,
          { input: haNamPlan({ targets: [{ id: '', indicator: 'Tỷ lệ', kind: 'AT_LEAST', min: 50, unit: '%', text: 'ít nhất 50%' }] }) },
          haNam,
        ),
    },
  ];
};
