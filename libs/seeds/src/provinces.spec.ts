import { foldText, type MergeProvinces, type CheckedCommand, type RegisterProvince } from '@monitor/domain';
import { seedCommands, seedReaderLists } from './index.js';

type Of<T extends CheckedCommand['type']> = Extract<CheckedCommand, { type: T }>;
const commandsOf = <T extends CheckedCommand['type']>(type: T): Of<T>[] =>
  seedCommands()
    .map((s) => s.command)
    .filter((c): c is Of<T> => c.type === type);

const provinces: RegisterProvince[] = commandsOf('RegisterProvince');
const mergers: MergeProvinces[] = commandsOf('MergeProvinces');
const byId = new Map(provinces.map((p) => [p.provinceId, p]));
/** A name without the "(đến 30/6/2025)" / "(từ 01/7/2025)" that tells an old unit from a new one of that name. */
const plainName = (id: string) => byId.get(id)!.name.replace(/ \((đến 30\/6|từ 01\/7)\/2025\)$/, '');

// Copied from DOMAIN.md ("Provinces change: the 2025 mergers"), so the seeds are checked against the text.
const DOMAIN_63 = `01 Hà Nội · 02 Hà Giang · 04 Cao Bằng · 06 Bắc Kạn · 08 Tuyên Quang · 10 Lào Cai · 11 Điện Biên ·
12 Lai Châu · 14 Sơn La · 15 Yên Bái · 17 Hòa Bình · 19 Thái Nguyên · 20 Lạng Sơn · 22 Quảng Ninh ·
24 Bắc Giang · 25 Phú Thọ · 26 Vĩnh Phúc · 27 Bắc Ninh · 30 Hải Dương · 31 Hải Phòng · 33 Hưng Yên ·
34 Thái Bình · 35 Hà Nam · 36 Nam Định · 37 Ninh Bình · 38 Thanh Hóa · 40 Nghệ An · 42 Hà Tĩnh ·
44 Quảng Bình · 45 Quảng Trị · 46 Thừa Thiên Huế · 48 Đà Nẵng · 49 Quảng Nam · 51 Quảng Ngãi ·
52 Bình Định · 54 Phú Yên · 56 Khánh Hòa · 58 Ninh Thuận · 60 Bình Thuận · 62 Kon Tum · 64 Gia Lai ·
66 Đắk Lắk · 67 Đắk Nông · 68 Lâm Đồng · 70 Bình Phước · 72 Tây Ninh · 74 Bình Dương · 75 Đồng Nai ·
77 Bà Rịa - Vũng Tàu · 79 TP Hồ Chí Minh · 80 Long An · 82 Tiền Giang · 83 Bến Tre · 84 Trà Vinh ·
86 Vĩnh Long · 87 Đồng Tháp · 89 An Giang · 91 Kiên Giang · 92 Cần Thơ · 93 Hậu Giang · 94 Sóc Trăng ·
95 Bạc Liêu · 96 Cà Mau`;
const UNCHANGED = [
  'Hà Nội',
  'Huế',
  'Cao Bằng',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
];
const MERGED_2025: Record<string, string[]> = {
  'Tuyên Quang': ['Hà Giang', 'Tuyên Quang'],
  'Quảng Ngãi': ['Kon Tum', 'Quảng Ngãi'],
  'Lào Cai': ['Yên Bái', 'Lào Cai'],
  'Gia Lai': ['Bình Định', 'Gia Lai'],
  'Thái Nguyên': ['Bắc Kạn', 'Thái Nguyên'],
  'Khánh Hòa': ['Ninh Thuận', 'Khánh Hòa'],
  'Phú Thọ': ['Vĩnh Phúc', 'Hòa Bình', 'Phú Thọ'],
  'Lâm Đồng': ['Đắk Nông', 'Bình Thuận', 'Lâm Đồng'],
  'Bắc Ninh': ['Bắc Giang', 'Bắc Ninh'],
  'Đắk Lắk': ['Phú Yên', 'Đắk Lắk'],
  'Hưng Yên': ['Thái Bình', 'Hưng Yên'],
  'TP Hồ Chí Minh': ['Bình Dương', 'Bà Rịa - Vũng Tàu', 'TP Hồ Chí Minh'],
  'Hải Phòng': ['Hải Dương', 'Hải Phòng'],
  'Đồng Nai': ['Bình Phước', 'Đồng Nai'],
  'Ninh Bình': ['Hà Nam', 'Nam Định', 'Ninh Bình'],
  'Tây Ninh': ['Long An', 'Tây Ninh'],
  'Quảng Trị': ['Quảng Bình', 'Quảng Trị'],
  'Cần Thơ': ['Sóc Trăng', 'Hậu Giang', 'Cần Thơ'],
  'Đà Nẵng': ['Quảng Nam', 'Đà Nẵng'],
  'Vĩnh Long': ['Bến Tre', 'Trà Vinh', 'Vĩnh Long'],
  'Đồng Tháp': ['Tiền Giang', 'Đồng Tháp'],
  'Cà Mau': ['Bạc Liêu', 'Cà Mau'],
  'An Giang': ['Kiên Giang', 'An Giang'],
};

