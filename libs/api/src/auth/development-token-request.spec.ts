import { developmentTokenProblem, seededProvinceIds } from './development-token-request.js';

describe('npm run -s token', () => {
  const provinces = seededProvinceIds();

  it('knows the provinces the seeds register: the 63 before 2025, Huế and the 23 units formed on 1 July 2025', () => {
    expect(provinces).toHaveLength(63 + 1 + 23);
    expect(new Set(provinces).size).toBe(provinces.length);
    expect(provinces).toEqual(
      expect.arrayContaining(['ha-nam', 'ninh-binh', 'thua-thien-hue', 'hue', 'ninh-binh-2025', 'ho-chi-minh-2025']),
    );
  });

  it('prints a token for a known role, with a registered province for PROVINCE', () => {
    expect(developmentTokenProblem('ANALYST', undefined, provinces)).toBeNull();
    expect(developmentTokenProblem('PROVINCE', 'ha-nam', provinces)).toBeNull();
    expect(developmentTokenProblem('PROVINCE', 'ninh-binh-2025', provinces)).toBeNull();
  });

  it('refuses a province that does not exist, or an unknown role, naming the valid ones', () => {
    expect(developmentTokenProblem('PROVINCE', 'atlantis', provinces)).toBe(`unknown province "atlantis": one of ${provinces.join(', ')}`);
    expect(developmentTokenProblem('ROOT', undefined, provinces)).toBe('unknown role "ROOT": one of ANALYST, PROVINCE, AUDITOR, ADMIN');
    expect(developmentTokenProblem(undefined, undefined, provinces)).toMatch(/unknown role ""/);
    expect(developmentTokenProblem('PROVINCE', undefined, provinces)).toMatch(/PROVINCE needs a province id, one of ha-noi, ha-giang, /);
    expect(developmentTokenProblem('ANALYST', 'ha-nam', provinces)).toMatch(/with PROVINCE only/);
  });
});
