import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const COMPARE = `query($d: ID!, $asOf: DateTime, $level: ProvinceLevel) {
  compareProvinces(directive: $d, asOf: $asOf, provinceLevel: $level) {
    provinceLevel coverageRate provincesWithoutPlan { id }
    coverageDenominator { provinces provinceLevel basis existingOn }
    rows { province { id name } memberProvinces { id } countedInCoverage planLagDays }
  }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Comparison = { rows: any[]; provincesWithoutPlan: { id: string }[]; [k: string]: any };

describe('the country and its lineage over HTTP', () => {
  let platform: RunningPlatform;
  let analyst: string;
  const compare = async (d: string, asOf: string, level: 'HISTORICAL' | 'SUCCESSORS') => {
    const result = await platform.gql<{ compareProvinces: Comparison }>(COMPARE, { d, asOf, level }, analyst);
    expect(result.errors).toBeUndefined();
    return result.data!.compareProvinces;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    analyst = await platform.token('ANALYST');
  });
  afterAll(() => platform.stop());

  it('lists the 63 provinces before 2025 and the 34 after, an old and a new one of the same name told apart', async () => {
    const result = await platform.gql(
      `{ provinces { id name statisticalCode establishedOn mergedOn successor { id } predecessors { id } } }`,
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const provinces: { id: string; name: string; mergedOn: string | null }[] = result.data!.provinces;
    const province = (id: string) => provinces.find((p) => p.id === id);
    // 63 + Huế + the 23 formed by merger: the other 10 of the 34 are the records they were.
    expect(provinces).toHaveLength(63 + 1 + 23);
    expect(provinces.filter((p) => p.mergedOn === null)).toHaveLength(34);
    expect(province('ninh-binh')).toEqual({
      id: 'ninh-binh',
      name: 'Ninh Bình (đến 30/6/2025)',
      statisticalCode: '37',
      establishedOn: null,
      mergedOn: '2025-07-01',
      successor: { id: 'ninh-binh-2025' },
      predecessors: [],
    });
    expect(province('ninh-binh-2025')).toEqual({
      id: 'ninh-binh-2025',
      name: 'Ninh Bình (từ 01/7/2025)',
      statisticalCode: null,
      establishedOn: '2025-07-01',
      mergedOn: null,
      successor: null,
      predecessors: [{ id: 'ha-nam' }, { id: 'nam-dinh' }, { id: 'ninh-binh' }],
    });
    expect(province('thua-thien-hue')).toMatchObject({ statisticalCode: '46', mergedOn: '2025-01-01', successor: { id: 'hue' } });
    expect(province('ha-noi')).toMatchObject({ statisticalCode: '01', establishedOn: null, mergedOn: null, predecessors: [] });
  });

  it('measures 696/QĐ-TTg of 2020 against the 63 provinces of 2020, or their 34 successors, before and after 1 July 2025', async () => {
    for (const asOf of ['2025-06-30T00:00:00Z', '2025-07-02T00:00:00Z']) {
      const historical = await compare('696/QĐ-TTg', asOf, 'HISTORICAL');
      expect(historical.coverageDenominator).toEqual({
        provinces: 63,
        provinceLevel: 'HISTORICAL',
        basis: 'EXISTING',
        existingOn: '2020-05-25',
      });
      expect(historical.rows).toHaveLength(63);
      // Only Hà Nam (2811/KH-UBND) has a plan for it: Bắc Giang's 2021–2025 plan only cites it.
      expect(historical.coverageRate).toBe(1 / 63);
      expect(historical.rows.find((r) => r.province.id === 'ninh-binh').province.name).toBe('Ninh Bình (đến 30/6/2025)');
      expect(historical.rows.map((r) => r.province.id)).not.toContain('ninh-binh-2025');

      const successors = await compare('696/QĐ-TTg', asOf, 'SUCCESSORS');
      expect(successors.coverageDenominator).toEqual({
        provinces: 34,
        provinceLevel: 'SUCCESSORS',
        basis: 'EXISTING',
        existingOn: '2020-05-25',
      });
      expect(successors.coverageRate).toBe(1 / 34);
      expect(successors.rows.find((r) => r.province.id === 'ninh-binh-2025')).toMatchObject({
        province: { name: 'Ninh Bình (từ 01/7/2025)' },
        memberProvinces: [{ id: 'ninh-binh-2025' }, { id: 'ha-nam' }, { id: 'nam-dinh' }, { id: 'ninh-binh' }],
        planLagDays: 114,
      });
      expect(successors.rows.find((r) => r.province.id === 'hue')).toMatchObject({
        memberProvinces: [{ id: 'hue' }, { id: 'thua-thien-hue' }],
      });
    }
  });

  it('measures a directive issued after 1 July 2025 against the 34 units that existed then, in both views', async () => {
    const registered = await platform.gql(
      'mutation($i: RegisterDirectiveInput!) { registerDirective(input: $i) { id } }',
      {
        i: { id: '901/QĐ-TTg', kind: 'Quyết định', title: 'Quyết định thử nghiệm', issuer: 'Thủ tướng Chính phủ', issuedOn: '2025-08-15' },
      },
      await platform.token('ADMIN'),
    );
    expect(registered.errors).toBeUndefined();
    for (const level of ['HISTORICAL', 'SUCCESSORS'] as const) {
      const comparison = await compare('901/QĐ-TTg', '2025-12-31T00:00:00Z', level);
      expect(comparison.coverageDenominator).toEqual({ provinces: 34, provinceLevel: level, basis: 'EXISTING', existingOn: '2025-08-15' });
      const ids = comparison.rows.map((r) => r.province.id);
      expect(ids).toEqual(expect.arrayContaining(['ninh-binh-2025', 'hue', 'ha-noi']));
      expect(ids).not.toContain('ha-nam');
      expect(comparison.coverageRate).toBe(0);
    }
  });
});
