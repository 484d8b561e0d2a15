import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// How an item may open: with its time ("Quý I/2026: …"), or, unnumbered, with its agency over a list ("UBND các huyện, thành phố:").
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 36/KH-UBND', '', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', '', ...lines), TEST_CONTEXT));

describe('an item opening with its time', () => {
  it('reads "Quý I/2026:" and "Tháng 6/2026 -" heading the item as its time', () => {
    expect(
      rows(
        'III. NHIỆM VỤ',
        '1. Quý I/2026: Sở Khoa học và Công nghệ tham mưu danh mục nhiệm vụ đặt hàng.',
        '2. Tháng 6/2026 - Sở Tài chính hoàn thành nâng cấp nền tảng dữ liệu.',
      ),
    ).toEqual([
      ['III.1', ['tinh-a.so-khcn'], [], '2026-03-31'],
      ['III.2', ['tinh-a.so-tai-chinh'], [], '2026-06-30'],
    ]);
  });
});

describe('an unnumbered agency line over a list', () => {
  it('heads the list: each bullet stating its own time is a task of that agency', () => {
    expect(
      rows(
        'III. NHIỆM VỤ',
        'A. NHIỆM VỤ CỦA CÁC SỞ',
        '1. Sở Tài chính bố trí kinh phí trong năm 2026.',
        'B. NHIỆM VỤ CỦA CẤP HUYỆN',
        'UBND các huyện, thành phố:',
        '- Kiện toàn tổ công nghệ số cộng đồng; trong tháng 3/2026.',
        '- Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; thường xuyên.',
      ),
    ).toEqual([
      ['III.A.1', ['tinh-a.so-tai-chinh'], [], '2026-12-31'],
      ['III.B.1.1', ['tinh-a.ubnd-cac-huyen'], [], '2026-03-31'],
      ['III.B.1.2', ['tinh-a.ubnd-cac-huyen'], [], null],
    ]);
  });
});
