import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const UNIT_FIELDS =
  'id name names { name from legalBasis } end endedOn dissolvedOn endLegalBasis successor { id } successors { id } predecessors { id } awaitingReassignment';
const MERGE = `mutation M($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { ${UNIT_FIELDS} } }`;
const RENAME = `mutation R($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { ${UNIT_FIELDS} } }`;
const REGISTER = `mutation G($input: RegisterOrgUnitInput!) { registerOrgUnit(input: $input) { id name province { id } } }`;
const DISSOLVE = `mutation D($input: DissolveOrgUnitInput!) { dissolveOrgUnit(input: $input) { ${UNIT_FIELDS} } }`;
const REPORT = `mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) { id unit { id } } }`;
const COMPARE = `query C($d: ID!, $asOf: DateTime) { compareProvinces(directive: $d, asOf: $asOf) { rows { province { id } expectedReports receivedReports receivedReportsOnTime reportingRate } } }`;
const BASIS = 'Nghị định 45/2025/NĐ-CP';
const reporter = { name: 'Nguyễn Văn A', role: 'Giám đốc' };

/**
 * Hà Nam's Sở KH&ĐT owes quarterly reports (by the 15th of a quarter's last month) under a plan of
 * 01/10/2024; it merged into Sở Tài chính on 01/03/2025 (and Hà Nam itself into Ninh Bình on 01/07/2025).
 */
