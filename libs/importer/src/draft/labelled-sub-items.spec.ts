import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.19: a topic heading over "2.1." sub-items that carry their own label lines ("Chủ trì thực hiện: X"):
// each sub-item is a task, the last one too when it states no roles.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 52/KH-UBND', '', 'KẾ HOẠCH', 'Nâng cao năng suất lao động', '', ...lines), TEST_CONTEXT));

describe('sub-items with label lines of their own', () => {
  it('sets out each numbered sub-item under a topic heading as a task when its siblings label their roles', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '2. Hỗ trợ doanh nghiệp nâng cao năng suất',
        '2.1. Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất',
        'Chủ trì thực hiện: Sở Khoa học và Công nghệ',
        'Tiến độ: 2026 - 2027',
        '2.2. Hỗ trợ doanh nghiệp đổi mới công nghệ',
        '- Cơ quan chủ trì: Sở Công Thương.',
        '- Thời gian: năm 2027.',
        '2.3. Tổ chức hội thảo chia sẻ kinh nghiệm về năng suất (mỗi năm 01 hội thảo).',
      ),
    ).toEqual([
      ['II.2.1', ['tinh-a.so-khcn'], [], '2027-12-31'],
      ['II.2.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.2.3', [], [], null],
    ]);
  });

  it('keeps an item one task when only its last lines label the roles of the whole list', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '2. Hỗ trợ doanh nghiệp nâng cao năng suất',
        '2.1. Khảo sát nhu cầu của doanh nghiệp',
        '2.2. Xây dựng mô hình điểm tại doanh nghiệp',
        'Cơ quan chủ trì: Sở Công Thương',
        'Thời gian: năm 2027',
      ),
    ).toEqual([['II.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31']]);
  });
});