/** The provinces existing on a day: established by then (or before the record) and not yet succeeded. */
const existingOn = (day: string) => {
  const endOf = new Map(mergers.flatMap((m) => m.mergedProvinceIds.map((id) => [id, m.effectiveOn] as const)));
  return provinces.filter((p) => (p.establishedOn ?? '') <= day && (endOf.get(p.provinceId) ?? '9999') > day).map((p) => p.provinceId);
};

describe('the country in the seeds', () => {
  it('registers the 63 provinces before 2025 with their statistical codes', () => {
    const expected = DOMAIN_63.split(/\s*·\s*/).map((entry) =>
      entry
        .trim()
        .match(/^(\d\d) (.+)$/)!
        .slice(1),
    );
    expect(expected).toHaveLength(63);
    const before = existingOn('2024-12-31');
    expect(before.map((id) => [byId.get(id)!.statisticalCode, plainName(id)])).toEqual(expected);
  });

  it('has 34 provincial units from 1 July 2025: the 11 unchanged and the 23 formed by merger, none with an invented code', () => {
    const after = existingOn('2025-07-01');
    expect(after).toHaveLength(34);
    expect(after.map(plainName).sort()).toEqual([...UNCHANGED, ...Object.keys(MERGED_2025)].sort());
    const unchanged = after.filter((id) => UNCHANGED.includes(plainName(id)));
    // The unchanged ones continue as the record they were (Huế since 1 January 2025).
    expect(unchanged.filter((id) => byId.get(id)!.establishedOn)).toEqual(['hue']);
    for (const id of after.filter((id) => !unchanged.includes(id))) {
      expect(byId.get(id)).toMatchObject({ statisticalCode: null, establishedOn: '2025-07-01' });
    }
  });

  it('records every merger of Nghị quyết 202/2025/QH15 as DOMAIN.md tables it', () => {
    const of2025 = mergers.filter((m) => m.effectiveOn === '2025-07-01');
    expect(of2025.every((m) => m.legalBasis === 'Nghị quyết 202/2025/QH15')).toBe(true);
    const table = Object.fromEntries(of2025.map((m) => [plainName(m.successorProvinceId), m.mergedProvinceIds.map(plainName)]));
    expect(table).toEqual(MERGED_2025);
  });

  it('keeps an old province and the new one of the same name apart, by id, code and name', () => {
    expect(byId.get('ninh-binh')).toMatchObject({ name: 'Ninh Bình (đến 30/6/2025)', statisticalCode: '37' });
    expect(byId.get('ninh-binh-2025')).toMatchObject({
      name: 'Ninh Bình (từ 01/7/2025)',
      statisticalCode: null,
      establishedOn: '2025-07-01',
    });
    expect(mergers.find((m) => m.successorProvinceId === 'ninh-binh-2025')!.mergedProvinceIds).toEqual(['ha-nam', 'nam-dinh', 'ninh-binh']);
    // Names that were never kept stay as they were; no two units share a name, typed without diacritics either.
    expect(byId.get('ha-nam')!.name).toBe('Hà Nam');
    expect(new Set(provinces.map((p) => foldText(p.name))).size).toBe(provinces.length);
  });

  it('records thành phố Huế succeeding Thừa Thiên Huế on 1 January 2025', () => {
    expect(byId.get('thua-thien-hue')).toMatchObject({ name: 'Thừa Thiên Huế', statisticalCode: '46' });
    expect(byId.get('hue')).toMatchObject({ name: 'Huế', statisticalCode: null, establishedOn: '2025-01-01' });
    expect(mergers.filter((m) => m.successorProvinceId === 'hue')).toEqual([
      {
        type: 'MergeProvinces',
        successorProvinceId: 'hue',
        mergedProvinceIds: ['thua-thien-hue'],
        effectiveOn: '2025-01-01',
        legalBasis: null,
      },
    ]);
    expect(existingOn('2024-12-31')).toContain('thua-thien-hue');
    expect(existingOn('2025-01-01')).toEqual(expect.arrayContaining(['hue']));
    expect(existingOn('2025-01-01')).not.toContain('thua-thien-hue');
  });
});

describe("the reader's list of provinces", () => {
  const listed = new Map(seedReaderLists().provinces.map((p) => [p.provinceId, p]));

  it('gives each province the days it exists: a merged one ends the day before its successor begins', () => {
    expect(listed.get('ha-nam')).toMatchObject({ validFrom: null, validTo: '2025-06-30' });
    expect(listed.get('ninh-binh')).toMatchObject({ name: 'Ninh Bình (đến 30/6/2025)', validTo: '2025-06-30' });
    expect(listed.get('ninh-binh-2025')).toMatchObject({ validFrom: '2025-07-01', validTo: null });
    expect(listed.get('thua-thien-hue')).toMatchObject({ validTo: '2024-12-31' });
    expect(listed.get('ha-noi')).toMatchObject({ validFrom: null, validTo: null });
  });
});
