import { TEST_UNITS } from '../testing/lists.js';
import { unitMatcher } from './units.js';

describe('matching units as written to the registered ones', () => {
  const units = unitMatcher(TEST_UNITS);

  it('accepts the usual abbreviations and text typed without diacritics', () => {
    expect(units.match('Sở KH&CN')).toBe('tinh-a.so-khcn');
    expect(units.match('Sở KHCN')).toBe('tinh-a.so-khcn');
    expect(units.match('So Khoa hoc va Cong nghe')).toBe('tinh-a.so-khcn');
    expect(units.match('Sở KH&ĐT')).toBe('tinh-a.so-khdt');
    expect(units.match('Sở NN&PTNT')).toBe('tinh-a.so-nnptnt');
    expect(units.match('Sở Công thương')).toBe('tinh-a.so-cong-thuong');
    expect(units.match('Trung tâm Ứng dụng tiến bộ KH&CN')).toBe('tinh-a.so-khcn.tt-udtb');
    expect(units.match('Sở Khoa học và Công nghệ tỉnh Tỉnh A')).toBe('tinh-a.so-khcn');
  });

  it('reads "QL" written for "Quản lý" in an office\'s name', () => {
    const withOffice = unitMatcher([
      ...TEST_UNITS,
      { unitId: 'tinh-a.so-khcn.phong-ql', name: 'Phòng Quản lý chuyên ngành', aliases: [], provinceId: 'tinh-a' },
    ]);
    expect(withOffice.match('Phòng QL chuyên ngành')).toBe('tinh-a.so-khcn.phong-ql');
    expect(withOffice.listAt('Phòng QL chuyên ngành chủ trì', 0).units).toEqual([
      { name: 'Phòng QL chuyên ngành', unitId: 'tinh-a.so-khcn.phong-ql' },
    ]);
  });

  it('reads the generic plural units in their several wordings', () => {
    expect(units.match('UBND các huyện, thị xã, thành phố')).toBe('tinh-a.ubnd-cac-huyen');
    expect(units.match('Ủy ban nhân dân các huyện, thành phố')).toBe('tinh-a.ubnd-cac-huyen');
    expect(units.match('các Sở, ban, ngành')).toBe('tinh-a.cac-so-nganh');
    expect(units.match('Các Sở, Ngành liên quan')).toBe('tinh-a.cac-so-nganh');
  });

  it('lists several units and stops where what they do begins; an unknown unit is proposed with no id', () => {
    const text = 'Sở KH&CN, Sở Tài chính và UBND các huyện, thành phố tổ chức thực hiện';
    const { units: found } = units.listAt(text, 0);
    expect(found.map((u) => u.unitId)).toEqual(['tinh-a.so-khcn', 'tinh-a.so-tai-chinh', 'tinh-a.ubnd-cac-huyen']);
    const unknown = units.listAt('Bộ Khoa học và Công nghệ tổ chức Hội nghị', 0).units;
    expect(unknown).toEqual([{ name: 'Bộ Khoa học và Công nghệ', unitId: null }]);
    expect(units.match('Sở Ngoại vụ')).toBeNull();
  });
});