describe('units that change, over HTTP', () => {
  let platform: RunningPlatform;
  let admin: string;
  let haNam: string;
  let bacKan: string;
  const directive = '9001/QĐ-TTg';
  const taskId = 'ha-nam.e2e-khdt.nv-1';

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await platform.token('ADMIN');
    haNam = await platform.token('PROVINCE', 'ha-nam');
    bacKan = await platform.token('PROVINCE', 'bac-kan');
    const setup: [string, Record<string, unknown>, string][] = [
      [
        'mutation D($input: RegisterDirectiveInput!) { registerDirective(input: $input) { id } }',
        { input: { id: directive, kind: 'Quyết định', title: 'thử nghiệm', issuer: 'Thủ tướng', issuedOn: '2024-09-01' } },
        admin,
      ],
      [
        'mutation P($input: IssuePlanInput!) { issuePlan(input: $input) { id } }',
        {
          input: {
            id: 'ha-nam.e2e-khdt',
            province: 'ha-nam',
            title: 'Kế hoạch thử nghiệm',
            issuerUnitId: 'ha-nam.ubnd-tinh',
            issuedOn: '2024-10-01',
            implements: [directive],
            reportingDuties: [
              {
                id: 'quy',
                reporterUnitIds: ['ha-nam.so-khdt'],
                recipient: 'UBND tỉnh',
                recipientUnitId: 'ha-nam.ubnd-tinh',
                frequency: 'QUARTERLY',
                dueDay: 15,
                text: 'hằng quý',
              },
            ],
          },
        },
        haNam,
      ],
      [
        'mutation T($input: DefineTaskInput!) { defineTask(input: $input) { id } }',
        { input: { id: taskId, planId: 'ha-nam.e2e-khdt', title: 'Nhiệm vụ', occurredAt: '2024-10-02T02:00:00Z' } },
        haNam,
      ],
      [
        'mutation A($input: AssignTaskInput!) { assignTask(input: $input) { id } }',
        { input: { taskId, leadUnitIds: ['ha-nam.so-khdt'], assignedBy: reporter, occurredAt: '2024-10-02T03:00:00Z' } },
        haNam,
      ],
      [
        REPORT,
        {
          input: {
            taskId,
            reportId: 'q4-2024',
            unitId: 'ha-nam.so-khdt',
            percentComplete: 20,
            reportedBy: reporter,
            occurredAt: '2024-12-10T02:00:00Z',
          },
        },
        haNam,
      ],
    ];
    for (const [query, variables, token] of setup) expect((await platform.gql(query, variables, token)).errors).toBeUndefined();
  });
  afterAll(() => platform.stop());

  it('lets a province register its own unit and refuses it another province’s', async () => {
    const own = await platform.gql(
      REGISTER,
      { input: { id: 'ha-nam.trung-tam-e2e', name: 'Trung tâm thử nghiệm', kind: 'AGENCY', province: 'ha-nam' } },
      haNam,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.registerOrgUnit).toEqual({ id: 'ha-nam.trung-tam-e2e', name: 'Trung tâm thử nghiệm', province: { id: 'ha-nam' } });
    const other = await platform.gql(
      REGISTER,
      { input: { id: 'ha-nam.trung-tam-e2e-2', name: 'X', kind: 'AGENCY', province: 'ha-nam' } },
      bacKan,
    );
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'provinceId' });
    const rename = await platform.gql(RENAME, { input: { unitId: 'ha-nam.so-khcn', name: 'X', effectiveOn: '2025-03-01' } }, bacKan);
    expect(rename.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
  });

  it('refuses a merger and a dissolution to a province, even of its own units', async () => {
    const merge = await platform.gql(
      MERGE,
      { input: { unitIds: ['ha-nam.so-khdt'], successorUnitId: 'ha-nam.so-tai-chinh', effectiveOn: '2025-03-01', legalBasis: BASIS } },
      haNam,
    );
    expect(merge.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/may not use mergeOrgUnits/),
    });
    const dissolve = await platform.gql(
      DISSOLVE,
      { input: { unitId: 'ha-nam.so-khdt', effectiveOn: '2025-03-01', legalBasis: BASIS } },
      haNam,
    );
    expect(dissolve.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("passes a merged unit's duty and task to its successor: the successor's report counts for it", async () => {
    const merged = await platform.gql(
      MERGE,
      { input: { unitIds: ['ha-nam.so-khdt'], successorUnitId: 'ha-nam.so-tai-chinh', effectiveOn: '2025-03-01', legalBasis: BASIS } },
      admin,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeOrgUnits).toMatchObject({ id: 'ha-nam.so-tai-chinh', predecessors: [{ id: 'ha-nam.so-khdt' }], end: null });

    const late = await platform.gql(
      REPORT,
      { input: { taskId, reportId: 'old-name', unitId: 'ha-nam.so-khdt', reportedBy: reporter, occurredAt: '2025-05-01T02:00:00Z' } },
      haNam,
    );
    expect(late.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATED', field: 'unitId' });
    expect(late.errors![0].message).toMatch(/merged into ha-nam\.so-tai-chinh on 2025-03-01/);

    const bySuccessor = await platform.gql(
      REPORT,
      {
        input: {
          taskId,
          reportId: 'q2-2025',
          unitId: 'ha-nam.so-tai-chinh',
          percentComplete: 60,
          reportedBy: reporter,
          occurredAt: '2025-05-01T02:00:00Z',
        },
      },
      haNam,
    );
    expect(bySuccessor.errors).toBeUndefined();

    // Q4 2024, Q1 and Q2 2025 are due (Q3's due day comes after Hà Nam merged into Ninh Bình):
    // Sở KH&ĐT's own Q4 report and Sở Tài chính's Q2 report are received; Q1 is missing.
    const compared = await platform.gql(COMPARE, { d: directive, asOf: '2025-12-31T00:00:00Z' }, admin);
    expect(compared.errors).toBeUndefined();
    expect(compared.data!.compareProvinces.rows.find((r: { province: { id: string } }) => r.province.id === 'ha-nam')).toMatchObject({
      expectedReports: 3,
      receivedReports: 2,
      receivedReportsOnTime: 2,
    });

    const unit = await platform.gql(
      `{ task(id: "${taskId}") { currentLeadUnits { id } before: currentLeadUnits(asOf: "2025-02-01T00:00:00Z") { id } assignments { unit { id ${UNIT_FIELDS} } } plan { reportingDuties { currentReporters { id } } } } }`,
      {},
      admin,
    );
    expect(unit.errors).toBeUndefined();
    expect(unit.data!.task).toMatchObject({
      currentLeadUnits: [{ id: 'ha-nam.so-tai-chinh' }],
      before: [{ id: 'ha-nam.so-khdt' }],
      assignments: [
        {
          unit: {
            id: 'ha-nam.so-khdt',
            end: 'MERGED',
            endedOn: '2025-03-01',
            endLegalBasis: BASIS,
            successor: { id: 'ha-nam.so-tai-chinh' },
            dissolvedOn: null,
          },
        },
      ],
      plan: { reportingDuties: [{ currentReporters: [{ id: 'ha-nam.so-tai-chinh' }] }] },
    });
  });

  it('renames a unit, keeping its id, and dissolves one', async () => {
    const renamed = await platform.gql(
      RENAME,
      { input: { unitId: 'ha-nam.trung-tam-e2e', name: 'Trung tâm đổi tên', effectiveOn: '2025-01-01', legalBasis: 'QĐ 1/QĐ-UBND' } },
      haNam,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameOrgUnit).toMatchObject({
      id: 'ha-nam.trung-tam-e2e',
      name: 'Trung tâm đổi tên',
      names: [
        { name: 'Trung tâm thử nghiệm', from: null },
        { name: 'Trung tâm đổi tên', from: '2025-01-01', legalBasis: 'QĐ 1/QĐ-UBND' },
      ],
    });
    const dissolved = await platform.gql(
      DISSOLVE,
      { input: { unitId: 'ha-nam.trung-tam-e2e', effectiveOn: '2025-06-01', legalBasis: BASIS } },
      admin,
    );
    expect(dissolved.data!.dissolveOrgUnit).toMatchObject({ end: 'DISSOLVED', dissolvedOn: '2025-06-01', successor: null, successors: [] });
  });
});
