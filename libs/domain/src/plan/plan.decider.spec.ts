import type { Target } from '../shared/target.js';
import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import type { Budget, ReportingDuty } from './plan-content.js';
import {
  planDecider,
  type CorrectPlanTargetValues,
  type IssuePlan,
  type PlanEvent,
  type PlanIssued,
  type PlanTargetValuesCorrected,
  type PlanTargetValuesReported,
  type ReportPlanTargetValues,
} from './plan.decider.js';

const yearlyReport: ReportingDuty = {
  id: 'bao-cao-nam',
  reporterUnitIds: ['ha-nam.so-nn-ptnt', 'ha-nam.ubnd-huyen'],
  recipient: 'Sở Khoa học và Công nghệ',
  recipientUnitId: 'ha-nam.so-khcn',
  frequency: 'YEARLY',
  dueMonth: 11,
  dueDay: 14,
  dataWindow: 'CALENDAR',
  text: 'Báo cáo hàng năm trước ngày 15/11',
};
const fiveBrands: Target = {
  id: 'nhan-hieu',
  indicator: 'nhãn hiệu được bảo hộ',
  kind: 'RANGE',
  min: 15,
  max: 20,
  unit: 'nhãn hiệu',
  horizon: '2025',
  text: '15-20 nhãn hiệu',
};
const budget: Budget = {
  total: 4_500,
  unit: 'triệu đồng',
  text: 'Tổng kinh phí: 4.500 triệu đồng',
  parts: [
    { label: 'Ngân sách tỉnh', amount: 3_000.5, text: '3.000,5 triệu đồng' },
    { label: 'Nguồn xã hội hóa', amount: 1_499.5, text: '1.499,5 triệu đồng' },
  ],
};

const issue = (overrides: Partial<IssuePlan> = {}): IssuePlan => ({
  type: 'IssuePlan',
  planId: 'ha-nam.kh-1234',
  provinceId: 'ha-nam',
  number: '1234/KH-UBND',
  title: 'Kế hoạch thực hiện Chương trình phát triển tài sản trí tuệ',
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: { value: '2020-07', precision: 'MONTH' },
  implements: ['1068/QĐ-TTg'],
  parentPlanId: null,
  reportingDuties: [yearlyReport],
  targets: [fiveBrands],
  budget,
  ...overrides,
});

const issued = (data: Partial<PlanIssued['data']> = {}): PlanIssued => ({
  type: 'PlanIssued',
  data: {
    planId: 'ha-nam.kh-1234',
    provinceId: 'ha-nam',
    number: '1234/KH-UBND',
    title: 'Kế hoạch thực hiện Chương trình phát triển tài sản trí tuệ',
    issuerUnitId: 'ha-nam.ubnd-tinh',
    issuedOn: { value: '2020-07', precision: 'MONTH' },
    implements: ['1068/QĐ-TTg'],
    parentPlanId: null,
    reportingDuties: [yearlyReport],
    targets: [fiveBrands],
    budget,
    ...data,
  },
});

const given = (...events: PlanEvent[]) => deciderSpec(planDecider).given(events);
const haNamSpec = deciderSpec(planDecider, provinceContext('ha-nam'));

