import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Rules read from the nineteenth and twentieth blind sets (libs/importer/unseen/blind19, blind20), each on a made-up text.
const draft = (lines: string[]) => draftPlan(doc('Số: 9/KH-UBND', '', 'KẾ HOẠCH', '', 'Về đổi mới sáng tạo', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines));

describe('sub-items and their stated leads and times', () => {
  it("gives every sub-item the lead a closing line states for the item's contents", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hỗ trợ doanh nghiệp',
        'a) Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp. Thời gian: thường xuyên.',
        'b) Xây dựng danh mục chuyên gia tư vấn. Thời gian: Năm 2027.',
        'Đơn vị chủ trì các nội dung tại mục 1: Sở Công Thương.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], null],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
    ]);
  });

  it('splits sub-items that each state their own time beside a sibling that writes its lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển sản phẩm',
        'a) Xây dựng nhãn hiệu cho sản phẩm chè. Sở Công Thương chủ trì thực hiện, hoàn thành trước ngày 30/6/2027.',
        'b) Rà soát hiệu quả khai thác nhãn hiệu, hoàn thành trong năm 2028.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2027-06-29'],
      ['II.1.2', [], [], '2028-12-31'],
    ]);
  });

  it('makes each timed bullet under a heading whose bracket names the lead a task of that lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hạ tầng dùng chung (Sở Tài chính chủ trì)',
        '- Bố trí kinh phí duy trì hạ tầng; hằng năm.',
        '- Mua sắm thiết bị dùng chung, hoàn thành trong năm 2027.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-tai-chinh'], [], null],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], '2027-12-31'],
    ]);
  });

  it("reads a lead after a spaced dash in the heading, and units alone after a title's colon", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Nâng cấp hạ tầng - Sở Khoa học và Công nghệ chủ trì, hoàn thành trong Quý II/2027:',
        '- Nâng cấp mạng nội bộ;',
        '- Triển khai phòng họp trực tuyến.',
        '2. Dữ liệu',
        '2.1. Sở Tài chính chủ trì xây dựng cơ sở dữ liệu giá, hoàn thành trong năm 2027.',
        '2.2. Số hóa hồ sơ lưu trữ: Sở Công Thương, UBND các huyện, thành phố; năm 2028.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], [], '2027-06-30'],
      ['II.1.2', ['tinh-a.so-khcn'], [], '2027-06-30'],
      ['II.2.1', ['tinh-a.so-tai-chinh'], [], '2027-12-31'],
      ['II.2.2', ['tinh-a.so-cong-thuong', 'tinh-a.ubnd-cac-huyen'], [], '2028-12-31'],
    ]);
  });

  it('reads a time opening the item in brackets before its subject', () => {
    expect(rows(['II. NHIỆM VỤ', '1. (Quý III/2027) Sở Tài chính chủ trì rà soát định mức chi.'])).toEqual([
      ['II.1', ['tinh-a.so-tai-chinh'], [], '2027-09-30'],
    ]);
  });
});

describe('duties and their times', () => {
  it('reads an agency whose name the page broke, one with a remark in brackets, and times in brackets or before a purpose', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Kế hoạch và',
        'Đầu tư chủ trì đẩy mạnh tuyên truyền (hoàn thành đợt đầu trong Quý II/2027).',
        '2. Sở Tài chính (sau khi kiện toàn tổ chức) cân đối, bố trí kinh phí thực hiện Kế hoạch.',
        '3. Sở Công Thương xây dựng kế hoạch của ngành, hoàn thành và gửi Sở Khoa học và Công nghệ trong tháng',
        '8/2027 để tổng hợp.',
        '4. Sở Khoa học và Công nghệ xây dựng kho dữ liệu dùng chung, đưa vào vận hành năm 2028.',
        '5. Sở Nông nghiệp và Phát triển nông thôn rà soát chính sách [hoàn thành trong Quý IV/2027].',
        '6. Sở Tài chính tham mưu bố trí kinh phí; trình',
        'HĐND tỉnh tại kỳ họp tháng 7/2027.',
      ]).map(([ref, leads, , due]) => [ref, leads, due]),
    ).toEqual([
      ['III.1', ['tinh-a.so-khdt'], '2027-06-30'],
      ['III.2', ['tinh-a.so-tai-chinh'], null],
      ['III.3', ['tinh-a.so-cong-thuong'], '2027-08-31'],
      ['III.4', ['tinh-a.so-khcn'], '2028-12-31'],
      ['III.5', ['tinh-a.so-nnptnt'], '2027-12-31'],
      ['III.6', ['tinh-a.so-tai-chinh'], '2027-07-31'],
    ]);
  });
});
