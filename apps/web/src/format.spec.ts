import { date, endOfVietnamDay, fold, num, parseDay, partialDate, pct } from './format';
import { toCsv } from './export';
import { lagBars, rowsWithPlans, type Row } from './comparison';
import { claimsOf } from './session';

describe('what the web app writes as Vietnamese read it', () => {
  it('writes numbers the Vietnamese way and rates as percentages', () => {
    expect(num(1634630.14)).toBe('1.634.630,14');
    expect(num(null)).toBe('—');
    expect(pct(0.5)).toBe('50%');
  });

  it('writes days dd/mm/yyyy in Vietnam time, whatever the zone of the moment given', () => {
    expect(date('2020-09-16')).toBe('16/09/2020');
    expect(date('2020-09-15T17:00:00.000Z')).toBe('16/09/2020');
    expect(partialDate({ value: '2020-05', precision: 'MONTH' })).toBe('05/2020');
    expect(endOfVietnamDay('2020-06-30')).toBe('2020-06-30T16:59:59.999Z');
  });

  it('finds text typed without diacritics', () => {
    expect(fold('Quyết định 696/QĐ-TTg về Hà Nam')).toBe('quyet dinh 696/qd-ttg ve ha nam');
  });

  it('reads a day typed dd/mm/yyyy, and refuses one that does not exist', () => {
    expect(parseDay('1/7/2025')).toBe('2025-07-01');
    expect(parseDay('31/02/2025')).toBeUndefined();
    expect(parseDay('2025-07-01')).toBeUndefined();
    expect(parseDay('  ')).toBeNull();
  });
});

describe('the CSV download', () => {
  it('quotes what would split a cell and keeps a formula as text', () => {
    const csv = toCsv([
      ['Tỉnh', 'Ghi chú'],
      ['Hà Nam', '=HYPERLINK("x")'],
      ['Bắc Giang', 'a, "b"'],
    ]);
    expect(csv).toBe('\ufeffTỉnh,Ghi chú\r\nHà Nam,"\'=HYPERLINK(""x"")"\r\nBắc Giang,"a, ""b"""\r\n');
  });
});

const row = (id: string, lag: [number | null, number | null, number | null], tasks = 1): Row => ({
  province: { id, name: id },
  plans: null,
  planLagDays: lag[0],
  planLagMinDays: lag[1],
  planLagMaxDays: lag[2],
  tasks,
  notStarted: 0,
  countedInCoverage: true,
  summary: { completedOnTime: 0, completedLate: 0, notCompletedWithinDeadline: 0, notCompletedOverdue: 0, cancelled: 0 },
  expectedReports: 0,
  receivedReports: 0,
  receivedReportsOnTime: 0,
  reportingRate: null,
  reportingOnTimeRate: null,
  targets: 0,
  targetsAttained: 0,
  targetAttainmentRate: null,
});

describe('the comparison on screen', () => {
  it('shows provinces with a plan, the quickest first, with their plans once those arrive', () => {
    const rows = [row('b', [114, 114, 114]), row('none', [null, null, null], 0), row('a', [null, -17, 13])];
    expect(rowsWithPlans(rows, null).map((r) => [r.province.id, r.plans])).toEqual([
      ['a', null],
      ['b', null],
    ]);
    const plans = {
      compareProvinces: {
        rows: [
          { province: { id: 'b' }, plans: [{ id: 'p', number: '2811/KH-UBND', issuedOn: { value: '2020-09-16', precision: 'DAY' } }] },
        ],
      },
    };
    expect(rowsWithPlans(rows, plans).map((r) => r.plans?.length)).toEqual([0, 1]);
  });

  it('draws an exact lag from zero, and a month-dated plan as its range', () => {
    expect(lagBars([row('b', [114, 114, 114]), row('a', [null, -17, 13])])).toEqual([
      { province: 'b', exact: true, span: [0, 114] },
      { province: 'a', exact: false, span: [-17, 13] },
    ]);
  });
});

describe('the signed-in token, read for display', () => {
  const token = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

  it('reads a development token, and a provider token by its configured claims', () => {
    expect(claimsOf(token({ sub: 'province:ha-nam', role: 'PROVINCE', province: 'ha-nam' }))).toMatchObject({
      role: 'PROVINCE',
      province: 'ha-nam',
    });
    const names = { role: 'realm_access.roles', province: 'province' };
    expect(claimsOf(token({ sub: 'u', realm_access: { roles: ['offline_access', 'auditor'] } }), names)).toMatchObject({
      role: 'AUDITOR',
      province: null,
    });
  });

  it('refuses a token naming no platform role, or two', () => {
    expect(claimsOf(token({ sub: 'u', roles: ['ANALYST', 'AUDITOR'] }), { role: 'roles', province: 'p' })).toBeNull();
    expect(claimsOf('not-a-token')).toBeNull();
  });
});