describe('plan decider: IssuePlan', () => {
  it('issues a plan with its duties, targets and budget, normalizing its wording', () =>
    given()
      .when(
        issue({
          number: ' 1234/KH-UBND ',
          title: 'Kế hoạch  thực hiện Chương trình\nphát triển tài sản trí tuệ',
          implements: ['  1068/QĐ-TTg'.normalize('NFD')],
        }),
      )
      .then([issued()]));

  it('keeps a blank number ("Số: /KH-KHCN") as null', () => {
    given()
      .when(issue({ number: '   ' }))
      .then([issued({ number: null })]);
    given()
      .when(issue({ number: null }))
      .then([issued({ number: null })]);
  });

  it('issues a plan without a budget', () =>
    given()
      .when(issue({ budget: null }))
      .then([issued({ budget: null })]));

  it('issues a department plan that carries out only its parent plan', () =>
    given()
      .when(issue({ planId: 'ha-nam.so-khcn.kh-88', implements: [], parentPlanId: 'ha-nam.kh-1234' }))
      .then([issued({ planId: 'ha-nam.so-khcn.kh-88', implements: [], parentPlanId: 'ha-nam.kh-1234' })]));

  it('lets a provincial system issue a plan of its own province', () => haNamSpec.given([]).when(issue()).then([issued()]));

  it("forbids a provincial system to issue another province's plan", () =>
    haNamSpec
      .given([])
      .when(issue({ planId: 'nam-dinh.kh-9', provinceId: 'nam-dinh' }))
      .thenThrows('FORBIDDEN', /a system of ha-nam may only issue plans of its own province/, 'provinceId'));

  it('refuses to issue a plan twice', () =>
    given(issued())
      .when(issue())
      .thenThrows('ALREADY_EXISTS', /plan ha-nam\.kh-1234 is already issued/, 'id'));

  it('refuses a plan that carries out no directive and has no parent plan', () =>
    given()
      .when(issue({ implements: [], parentPlanId: null }))
      .thenThrows('INVALID_INPUT', /at least one directive or a parent plan/, 'implements'));

  it('refuses a plan id that is not a slug', () =>
    given()
      .when(issue({ planId: 'KH 1234' }))
      .thenThrows('INVALID_INPUT', /not an identifier/, 'id'));

  it('refuses a blank directive reference, naming its position', () =>
    given()
      .when(issue({ implements: ['696/QĐ-TTg', '  '] }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'implements[1]'));

  it('refuses a blank title', () =>
    given()
      .when(issue({ title: ' ' }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'title'));

  it('refuses an issuing unit id that is not a slug', () =>
    given()
      .when(issue({ issuerUnitId: 'UBND tỉnh' }))
      .thenThrows('INVALID_INPUT', /not an identifier/, 'issuerUnitId'));

  it('refuses an invalid reporting duty, naming which one', () =>
    given()
      .when(issue({ reportingDuties: [yearlyReport, { ...yearlyReport, id: 'bao-cao-quy', dueMonth: 13 }] }))
      .thenThrows('INVALID_INPUT', /month 13 does not exist/, 'reportingDuties[1].dueMonth'));

  it('refuses an invalid target, naming which one', () =>
    given()
      .when(issue({ targets: [{ ...fiveBrands, max: null }] }))
      .thenThrows('INVALID_INPUT', /RANGE target needs both min and max/, 'targets[0].kind'));

  it('refuses a budget whose parts do not add up to its total', () =>
    given()
      .when(issue({ budget: { ...budget, total: 4_600 } }))
      .thenThrows('RULE_VIOLATED', /parts add up to 4500, not the total 4600/, 'budget.parts'));

  it('refuses a negative budget', () =>
    given()
      .when(issue({ budget: { ...budget, total: -1, parts: [] } }))
      .thenThrows('INVALID_INPUT', /cannot be negative/, 'budget.total'));
});

const growth: Target = {
  id: 'tang-truong',
  indicator: 'doanh thu KH&CN',
  kind: 'GROWTH_RATE',
  min: 3,
  max: null,
  unit: '%/năm',
  horizon: '2025',
  text: 'tăng trung bình 3%/năm',
};
const withTwoTargets = issued({ targets: [fiveBrands, growth] });
const report = (overrides: Partial<ReportPlanTargetValues> = {}): ReportPlanTargetValues => ({
  type: 'ReportPlanTargetValues',
  planId: 'ha-nam.kh-1234',
  reportId: 'bao-cao-2023',
  unitId: 'ha-nam.so-khcn',
  values: [{ targetId: 'nhan-hieu', value: 12 }],
  summary: ' Báo cáo  năm 2023 ',
  ...overrides,
});
const reported = (data: Partial<PlanTargetValuesReported['data']> = {}): PlanTargetValuesReported => ({
  type: 'PlanTargetValuesReported',
  data: {
    planId: 'ha-nam.kh-1234',
    reportId: 'bao-cao-2023',
    unitId: 'ha-nam.so-khcn',
    values: [{ targetId: 'nhan-hieu', value: 12 }],
    summary: 'Báo cáo năm 2023',
    ...data,
  },
});

describe('plan decider: ReportPlanTargetValues', () => {
  it("records values for the plan's own targets, several at once, one of them negative (a growth rate can fall)", () =>
    given(withTwoTargets)
      .when(
        report({
          values: [
            { targetId: 'nhan-hieu', value: 12 },
            { targetId: 'tang-truong', value: -0.5 },
          ],
        }),
      )
      .then([
        reported({
          values: [
            { targetId: 'nhan-hieu', value: 12 },
            { targetId: 'tang-truong', value: -0.5 },
          ],
        }),
      ]));

  it('records a later report on the same target: values are superseded, never rewritten', () =>
    given(withTwoTargets, reported())
      .when(report({ reportId: 'bao-cao-2024', values: [{ targetId: 'nhan-hieu', value: 16 }], summary: null }))
      .then([reported({ reportId: 'bao-cao-2024', values: [{ targetId: 'nhan-hieu', value: 16 }], summary: null })]));

  it('lets a provincial system report on its own plan', () => haNamSpec.given([issued()]).when(report()).then([reported()]));

  it("forbids a provincial system to report on another province's plan", () =>
    deciderSpec(planDecider, provinceContext('bac-kan'))
      .given([issued()])
      .when(report())
      .thenThrows('FORBIDDEN', /belongs to ha-nam, not to bac-kan/, 'planId'));

  it('refuses a report on a plan that is not issued', () =>
    given()
      .when(report())
      .thenThrows('NOT_FOUND', /plan ha-nam\.kh-1234 is not issued/, 'planId'));

  it('refuses a target the plan does not set, naming its position', () =>
    given(withTwoTargets)
      .when(
        report({
          values: [
            { targetId: 'tang-truong', value: 4 },
            { targetId: 'mo-hinh', value: 2 },
          ],
        }),
      )
      .thenThrows('INVALID_INPUT', /plan ha-nam\.kh-1234 has no target mo-hinh/, 'values[1].targetId'));

  it('refuses a value that is not a number', () =>
    given(issued())
      .when(report({ values: [{ targetId: 'nhan-hieu', value: Number.NaN }] }))
      .thenThrows('INVALID_INPUT', /must be a number/, 'values[0].value'));

  it('refuses the same target twice in one report', () =>
    given(issued())
      .when(
        report({
          values: [
            { targetId: 'nhan-hieu', value: 12 },
            { targetId: 'nhan-hieu', value: 13 },
          ],
        }),
      )
      .thenThrows('INVALID_INPUT', /same target twice/, 'values'));

  it('refuses a report without values', () =>
    given(issued())
      .when(report({ values: [] }))
      .thenThrows('INVALID_INPUT', /at least one value/, 'values'));

  it('refuses a report id already recorded on the plan', () =>
    given(issued(), reported())
      .when(report({ values: [{ targetId: 'nhan-hieu', value: 14 }] }))
      .thenThrows('ALREADY_EXISTS', /report bao-cao-2023 is already recorded/, 'reportId'));
});

describe('plan decider: CorrectPlanTargetValues', () => {
  // Sở NN&PTNT reported 12 brands and 2.5% growth for 2023; 12 was wrong: 11 brands were protected.
  const reportedBoth = reported({
    unitId: 'ha-nam.so-nn-ptnt',
    values: [
      { targetId: 'nhan-hieu', value: 12 },
      { targetId: 'tang-truong', value: 2.5 },
    ],
  });
  const correct = (overrides: Partial<CorrectPlanTargetValues> = {}): CorrectPlanTargetValues => ({
    type: 'CorrectPlanTargetValues',
    planId: 'ha-nam.kh-1234',
    reportId: 'bao-cao-2023',
    values: [{ targetId: 'nhan-hieu', value: 11 }],
    summary: ' Báo cáo  năm 2023 (đính chính) ',
    reason: ' Tính nhầm  một nhãn hiệu chưa được cấp văn bằng ',
    ...overrides,
  });
  const corrected = (data: Partial<PlanTargetValuesCorrected['data']> = {}): PlanTargetValuesCorrected => ({
    type: 'PlanTargetValuesCorrected',
    data: {
      planId: 'ha-nam.kh-1234',
      correctsReportId: 'bao-cao-2023',
      unitId: 'ha-nam.so-nn-ptnt',
      values: [{ targetId: 'nhan-hieu', value: 11 }],
      summary: 'Báo cáo năm 2023 (đính chính)',
      reason: 'Tính nhầm một nhãn hiệu chưa được cấp văn bằng',
      ...data,
    },
  });

  it('records a new event naming the report it corrects, with the unit that made the report, its wording normalized', () =>
    given(withTwoTargets, reportedBoth).when(correct()).then([corrected()]));

  it('restates several of the values the report gave, and keeps a blank summary as null', () =>
    given(withTwoTargets, reportedBoth)
      .when(
        correct({
          values: [
            { targetId: 'tang-truong', value: 2.8 },
            { targetId: 'nhan-hieu', value: 11 },
          ],
          summary: ' ',
        }),
      )
      .then([
        corrected({
          values: [
            { targetId: 'tang-truong', value: 2.8 },
            { targetId: 'nhan-hieu', value: 11 },
          ],
          summary: null,
        }),
      ]));

  it('corrects a report again, and one that a later report superseded', () =>
    given(withTwoTargets, reportedBoth, corrected(), reported({ reportId: 'bao-cao-2024', values: [{ targetId: 'nhan-hieu', value: 16 }] }))
      .when(correct({ values: [{ targetId: 'nhan-hieu', value: 10 }] }))
      .then([corrected({ values: [{ targetId: 'nhan-hieu', value: 10 }] })]));

  it('lets a provincial system correct a report on its own plan', () =>
    haNamSpec.given([withTwoTargets, reportedBoth]).when(correct()).then([corrected()]));

  it("forbids a provincial system to correct a report on another province's plan", () =>
    deciderSpec(planDecider, provinceContext('bac-kan'))
      .given([withTwoTargets, reportedBoth])
      .when(correct())
      .thenThrows('FORBIDDEN', /belongs to ha-nam, not to bac-kan/, 'planId'));

  it('refuses a correction on a plan that is not issued', () =>
    given()
      .when(correct())
      .thenThrows('NOT_FOUND', /plan ha-nam\.kh-1234 is not issued/, 'planId'));

  it('refuses a report that is not recorded on the plan', () =>
    given(withTwoTargets, reportedBoth)
      .when(correct({ reportId: 'bao-cao-2022' }))
      .thenThrows('NOT_FOUND', /report bao-cao-2022 is not recorded on plan ha-nam\.kh-1234: nothing to correct/, 'reportId'));

  it('refuses a value for a target the report gave no value for: that is a new report', () =>
    given(withTwoTargets, reported())
      .when(
        correct({
          values: [
            { targetId: 'nhan-hieu', value: 11 },
            { targetId: 'tang-truong', value: 2.8 },
          ],
        }),
      )
      .thenThrows(
        'INVALID_INPUT',
        /report bao-cao-2023 gave no value for target tang-truong: .* a new report, not a correction/,
        'values[1].targetId',
      ));

  it('refuses a target the plan does not set, a value that is not a number, or two for one target', () => {
    given(withTwoTargets, reportedBoth)
      .when(correct({ values: [{ targetId: 'mo-hinh', value: 1 }] }))
      .thenThrows('INVALID_INPUT', /plan ha-nam\.kh-1234 has no target mo-hinh/, 'values[0].targetId');
    given(withTwoTargets, reportedBoth)
      .when(correct({ values: [{ targetId: 'nhan-hieu', value: Number.NaN }] }))
      .thenThrows('INVALID_INPUT', /must be a number/, 'values[0].value');
    given(withTwoTargets, reportedBoth)
      .when(
        correct({
          values: [
            { targetId: 'nhan-hieu', value: 11 },
            { targetId: 'nhan-hieu', value: 10 },
          ],
        }),
      )
      .thenThrows('INVALID_INPUT', /same target twice/, 'values');
  });

  it('refuses a correction without values', () =>
    given(withTwoTargets, reportedBoth)
      .when(correct({ values: [] }))
      .thenThrows('INVALID_INPUT', /at least one value/, 'values'));

  it('refuses a correction without a reason', () =>
    given(withTwoTargets, reportedBoth)
      .when(correct({ reason: '  ' }))
      .thenThrows('INVALID_INPUT', /must not be blank/, 'reason'));
});
