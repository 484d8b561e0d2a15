import { TEST_CONTEXT, TEST_UNITS, doc, taskRows, unitIds } from '../testing/lists.js';
import { readableDeadline } from './deadlines.js';
import { draftPlan } from './draft-plan.js';
import type { ReaderContext } from './inputs.js';
import { unitMatcher } from './units.js';

const draft = (lines: string[], context: ReaderContext = TEST_CONTEXT, kind = 'KẾ HOẠCH') =>
  draftPlan(doc('Số: 5/KH-UBND', '', kind, '', 'Về khoa học', '', ...lines), context);
const rows = (lines: string[], context?: ReaderContext, kind?: string) => taskRows(draft(lines, context, kind));

describe('roles written inside an item', () => {
  it('reads "Giao X chủ trì" on the item\'s own line, after its title, in a later sentence', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Giao Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu, hoàn thành trước ngày 30/6/2021.',
        '2. Cải cách thể chế: Giao Sở Tài chính chủ trì, phối hợp với Sở KH&ĐT rà soát; hoàn thành trong Quý III/2022.',
        '3. Kết nối cung cầu: Tổ chức 02 sự kiện. Giao UBND các huyện, thành phố chủ trì lựa chọn nhu cầu; thực hiện năm 2024.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn'], [], '2021-06-29'],
      ['II.2', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khdt'], '2022-09-30'],
      ['II.3', ['tinh-a.ubnd-cac-huyen'], [], '2024-12-31'],
    ]);
  });

  it('reads leads in brackets ("X chủ trì", "X thực hiện") and a subject working with partners when nothing else leads', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hoàn thiện chính sách (Sở KH&CN chủ trì, phối hợp với Sở Tài chính; hoàn thành trong năm 2023).',
        '2. Hỗ trợ đổi mới công nghệ (Sở Khoa học và Công nghệ, Sở Công Thương chủ trì; thời gian: 2023 - 2025).',
        '3. Nhân rộng mô hình (Sở Tài chính thực hiện).',
        '4. Đào tạo nhân lực: Sở KH&CN phối hợp với Sở KH&ĐT tổ chức đào tạo; hoàn thành trước 31/12/2024.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn'], ['tinh-a.so-tai-chinh'], '2023-12-31'],
      ['II.2', ['tinh-a.so-khcn', 'tinh-a.so-cong-thuong'], [], '2025-12-31'],
      ['II.3', ['tinh-a.so-tai-chinh'], [], null],
      ['II.4', ['tinh-a.so-khcn'], ['tinh-a.so-khdt'], '2024-12-30'],
    ]);
  });
});

