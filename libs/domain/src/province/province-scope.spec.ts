import {
  requireDirectiveInScope,
  requireOwnedBy,
  requireOwnNamespace,
  requireProvincialDocument,
  requireUnitInScope,
} from './province-scope.js';

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    const { code, field } = error as { code: string; field: string };
    return { code, field };
  }
  return 'accepted';
};

describe("a province's scope", () => {
  it('creates ids only under its own prefix', () => {
    expect(refusal(() => requireOwnNamespace('ha-nam.kh-1', 'ha-nam', 'id'))).toBe('accepted');
    expect(refusal(() => requireOwnNamespace('bac-giang.kh-1', 'ha-nam', 'id'))).toEqual({ code: 'FORBIDDEN', field: 'id' });
    // A prefix of the province's name is not its namespace.
    expect(refusal(() => requireOwnNamespace('ha-nam-moi.kh-1', 'ha-nam', 'id'))).toEqual({ code: 'FORBIDDEN', field: 'id' });
    expect(refusal(() => requireOwnNamespace('ha-nam', 'ha-nam', 'unitId'))).toEqual({ code: 'FORBIDDEN', field: 'unitId' });
  });

  it('names its own units anywhere, national bodies only as partners, other provinces’ units nowhere', () => {
    expect(refusal(() => requireUnitInScope('ha-nam.so-khcn', 'ha-nam', 'ha-nam', 'OWN', 'leadUnitIds'))).toBe('accepted');
    expect(refusal(() => requireUnitInScope('bo-khcn', null, 'ha-nam', 'PARTNER', 'coordinatorUnitIds'))).toBe('accepted');
    expect(refusal(() => requireUnitInScope('bo-khcn', null, 'ha-nam', 'OWN', 'leadUnitIds'))).toEqual({
      code: 'FORBIDDEN',
      field: 'leadUnitIds',
    });
    expect(refusal(() => requireUnitInScope('bac-giang.so-khcn', 'bac-giang', 'ha-nam', 'PARTNER', 'coordinatorUnitIds'))).toEqual({
      code: 'FORBIDDEN',
      field: 'coordinatorUnitIds',
    });
  });

  it('acts on what it owns, and implements national documents or its own', () => {
    expect(refusal(() => requireOwnedBy('plan p', 'ha-nam', 'ha-nam', 'planId'))).toBe('accepted');
    expect(refusal(() => requireOwnedBy('plan p', 'bac-giang', 'ha-nam', 'planId'))).toEqual({ code: 'FORBIDDEN', field: 'planId' });
    expect(refusal(() => requireDirectiveInScope('696/QĐ-TTg', null, 'ha-nam', 'implements'))).toBe('accepted');
    expect(refusal(() => requireDirectiveInScope('185/TB-UBND', 'bac-giang', 'ha-nam', 'implements'))).toEqual({
      code: 'FORBIDDEN',
      field: 'implements',
    });
  });

  it('registers provincial documents of its own province, never a national one', () => {
    const document =
      (directiveId: string, issuer: string, provinceId: string | null = 'ha-nam') =>
      () =>
        requireProvincialDocument({ directiveId, issuer, provinceId }, 'ha-nam');
    expect(refusal(document('185/TB-UBND', 'UBND tỉnh Hà Nam'))).toBe('accepted');
    expect(refusal(document('41/KH-KHCN', 'Sở Khoa học và Công nghệ'))).toBe('accepted');
    expect(refusal(document('12/2021/NQ-HĐND', 'Hội đồng nhân dân tỉnh Hà Nam'))).toBe('accepted');
    expect(refusal(document('15/TB-UBND', 'UBND tỉnh Bắc Giang', 'bac-giang'))).toEqual({ code: 'FORBIDDEN', field: 'provinceId' });
    expect(refusal(document('999/QĐ-TTg', 'Thủ tướng Chính phủ', null))).toEqual({ code: 'FORBIDDEN', field: 'provinceId' });
    for (const number of [
      '999/QĐ-TTg',
      '999/QD-TTG',
      '46/NQ-CP',
      '20-NQ/TW',
      '50-KL/TW',
      '202/2025/QH15',
      '01/2020/TT-BKHCN',
      '09/2019/NĐ-CP',
    ]) {
      expect({ number, refused: refusal(document(number, 'UBND tỉnh Hà Nam')) }).toEqual({
        number,
        refused: { code: 'FORBIDDEN', field: 'id' },
      });
    }
    for (const issuer of ['Thủ tướng Chính phủ', 'Chính phủ', 'Ban Bí thư', 'Bộ Khoa học và Công nghệ', 'Quốc hội']) {
      expect({ issuer, refused: refusal(document('7/QĐ', issuer)) }).toEqual({ issuer, refused: { code: 'FORBIDDEN', field: 'issuer' } });
    }
  });
});
