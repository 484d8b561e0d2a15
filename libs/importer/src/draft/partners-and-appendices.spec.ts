import { TEST_CONTEXT, TEST_UNITS, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Rules read from the fifteenth and sixteenth blind sets, each on a made-up text.
const CONTEXT = {
  ...TEST_CONTEXT,
  units: [
    ...TEST_UNITS,
    { unitId: 'tinh-a.tt-kiem-dinh', name: 'Trung tâm Kiểm định Chất lượng Công trình Xây dựng', aliases: [], provinceId: 'tinh-a' },
  ],
};
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 14/KH-UBND', '', 'KẾ HOẠCH', '', 'Phát triển du lịch cộng đồng năm 2026', '', ...lines), CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines));

describe('a table beside the prose items', () => {
  const table = [
    '',
    'PHỤ LỤC',
    'TT\tNội dung\tĐơn vị chủ trì\tThời gian',
    '1\tKhảo sát điểm đến du lịch cộng đồng\tSở Công Thương\tQuý II/2026',
    '2\tTập huấn kỹ năng đón khách\tSở Tài chính\ttháng 9/2026',
    '3\tXây dựng bộ nhận diện điểm đến\tSở Công Thương\tQuý IV/2026',
  ];

  it('adds its rows to prose items that write their own leads: it lists further activities', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Quảng bá sản phẩm du lịch cộng đồng.',
        '- Đơn vị chủ trì: Sở Công Thương.',
        '- Thời gian hoàn thành: Quý III/2026.',
        '2. Hỗ trợ hộ gia đình làm du lịch.',
        '- Đơn vị chủ trì: UBND các huyện, thành phố.',
        ...table,
      ]).map((r) => r[0]),
    ).toEqual(['II.1', 'II.2', 'row-1', 'row-2', 'row-3']);
  });

  it('restates prose items that name no lead: its rows are the tasks, once', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Quảng bá sản phẩm du lịch cộng đồng.', '2. Hỗ trợ hộ gia đình làm du lịch.', ...table]).map((r) => r[0]),
    ).toEqual(['row-1', 'row-2', 'row-3']);
  });

  it('takes an item that only introduces the table ("Các nhiệm vụ cụ thể:") for no task of its own', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Quảng bá sản phẩm du lịch cộng đồng (Sở Công Thương chủ trì; Quý III/2026).',
        '2. Các nhiệm vụ cụ thể:',
        '',
        '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |',
        '|---|---|---|---|',
        '| 1 | Tập huấn kỹ năng đón khách | Sở Tài chính | tháng 9/2026 |',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], [], '2026-09-30'],
      ['row-1', ['tinh-a.so-tai-chinh'], [], '2026-09-30'],
    ]);
  });
});

describe('partners named before the lead', () => {
  it('reads the last unit of "Với sự phối hợp của …" before "chủ trì" as the lead, the others as partners', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Quảng bá du lịch cộng đồng',
        'Với sự phối hợp của Sở Tài chính, Sở Công Thương và UBND các huyện, thành phố, Sở Khoa học và',
        'Công nghệ chủ trì xây dựng bản đồ số các điểm du lịch, hoàn thành trong năm 2026.',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-khcn'], ['tinh-a.so-tai-chinh', 'tinh-a.so-cong-thuong', 'tinh-a.ubnd-cac-huyen'], '2026-12-31']]);
  });

  it('reads "X, Y phối hợp, Z chủ trì" as Z leading with X and Y', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Tổ chức lớp nghề du lịch tại thôn, bản; Sở Tài chính, Sở Công Thương phối hợp, UBND các huyện, thành phố chủ trì;',
        'thực hiện 2026 - 2027.',
      ]),
    ).toEqual([['II.1', ['tinh-a.ubnd-cac-huyen'], ['tinh-a.so-tai-chinh', 'tinh-a.so-cong-thuong'], '2027-12-31']]);
  });
});

describe('lines broken mid-sentence', () => {
  it('joins a line ending on a dash to the next ("Sở Khoa học -" / "Công nghệ; Quý II/2026)")', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Ban hành quy chế quản lý homestay (Sở Tài chính chủ trì, phối hợp với Sở Khoa học -',
        'Công nghệ; Quý II/2026).',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khcn'], '2026-06-30']]);
  });

  it('reads a long registered name the page broke after its seventh word', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Kiểm tra an toàn nhà nghỉ cộng đồng.',
        '- Đơn vị chủ trì: Sở Công Thương; Trung tâm Kiểm định Chất lượng Công trình',
        'Xây dựng.',
      ])[0]![1],
    ).toEqual(['tinh-a.so-cong-thuong', 'tinh-a.tt-kiem-dinh']);
  });

  it('reads a lowercase "sản phẩm …" line as the sentence going on, not a label', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển sản phẩm du lịch',
        'Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính hỗ trợ hộ kinh doanh quảng bá các đặc sản,',
        'sản phẩm thủ công của địa phương; thực hiện năm 2026.',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2026-12-31']]);
  });
});

describe('a time opening a sub-item', () => {
  it('reads "b) Trong năm …," and "Trong 6 tháng đầu năm …," before the subject as the deadline', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hoàn thiện chính sách',
        'a) Sở Tài chính chủ trì rà soát phí tham quan; hoàn thành trong Quý I/2026.',
        'b) Trong năm 2027, Sở Công Thương chủ trì xây dựng chính sách hỗ trợ du lịch cộng đồng.',
        '2. Chuyển đổi số du lịch: Trong 6 tháng đầu năm 2026, Sở Khoa học và Công nghệ hoàn thành cổng thông tin du lịch.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-tai-chinh'], [], '2026-03-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.2', ['tinh-a.so-khcn'], [], '2026-06-30'],
    ]);
  });
});