describe("agencies' duties written as bullets, lettered sub-items and articles", () => {
  it('makes each "- X:" bullet and "a) X:" sub-item of "Tổ chức thực hiện" one duty, agencies listed with ";" together', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Trách nhiệm của các sở, ngành',
        'a) Sở Tài chính: Bố trí kinh phí.',
        'b) Sở Công Thương: Phối hợp với Sở KH&CN quảng bá sản phẩm.',
        '2. Các sở, ngành có liên quan; UBND các huyện, thành phố: Tổ chức triển khai Kế hoạch.',
        'IV. KIỂM TRA',
        '- Sở KH&ĐT: Kiểm tra việc thực hiện; hoàn thành trước ngày 31/01/2024.',
      ]).map((r) => r.slice(0, 2)),
    ).toEqual([
      ['III.1.a', ['tinh-a.so-tai-chinh']],
      ['III.1.b', ['tinh-a.so-khcn']],
      ['III.2', ['tinh-a.cac-so-nganh', 'tinh-a.ubnd-cac-huyen']],
    ]);
    expect(rows(['III. TỔ CHỨC THỰC HIỆN', '- Sở KH&ĐT: Kiểm tra việc thực hiện; hoàn thành trước ngày 31/01/2024.'])).toEqual([
      ['III.1', ['tinh-a.so-khdt'], [], '2024-01-30'],
    ]);
  });

  it('reads "Điều 2. Tổ chức thực hiện" of a decision as the duties section', () => {
    expect(
      rows(
        ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.', 'Điều 2. Tổ chức thực hiện', '1. Sở Tài chính: Bố trí kinh phí.'],
        undefined,
        'QUYẾT ĐỊNH',
      ),
    ).toEqual([['Điều 2.1', ['tinh-a.so-tai-chinh'], [], null]]);
  });

  it('reads a directive\'s numbered requirements after "… yêu cầu:" when it has no sections', () => {
    expect(
      rows(
        [
          'Chủ tịch UBND tỉnh yêu cầu:',
          '1. Sở Khoa học và Công nghệ',
          '- Chủ trì, phối hợp với Sở Công Thương kiểm tra đo lường; hoàn thành trong Quý IV/2022.',
          '2. Sở Tài chính có trách nhiệm bố trí kinh phí kiểm tra.',
        ],
        undefined,
        'CHỈ THỊ',
      ),
    ).toEqual([
      ['1', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong'], '2022-12-31'],
      ['2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});

describe('deadlines as tables and hurried typing write them', () => {
  it('gives wordings typed without diacritics their words back, and reads a bare "6/2025" as a month', () => {
    expect(readableDeadline('Truoc 30/11/2022')).toBe('trước 30/11/2022');
    expect(readableDeadline('Thang 10/2022')).toBe('tháng 10/2022');
    expect(readableDeadline('Nam 2022')).toBe('năm 2022');
    expect(readableDeadline('6/2025')).toBe('tháng 6/2025');
    expect(readableDeadline('Hằng năm')).toBe('Hằng năm');
  });

  it('reads "Thời gian: …" and "hoàn thành Quý IV năm …", never the budget year of a duty', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Kiểm tra: Sở Công Thương chủ trì kiểm tra thị trường. Thời gian: 2022 - 2025.',
        '2. Nâng cấp hệ thống: Giao Sở KH&CN chủ trì; hoàn thành Quý IV năm 2024.',
        '3. Bảo đảm kinh phí: Sở Tài chính chủ trì bố trí kinh phí trong dự toán ngân sách năm 2024.',
      ]).map((r) => r[3]),
    ).toEqual(['2025-12-31', '2024-12-31', null]);
  });
});

describe('units as offices shorten them', () => {
  const units = unitMatcher([
    ...TEST_UNITS,
    { unitId: 'a.phong-qlkh', name: 'Phòng Quản lý Khoa học', aliases: [], provinceId: 'tinh-a' },
    { unitId: 'a.phong-qlcn', name: 'Phòng Quản lý Công nghệ và Thị trường công nghệ', aliases: [], provinceId: 'tinh-a' },
    { unitId: 'a.chi-cuc', name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng', aliases: [], provinceId: 'tinh-a' },
    { unitId: 'a.phong-kh-1', name: 'Phòng Kinh tế Hạ tầng', aliases: [], provinceId: 'tinh-a' },
    { unitId: 'a.phong-kh-2', name: 'Phòng Khoa học Hợp tác', aliases: [], provinceId: 'tinh-a' },
  ]);

  it('reads initials after the kind of body, "và" written "&" or left out; initials two units share name neither', () => {
    expect(units.match('Phòng QLKH')).toBe('a.phong-qlkh');
    expect(units.match('Phong QLCN&TTCN')).toBe('a.phong-qlcn');
    expect(units.match('Phòng QLCNTTCN')).toBe('a.phong-qlcn');
    expect(units.match('Chi cục TCĐLCL')).toBe('a.chi-cuc');
    expect(units.match('Sở Nông nghiệp và PTNT')).toBe('tinh-a.so-nnptnt');
    expect(units.match('Phòng KTHT')).toBe('a.phong-kh-1');
    expect(units.match('Phòng KHHT')).toBe('a.phong-kh-2');
    const twins = unitMatcher([
      { unitId: 'x', name: 'Phòng Kinh tế Hạ tầng', aliases: [], provinceId: 'tinh-a' },
      { unitId: 'y', name: 'Phòng Kỹ thuật Hạ tầng', aliases: [], provinceId: 'tinh-a' },
    ]);
    expect(twins.match('Phòng KTHT')).toBeNull();
    expect(twins.match('Phòng Kỹ thuật Hạ tầng')).toBe('y');
  });

  it('keeps "UBND các xã, phường" and a dashed ministry name whole', () => {
    expect(units.listAt('UBND các xã, phường chủ trì', 0).units).toEqual([{ name: 'UBND các xã, phường', unitId: null }]);
    const plan = draft([
      'PHỤ LỤC',
      '| TT | Nhiệm vụ | Cơ quan chủ trì, phối hợp | Tiến độ |',
      '|---|---|---|---|',
      '| 1 | Đào tạo nhân lực | Bộ Lao động - Thương binh và Xã hội chủ trì; Sở KH&CN phối hợp | 6/2025 |',
    ]);
    expect(plan.tasks.map((t) => [unitIds(t.leadUnits), unitIds(t.coordinatingUnits), t.deadline?.due])).toEqual([
      [['new:Bộ Lao động - Thương binh và Xã hội'], ['tinh-a.so-khcn'], '2025-06-30'],
    ]);
  });
});

describe('the province a document comes from', () => {
  const context: ReaderContext = {
    units: [
      ...TEST_UNITS,
      { unitId: 'tinh-b.so-tai-chinh', name: 'Sở Tài chính', aliases: [], provinceId: 'tinh-b' },
      { unitId: 'tinh-b-2025.so-tai-chinh', name: 'Sở Tài chính', aliases: [], provinceId: 'tinh-b-2025' },
    ],
    directives: [],
    provinces: [
      { provinceId: 'tinh-a', name: 'Tỉnh A' },
      { provinceId: 'tinh-b', name: 'Bình Phong (đến 30/6/2025)' },
      { provinceId: 'tinh-b-2025', name: 'Bình Phong (từ 01/7/2025)' },
    ],
  };
  const at = (head: string[], date: string) =>
    draftPlan(
      doc(...head, `Bình Phong, ngày ${date}`, '', 'KẾ HOẠCH', '', 'II. NHIỆM VỤ', '1. Giao Sở Tài chính chủ trì rà soát.'),
      context,
    );

  it("is the one whose registered span holds the document's date", () => {
    const before = at(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH PHONG', ''], '05 tháng 3 năm 2024');
    expect([before.document.provinceId, unitIds(before.tasks[0]!.leadUnits)]).toEqual(['tinh-b', ['tinh-b.so-tai-chinh']]);
    const after = at(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH PHONG', ''], '05 tháng 9 năm 2025');
    expect([after.document.provinceId, unitIds(after.tasks[0]!.leadUnits)]).toEqual(['tinh-b-2025', ['tinh-b-2025.so-tai-chinh']]);
  });

  it("is never a province that has ended by the document's date, even when its basis names it", () => {
    const merged: ReaderContext = {
      ...context,
      units: [...context.units, { unitId: 'tinh-c.so-cong-thuong', name: 'Sở Công Thương', aliases: [], provinceId: 'tinh-c' }],
      // Listed first, as the merged provinces precede their successor in the seeds.
      provinces: [{ provinceId: 'tinh-c', name: 'Hà Đông', validFrom: null, validTo: '2025-06-30' }, ...context.provinces],
    };
    const plan = draftPlan(
      doc(
        'ỦY BAN NHÂN DÂN',
        'TỈNH BÌNH PHONG',
        'Bình Phong, ngày 26 tháng 9 năm 2025',
        '',
        'KẾ HOẠCH',
        '',
        'Sau khi hợp nhất tỉnh Hà Đông và tỉnh Bình Phong, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
        '',
        'II. NHIỆM VỤ',
        '1. Giao Sở Công Thương chủ trì xúc tiến thương mại.',
      ),
      merged,
    );
    // The merged province's department of that name is not the successor's: none is registered for it.
    expect([plan.document.provinceId, unitIds(plan.tasks[0]!.leadUnits)]).toEqual(['tinh-b-2025', ['new:Sở Công Thương']]);
  });

  it("is none for a national body's document, whose units are matched against no province's", () => {
    const national = at(['THỦ TƯỚNG CHÍNH PHỦ', ''], '05 tháng 3 năm 2024');
    expect([national.document.provinceId, unitIds(national.tasks[0]!.leadUnits)]).toEqual([null, ['new:Sở Tài chính']]);
  });
});
