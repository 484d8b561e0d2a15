import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import { continuesHeading } from './outline.js';

// Rules read from the fifth blind set (libs/importer/unseen/blind5), each on a made-up text.
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 9/KH-UBND', '', 'KẾ HOẠCH', '', 'Về chuyển đổi số giai đoạn 2023 - 2025', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines), true);

describe('a Roman heading split over two lines', () => {
  it('takes a capitals line with no numbering of its own as the rest of the heading', () => {
    expect(continuesHeading('THỰC HIỆN')).toBe(true);
    expect(continuesHeading('1. SỞ TÀI CHÍNH')).toBe(false);
    expect(continuesHeading('Sở Tài chính')).toBe(false);
    expect(continuesHeading('')).toBe(false);
  });

  it('reads "IV. TỔ CHỨC" / "THỰC HIỆN" as the duties section', () => {
    expect(
      rows([
        'I. NHIỆM VỤ',
        '1. Số hóa hồ sơ. Sở Khoa học và Công nghệ chủ trì; hoàn thành trong năm 2024.',
        '',
        'II. TỔ CHỨC',
        'THỰC HIỆN',
        '1. Sở Tài chính: Bố trí kinh phí.',
        '2. UBND các huyện, thành phố: Triển khai tại địa phương.',
      ]),
    ).toEqual([
      ['I.1', 'TASK', ['tinh-a.so-khcn'], [], '2024-12-31'],
      ['II.1', 'DUTY', ['tinh-a.so-tai-chinh'], [], null],
      ['II.2', 'DUTY', ['tinh-a.ubnd-cac-huyen'], [], null],
    ]);
  });

  it('leaves a heading whose next line is an item alone', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Số hóa hồ sơ. Sở Tài chính thực hiện.'])).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});

describe('deadlines without lead-in words', () => {
  it("reads the time a lead's bracket ends on", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Xây dựng chính sách (Sở Tài chính chủ trì; năm 2025).',
        '2. Phát triển hạ tầng (Sở Công Thương chủ trì, phối hợp với Sở Tài chính; giai đoạn 2025 - 2026).',
        '3. Tham mưu Nghị quyết (Sở Khoa học và Công nghệ chủ trì; trình HĐND tỉnh tại kỳ họp cuối năm 2024).',
        '4. Rà soát quy định (Sở Tài chính chủ trì; Sở Công Thương phối hợp).',
      ]),
    ).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-tai-chinh'], [], '2025-12-31'],
      ['II.2', 'TASK', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2026-12-31'],
      ['II.3', 'TASK', ['tinh-a.so-khcn'], [], '2024-12-31'],
      ['II.4', 'TASK', ['tinh-a.so-tai-chinh'], ['tinh-a.so-cong-thuong'], null],
    ]);
  });

  it('reads "trong giai đoạn YYYY - YYYY" ending a sentence, never the title\'s horizon', () => {
    const d = draft([
      'II. NHIỆM VỤ',
      '1. Giao Sở Khoa học và Công nghệ đặt hàng các nhiệm vụ trong giai đoạn 2023 - 2025.',
      '2. Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.',
    ]);
    expect(d.document.horizon).not.toBeNull();
    expect(d.tasks.map((t) => [t.ref, t.deadline?.due ?? null])).toEqual([
      ['II.1', '2025-12-31'],
      ['II.2', null],
    ]);
  });
});

describe('leads and partners written in other ways', () => {
  it("takes the plan's lead from an agency heading whose duty after the colon is to lead the plan", () => {
    expect(
      rows([
        'II. GIẢI PHÁP',
        '1. Hoàn thiện chính sách: Rà soát, đề xuất sửa đổi chính sách.',
        '',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ: Chủ trì, phối hợp với các sở, ngành tổ chức triển khai thực hiện Kế hoạch.',
      ]),
    ).toEqual([
      ['II.1', 'SOLUTION', ['tinh-a.so-khcn'], [], null],
      ['III.1', 'DUTY', ['tinh-a.so-khcn'], ['tinh-a.cac-so-nganh'], null],
    ]);
  });

  it('reads a later clause whose subject "tham mưu" as the lead when nothing else leads', () => {
    expect(
      rows([
        'II. GIẢI PHÁP',
        '1. Bố trí nguồn lực: Lồng ghép các nguồn vốn; Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu bố trí kinh phí hằng năm.',
        '2. Hỗ trợ doanh nghiệp. Sở Công Thương chủ trì; Sở Tài chính tham mưu bố trí kinh phí.',
      ]).map((r) => r.slice(0, 3)),
    ).toEqual([
      ['II.1', 'SOLUTION', ['tinh-a.so-tai-chinh', 'tinh-a.so-khdt']],
      ['II.2', 'SOLUTION', ['tinh-a.so-cong-thuong']],
    ]);
  });

  it('reads a "Cơ quan thực hiện:" or "Đơn vị thực hiện:" label as the leads', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hỗ trợ hợp tác xã đổi mới công nghệ.',
        'Cơ quan thực hiện: Sở Công Thương, UBND các huyện, thành phố; thời gian: Quý IV/2024.',
        '2. Đào tạo nhân lực. Đơn vị thực hiện: Sở Tài chính.',
      ]),
    ).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-cong-thuong', 'tinh-a.ubnd-cac-huyen'], [], '2024-12-31'],
      ['II.2', 'TASK', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('reads partners written before "phối hợp" ("Giao X chủ trì; Y, Z phối hợp")', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Tổ chức sự kiện kết nối cung - cầu. Giao Sở Khoa học và Công nghệ chủ trì; Sở Công Thương, Sở Tài chính phối hợp. Thời gian: Quý III/2025.',
        '2. Rà soát quy định. Sở Tài chính chủ trì, Sở Công Thương phối hợp với UBND các huyện, thành phố.',
      ]),
    ).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong', 'tinh-a.so-tai-chinh'], '2025-09-30'],
      ['II.2', 'TASK', ['tinh-a.so-tai-chinh'], ['tinh-a.ubnd-cac-huyen'], null],
    ]);
  });
});
