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

describe('a numbered sub-item that only names a topic', () => {
  it('sets out its own "1.1.1." sub-items that write their leads as tasks', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Hoàn thiện cơ chế, chính sách',
        '1.1. Về cơ chế hỗ trợ',
        '1.1.1. Xây dựng quy định hỗ trợ doanh nghiệp cải tiến năng suất.',
        'Sở Khoa học và Công nghệ chủ trì xây dựng dự thảo, trình UBND tỉnh trong Quý I/2027.',
        '1.1.2. Lồng ghép nội dung năng suất vào chương trình khuyến công. Sở Công Thương thực hiện hằng năm.',
        '1.2. Đánh giá tình hình thực hiện (Sở Kế hoạch và Đầu tư chủ trì; năm 2027).',
      ),
    ).toEqual([
      ['II.1.1.1', ['tinh-a.so-khcn'], [], '2027-03-31'],
      ['II.1.1.2', ['tinh-a.so-cong-thuong'], [], null],
      ['II.1.2', ['tinh-a.so-khdt'], [], '2027-12-31'],
    ]);
  });
});
