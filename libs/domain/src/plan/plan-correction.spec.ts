import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import { correctPlan, type PlanCorrected } from './plan-correction.js';
import { planDecider, type IssuePlan, type PlanEvent, type PlanIssued } from './plan.decider.js';

const planId = 'bac-giang.kh-khcn-2021-2025';
const signer = { id: 'nguyen-thanh-binh', name: 'Nguyễn Thanh Bình', role: 'Giám đốc Sở KH&CN', unitId: 'bac-giang.so-khcn' };
const issuedData: PlanIssued['data'] = {
  planId,
  provinceId: 'bac-giang',
  number: null,
  title: 'Phát triển kinh tế - xã hội 5 năm, giai đoạn 2021 – 2025',
  issuerUnitId: 'bac-giang.so-khcn',
  issuedOn: { value: '2020-07', precision: 'MONTH' },
  implements: ['46/NQ-CP'],
  cites: ['696/QĐ-TTg'],
  parentPlanId: null,
  reportingDuties: [],
  targets: [],
  budget: null,
};
// As the runner folds it: a stored event, with the signer as its actor.
const issued = { type: 'PlanIssued', data: issuedData, actor: signer } as PlanIssued;
const reason = 'Văn bản gốc ghi ngày 15/7/2020';
const correct = (changes: Parameters<typeof correctPlan>[0]['changes'], why = reason) => correctPlan({ planId, changes, reason: why });
const corrected = (fields: PlanCorrected['data']['fields']): PlanCorrected => ({ type: 'PlanCorrected', data: { planId, fields, reason } });

const given = (...events: PlanEvent[]) => deciderSpec(planDecider).given(events);

describe('plan decider: CorrectPlan', () => {
  it('names each field it sets right with its previous and new value, and why', () =>
    given(issued)
      .when(correct({ issuedOn: { value: '2020-07-15', precision: 'DAY' }, number: '120/KH-KHCN', title: issuedData.title }))
      .then([
        corrected([
          { field: 'issuedOn', previous: { value: '2020-07', precision: 'MONTH' }, value: { value: '2020-07-15', precision: 'DAY' } },
          { field: 'number', previous: null, value: '120/KH-KHCN' },
        ]),
      ]));

  it("corrects what the plan implements and cites, and the signer (the issue event's actor)", () =>
    given(issued)
      .when(correct({ implements: ['46/NQ-CP', '696/QĐ-TTg'], cites: [], signedBy: { ...signer, id: 'le-van-a', name: 'Lê Văn A' } }))
      .then([
        corrected([
          { field: 'implements', previous: ['46/NQ-CP'], value: ['46/NQ-CP', '696/QĐ-TTg'] },
          { field: 'cites', previous: ['696/QĐ-TTg'], value: [] },
          { field: 'signedBy', previous: signer, value: { ...signer, id: 'le-van-a', name: 'Lê Văn A' } },
        ]),
      ]));

  it('takes the previous values from the record as already corrected', () =>
    given(issued, corrected([{ field: 'number', previous: null, value: '120/KH-KHCN' }]))
      .when(correct({ number: '121/KH-KHCN' }))
      .then([corrected([{ field: 'number', previous: '120/KH-KHCN', value: '121/KH-KHCN' }])]));

  it('refuses a correction that changes nothing (a list compared as a set)', () => {
    given(issued)
      .when(correct({ title: issuedData.title }))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
    given(issued)
      .when(correct({}))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
    given(issued)
      .when(correct({ implements: ['46/NQ-CP'], cites: ['696/QĐ-TTg'] }))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
  });

  it("compares values whatever the order of their keys: a stored event has them in the store's canonical order", () => {
    const stored = { ...issued, data: { ...issuedData, issuedOn: { precision: 'MONTH', value: '2020-07' } } } as PlanIssued;
    given(stored)
      .when(correct({ issuedOn: { value: '2020-07', precision: 'MONTH' } }))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
    const { id, name, role, unitId } = signer;
    given(stored)
      .when(correct({ signedBy: { unitId, role, name, id } }))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
  });

  it('refuses a field no correction may set', () =>
    given(issued)
      .when(correct({ budget: null } as never))
      .thenThrows('INVALID_INPUT', /no field "budget"/, 'budget'));

  it("refuses to correct a plan's id or province: another plan is another record", () => {
    given(issued)
      .when(correct({ id: 'bac-giang.kh-khac' } as never))
      .thenThrows('RULE_VIOLATED', /id never changes/, 'id');
    given(issued)
      .when(correct({ provinceId: 'ha-nam' } as never))
      .thenThrows('RULE_VIOLATED', /province never changes/, 'provinceId');
  });

  it('refuses a correction without a reason', () =>
    given(issued)
      .when(correct({ number: '120/KH-KHCN' }, '  '))
      .thenThrows('INVALID_INPUT', /blank/, 'reason'));

  it('refuses a directive both implemented and cited, and a plan left carrying out nothing', () => {
    given(issued)
      .when(correct({ cites: ['46/NQ-CP'] }))
      .thenThrows('INVALID_INPUT', /implements a directive or only cites it/, 'cites');
    given(issued)
      .when(correct({ implements: [] }))
      .thenThrows('INVALID_INPUT', /carries out at least one/, 'implements');
  });

  it("refuses to correct a plan not issued, and another province's plan", () => {
    given()
      .when(correct({ number: '1/KH' }))
      .thenThrows('NOT_FOUND', /not issued/, 'planId');
    deciderSpec(planDecider, provinceContext('ha-nam'))
      .given([issued])
      .when(correct({ number: '1/KH' }))
      .thenThrows('FORBIDDEN', /belongs to bac-giang/, 'planId');
  });
});

describe('plan decider: implements and cites at issue', () => {
  const issue = (overrides: Partial<IssuePlan>): IssuePlan => ({ type: 'IssuePlan', ...issuedData, ...overrides });

  it('records what the plan only cites apart from what it implements', () =>
    given()
      .when(issue({}))
      .then([{ type: 'PlanIssued', data: issuedData }]));

  it('accepts a plan whose opening states no basis, flagged, and refuses one that names nothing without saying so', () => {
    given()
      .when(issue({ implements: [], cites: ['696/QĐ-TTg', '46/NQ-CP'], statesNoBasis: true }))
      .then([{ type: 'PlanIssued', data: { ...issuedData, implements: [], cites: ['696/QĐ-TTg', '46/NQ-CP'], statesNoBasis: true } }]);
    given()
      .when(issue({ implements: [], cites: ['696/QĐ-TTg'] }))
      .thenThrows('INVALID_INPUT', /statesNoBasis/, 'implements');
    given()
      .when(issue({ statesNoBasis: true }))
      .thenThrows('INVALID_INPUT', /names what it carries out/, 'statesNoBasis');
  });
});
