import { TEST_CONTEXT, TEST_UNITS, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import { unitMatcher } from './units.js';

// Rules read from the twelfth blind set (libs/importer/unseen/blind12), each on a made-up text.
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 11/KH-UBND', '', 'KẾ HOẠCH', '', 'Về phát triển sản phẩm nông nghiệp chủ lực', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines), true);

describe('a period after "thực hiện", with no "năm"', () => {
  it('reads "thực hiện 2024 - 2026" in a bracket and "thực hiện giai đoạn 2023 - 2025" after a semicolon', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển vùng nguyên liệu',
        '- Xây dựng 02 mô hình trồng nấm ăn tại các xã vùng cao của tỉnh theo hướng liên kết chuỗi',
        '(Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Công Thương; thực hiện 2024 - 2026).',
        '- Hỗ trợ đăng ký nhãn hiệu cho sản phẩm nấm (Sở Khoa học và Công nghệ chủ trì; năm 2025).',
        '2. Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư bố trí vốn đối ứng; thực hiện giai đoạn 2023 - 2025.',
      ]),
    ).toEqual([
      ['II.1.1', 'TASK', ['tinh-a.so-nnptnt'], ['tinh-a.so-cong-thuong'], '2026-12-31'],
      ['II.1.2', 'TASK', ['tinh-a.so-khcn'], [], '2025-12-31'],
      ['II.2', 'TASK', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khdt'], '2025-12-31'],
    ]);
  });

  it('reads no time where the period is what is carried out ("thực hiện giai đoạn 2023 - 2025 của Đề án")', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Sở Công Thương chủ trì, thực hiện giai đoạn 2023 - 2025 của Đề án phát triển chợ nông sản.'])).toEqual(
      [['II.1', 'TASK', ['tinh-a.so-cong-thuong'], [], null]],
    );
  });
  it('reads a period that runs on ("… 2023 - 2025 và các năm tiếp theo") as open-ended, with no due date', () => {
    const tasks = draft([
      'II. NHIỆM VỤ',
      '1. Sở Công Thương chủ trì xúc tiến tiêu thụ nông sản; thực hiện năm 2023 - 2025 và các năm tiếp theo.',
      '2. Sở Tài chính chủ trì bố trí kinh phí; thực hiện giai đoạn 2023 - 2025 và các năm tiếp theo.',
    ]).tasks;
    expect(tasks.map((t) => [t.ref, t.deadline?.kind, t.deadline?.due])).toEqual([
      ['II.1', 'OPEN_ENDED', null],
      ['II.2', 'OPEN_ENDED', null],
    ]);
  });
});

describe('openings the reader did not see', () => {
  it('reads a lead at the end of a line whose "chủ trì," opens the next line', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Quảng bá sản phẩm chủ lực: Sở Công Thương',
        'chủ trì, phối hợp với Sở Tài chính tổ chức hội chợ nông sản; hoàn thành trong năm 2025.',
      ]),
    ).toEqual([['II.1', 'TASK', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2025-12-31']]);
  });

  it('reads a duty that opens with agencies listed with a semicolon and no verb of leading', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Các sở, ngành có liên quan; UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị mình.',
        '2. Sở Tài chính bố trí kinh phí thực hiện.',
      ]),
    ).toEqual([
      ['III.1', 'DUTY', ['tinh-a.cac-so-nganh', 'tinh-a.ubnd-cac-huyen'], [], null],
      ['III.2', 'DUTY', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('reads "Hiệp hội …" as a body, so the units listed after it are read too', () => {
    expect(
      unitMatcher(TEST_UNITS)
        .listAt('Hiệp hội Du lịch tỉnh, Sở Công Thương.', 0)
        .units.map((u) => u.unitId ?? `new:${u.name}`),
    ).toEqual(['new:Hiệp hội Du lịch tỉnh', 'tinh-a.so-cong-thuong']);
  });
});
