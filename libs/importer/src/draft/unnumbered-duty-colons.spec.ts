import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.19: a bare "PHÂN CÔNG TỔ CHỨC THỰC HIỆN" heading opens the duties, and its unnumbered paragraphs may
// name their agency before a colon ("Sở Tài chính: Hằng năm, …") as numbered duties do.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 40/KH-UBND', '', 'KẾ HOẠCH', 'Hỗ trợ doanh nghiệp nhỏ và vừa', '', ...lines), TEST_CONTEXT));

describe('unnumbered duty paragraphs with a colon', () => {
  it('reads each "Agency: duties" paragraph under a bare duties heading as that agency\'s duty', () => {
    expect(
      rows(
        'NHIỆM VỤ TRỌNG TÂM',
        '',
        '1. Xây dựng cổng thông tin hỗ trợ doanh nghiệp (Sở Kế hoạch và Đầu tư chủ trì; Quý II/2026).',
        '',
        'PHÂN CÔNG TỔ CHỨC THỰC HIỆN',
        '',
        'Sở Khoa học và Công nghệ: Tổng hợp, báo cáo kết quả thực hiện gửi UBND tỉnh trước ngày 15/12/2026.',
        '',
        'Sở Tài chính: Hằng năm, căn cứ dự toán được duyệt, tham mưu bố trí kinh phí.',
        '',
        'Trên đây là Kế hoạch hỗ trợ doanh nghiệp nhỏ và vừa; yêu cầu các cơ quan, đơn vị triển khai thực hiện./.',
      ),
    ).toEqual([
      ['1', ['tinh-a.so-khdt'], [], '2026-06-30'],
      ['.1', ['tinh-a.so-khcn'], [], '2026-12-14'],
      ['.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});
