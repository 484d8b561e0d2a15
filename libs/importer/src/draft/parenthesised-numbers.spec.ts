import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Sub-items numbered "1)", "2)" under a numbered item.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 3/KH-UBND', '', 'KẾ HOẠCH', 'Hoàn thiện thể chế', '', ...lines), TEST_CONTEXT));

describe('sub-items numbered "1)", "2)"', () => {
  it('sets them out as tasks when each writes its lead in label lines, a blank line between them', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '',
        '2. Hoàn thiện thể chế',
        '',
        '1) Xây dựng quy định hỗ trợ đổi mới sáng tạo.',
        'Chủ trì: Sở Khoa học và Công nghệ. Phối hợp: Sở Tài chính. Thời gian: tháng 7/2025.',
        '',
        '2) Rà soát các quy định không còn phù hợp.',
        'Chủ trì: Sở Kế hoạch và Đầu tư. Thời gian: trước 01/3/2025.',
      ),
    ).toEqual([
      ['II.2.1', ['tinh-a.so-khcn'], ['tinh-a.so-tai-chinh'], '2025-07-31'],
      ['II.2.2', ['tinh-a.so-khdt'], [], '2025-02-28'],
    ]);
  });
});
