import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Times a clause or a bullet ends on, and reports dated once beside recurring ones; each on a made-up text.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Đổi mới công nghệ', '', ...lines), TEST_CONTEXT)).map((r) => r.slice(1));

describe('times at the end of a clause', () => {
  it("reads a year or a span of years after a comma as the bullet's time, but not a list of budget years", () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Hỗ trợ doanh nghiệp',
        '- Sở Công Thương: khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp, năm 2027.',
        '- Hướng dẫn doanh nghiệp lập dự án: Sở Tài chính thực hiện, năm 2026 - 2027.',
        '2. Sở Tài chính bố trí kinh phí từ nguồn ngân sách năm 2026, năm 2027.',
      ),
    ).toEqual([
      [['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      [['tinh-a.so-tai-chinh'], [], '2027-12-31'],
      [['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('reads a span of years or of months after a semicolon, due at the end of the second', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Sở Công Thương xây dựng bản đồ công nghệ của tỉnh; năm 2026 - 2027.',
        '2. Sở Tài chính tổ chức hội chợ công nghệ; tháng 8 - 9/2026.',
      ),
    ).toEqual([
      [['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      [['tinh-a.so-tai-chinh'], [], '2026-09-30'],
    ]);
  });

  it('reads "thực hiện 6 tháng cuối năm", a system put into use before a bracket of roles, and a submission with a bare quarter', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Giao Sở Công Thương chủ trì số hóa hồ sơ doanh nghiệp; thực hiện 6 tháng cuối năm 2026.',
        '2. Xây dựng hệ thống theo dõi đổi mới công nghệ; đưa vào vận hành năm 2027 (Sở Tài chính chủ trì).',
        '3. Sở Khoa học và Công nghệ: Xây dựng quy chế quản lý nhiệm vụ; trình UBND tỉnh Quý II/2026.',
      ),
    ).toEqual([
      [['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      [['tinh-a.so-tai-chinh'], [], '2027-12-31'],
      [['tinh-a.so-khcn'], [], '2026-06-30'],
    ]);
  });

  it("reads a one-off report dated beside recurring ones as the duty's time, and recurring reports alone as none", () => {
    expect(
      rows(
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ',
        '- Theo dõi, đôn đốc việc thực hiện Kế hoạch;',
        '- Báo cáo UBND tỉnh định kỳ hằng quý và báo cáo tổng kết năm 2026 trước ngày 05/12/2026.',
        '2. Sở Tài chính: Bố trí kinh phí; định kỳ hằng năm báo cáo kết quả trước ngày 10/12.',
      ),
    ).toEqual([
      [['tinh-a.so-khcn'], [], '2026-12-04'],
      [['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});
