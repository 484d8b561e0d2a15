import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Items numbered with their section's number before theirs ("2.1." under "II."), and the times that end a list's items.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 4/KH-UBND', '', 'KẾ HOẠCH', 'Hỗ trợ khởi nghiệp', '', ...lines), TEST_CONTEXT));

describe("items numbered with their section's number", () => {
  it('reads "2.1.", "2.2." under "II." as the items, "2.1.1." below them as sub-items, "4.1." as duties', () => {
    expect(
      rows(
        'I. MỤC ĐÍCH, YÊU CẦU',
        '1.1. Hỗ trợ khoảng 20 dự án khởi nghiệp.',
        '',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '2.1. Hoàn thiện chính sách',
        '2.1.1. Xây dựng quy định hỗ trợ khởi nghiệp - Sở Khoa học và Công nghệ chủ trì; hoàn thành trong Quý III/2026.',
        '2.1.2. Rà soát các văn bản hết hiệu lực; Sở Tài chính chủ trì; hoàn thành trong năm 2026.',
        '2.2. Sở Công Thương tổ chức kết nối cung cầu công nghệ trong năm 2027.',
        '',
        'IV. TỔ CHỨC THỰC HIỆN',
        '4.1. Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.',
        '4.2. Sở Tài chính bố trí kinh phí hằng năm.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], [], '2026-09-30'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], '2026-12-31'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['IV.1', ['tinh-a.so-khcn'], [], null],
      ['IV.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('keeps "2.1." as a sub-item of item 2 when the section numbers its items "1.", "2."', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Sở Công Thương khảo sát nhu cầu công nghệ.',
        '2. Phát triển thị trường',
        '2.1. Tổ chức chợ công nghệ.',
        '2.2. Kết nối doanh nghiệp với viện, trường.',
      ).map((r) => r[0]),
    ).toEqual(['II.1', 'II.2']);
  });
});

describe("a time ending a list's item on its semicolon", () => {
  it('reads "…; Quý II/2026;" (wrapped too) as the item\'s time, and an unregistered body before "đưa" as its lead', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Phát triển hạ tầng',
        'Sở Khoa học và Công nghệ chủ trì thực hiện:',
        'a) Thành lập Trung tâm Đổi mới sáng tạo tỉnh trên cơ sở sắp xếp các đơn vị hiện có; Quý',
        'II/2026;',
        'b) Vận hành cổng thông tin khởi nghiệp; thường xuyên;',
        'c) Hình thành không gian làm việc chung; năm 2026.',
        '2. Sở Giáo dục và Đào tạo đưa nội dung khởi nghiệp vào trường học.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], [], '2026-06-30'],
      ['II.1.2', ['tinh-a.so-khcn'], [], null],
      ['II.1.3', ['tinh-a.so-khcn'], [], '2026-12-31'],
      ['II.2', ['new:Sở Giáo dục và Đào tạo'], [], null],
    ]);
  });
});
