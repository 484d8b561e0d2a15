import { TEST_CONTEXT, doc, taskRows, unitIds } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Rules read from the sixth blind set (libs/importer/unseen/blind6), each on a made-up text.
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 9/KH-UBND', '', 'KẾ HOẠCH', '', 'Về đổi mới sáng tạo giai đoạn 2023 - 2025', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines), true);

describe('"Giao X chủ trì …" where the reader did not look for it', () => {
  it("on the line after an item's heading, hands the item itself to X: one task", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Thúc đẩy doanh nghiệp đổi mới sáng tạo',
        'Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu thành lập Quỹ; thời hạn: Quý III/2025.',
        '2. Phát triển hạ tầng số',
        'Giao Sở Công Thương chủ trì thực hiện.',
        'Giao Sở Tài chính bố trí kinh phí.',
      ]),
    ).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khcn'], '2025-09-30'],
      ['II.2.g1', 'ASSIGNMENT', ['tinh-a.so-cong-thuong'], [], null],
      ['II.2.g2', 'ASSIGNMENT', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('as a sentence inside a paragraph that is no task (Kinh phí), is a task of X; "Điều 2. Giao …" is no such sentence', () => {
    const plan = draft([
      'II. NHIỆM VỤ',
      '1. Số hóa hồ sơ. Sở Khoa học và Công nghệ chủ trì; hoàn thành trong năm 2024.',
      '',
      'III. KINH PHÍ',
      'Kinh phí được bố trí từ nguồn sự nghiệp khoa học hằng năm. Giao Sở Tài chính thẩm định, tham mưu bố trí kinh phí.',
    ]);
    expect(plan.tasks.map((t) => [t.section, unitIds(t.leadUnits), t.title])).toEqual([
      ['TASK', ['tinh-a.so-khcn'], 'Số hóa hồ sơ'],
      ['ASSIGNMENT', ['tinh-a.so-tai-chinh'], 'Giao Sở Tài chính thẩm định, tham mưu bố trí kinh phí'],
    ]);
  });
});

describe('duties of the heads of units, and one group of units listed by kind', () => {
  const noUnits = { ...TEST_CONTEXT, units: [] };
  const duties = (lines: string[]) =>
    draftPlan(doc('Số: 9/KH-SKHCN', '', 'KẾ HOẠCH', '', 'Về đổi mới sáng tạo', '', 'I. TỔ CHỨC THỰC HIỆN', ...lines), noUnits).tasks.map(
      (t) => [t.ref, t.section, unitIds(t.leadUnits)],
    );

  it('reads "Trưởng các phòng, đơn vị thuộc Sở căn cứ …" as a duty of those units', () => {
    expect(duties(['1. Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công, chủ động triển khai.'])).toEqual([
      ['I.1', 'DUTY', ['new:các phòng, đơn vị thuộc Sở']],
    ]);
  });

  it('keeps "Các phòng, chi cục, đơn vị thuộc Sở" as one lead: lowercase kinds after "Các" list one group', () => {
    expect(
      duties(['1. Các phòng, chi cục, đơn vị thuộc Sở: xây dựng kế hoạch chi tiết.', '2. Chi cục Thủy lợi, Phòng Kế hoạch: báo cáo.']),
    ).toEqual([
      ['I.1', 'DUTY', ['new:Các phòng, chi cục, đơn vị thuộc Sở']],
      ['I.2', 'DUTY', ['new:Chi cục Thủy lợi', 'new:Phòng Kế hoạch']],
    ]);
  });
});

describe('deadlines a clause ends on, and years that run on', () => {
  it('reads "trình UBND tỉnh trong Quý IV/2023" and a bracket\'s bare "2021 - 2025"; "năm 2025 và các năm tiếp theo" has no due', () => {
    const plan = draft([
      'II. NHIỆM VỤ',
      '1. Rà soát chính sách. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu, trình UBND tỉnh trong Quý IV/2023.',
      '2. Phát triển dược liệu (Sở Công Thương chủ trì, phối hợp với Sở Tài chính; 2021 - 2025).',
      '3. Tuyên truyền. Sở Khoa học và Công nghệ chủ trì; thời gian thực hiện: năm 2025 và các năm tiếp theo.',
    ]);
    expect(plan.tasks.map((t) => [t.ref, t.deadline?.kind, t.deadline?.text, t.deadline?.due])).toEqual([
      ['II.1', 'WITHIN_PERIOD', 'trong Quý IV/2023', '2023-12-31'],
      ['II.2', 'WITHIN_PERIOD', '2021 - 2025', '2025-12-31'],
      ['II.3', 'OPEN_ENDED', 'năm 2025 và các năm tiếp theo', null],
    ]);
  });
});

describe('a duties section that is one unnumbered paragraph', () => {
  const head = [
    'II. NHIỆM VỤ',
    '1. Số hóa hồ sơ. Sở Khoa học và Công nghệ chủ trì; hoàn thành trong năm 2024.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '',
  ];
  const sections = (lines: string[]) => draft([...head, ...lines]).tasks.map((t) => [t.ref, t.section, unitIds(t.leadUnits)]);

  it('is the duty of the agency that is its subject', () => {
    expect(
      sections(['Sở Tài chính căn cứ nhiệm vụ được giao tổ chức thực hiện, báo cáo kết quả trước ngày 05/12/2023./.', '', 'Nơi nhận:']),
    ).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-khcn']],
      ['III', 'DUTY', ['tinh-a.so-tai-chinh']],
    ]);
  });

  it('is not read so without a time to deliver by, nor when the section has more paragraphs than one', () => {
    expect(sections(['Sở Tài chính nghiêm túc thực hiện Kế hoạch này./.', '', 'Nơi nhận:'])).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-khcn']],
    ]);
    expect(
      sections([
        'Sở Tài chính căn cứ nhiệm vụ được giao tổ chức thực hiện.',
        '',
        'Các đơn vị kịp thời báo cáo vướng mắc.',
        '',
        'Nơi nhận:',
      ]),
    ).toEqual([['II.1', 'TASK', ['tinh-a.so-khcn']]]);
  });
});
