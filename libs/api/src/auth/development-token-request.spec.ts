import { developmentTokenProblem, seededProvinceIds } from './development-token-request.js';

describe('npm run -s token', () => {
  const provinces = seededProvinceIds();

  it('knows the provinces the seeds register, the 2025 successors included', () => {
    expect(provinces).toEqual(['bac-kan', 'bac-giang', 'ha-nam', 'bac-ninh', 'thai-nguyen', 'ninh-binh', 'nam-dinh']);
  });

  it('prints a token for a known role, with a registered province for PROVINCE', () => {
    expect(developmentTokenProblem('ANALYST', undefined, provinces)).toBeNull();
    expect(developmentTokenProblem('PROVINCE', 'ha-nam', provinces)).toBeNull();
  });

  it('refuses a province that does not exist, or an unknown role, naming the valid ones', () => {
    expect(developmentTokenProblem('PROVINCE', 'atlantis', provinces)).toBe(`unknown province "atlantis": one of ${provinces.join(', ')}`);
    expect(developmentTokenProblem('ROOT', undefined, provinces)).toBe('unknown role "ROOT": one of ANALYST, PROVINCE, AUDITOR, ADMIN');
    expect(developmentTokenProblem(undefined, undefined, provinces)).toMatch(/unknown role ""/);
    expect(developmentTokenProblem('PROVINCE', undefined, provinces)).toMatch(/PROVINCE needs a province id, one of bac-kan/);
    expect(developmentTokenProblem('ANALYST', 'ha-nam', provinces)).toMatch(/with PROVINCE only/);
  });
});
