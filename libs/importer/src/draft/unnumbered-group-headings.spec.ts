import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// A task section that numbers nothing: its work grouped under unnumbered headings, each with a list under it.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 12/CTr-UBND', '', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'Phát triển kinh tế số', '', ...lines), TEST_CONTEXT));

describe('unnumbered group headings', () => {
  it('reads each bold heading with its list as an item, a "Giao" paragraph after the lists as a task of its own', () => {
    expect(
      rows(
        '## II. NHIỆM VỤ, GIẢI PHÁP',
        '',
        '**Hoàn thiện chính sách**',
        '',
        '- Sở Tài chính tham mưu cơ chế hỗ trợ doanh nghiệp số; Quý IV/2026.',
        '- Sở Công Thương xây dựng sàn thương mại điện tử; hoàn thành trong năm 2027.',
        '',
        '**Phát triển nhân lực số** (Sở Khoa học và Công nghệ chủ trì; thực hiện giai đoạn 2026 - 2027)',
        '',
        '- Đào tạo kỹ năng số cho cán bộ;',
        '- Tổ chức các lớp phổ cập kỹ năng số.',
        '',
        'Giao Sở Kế hoạch và Đầu tư chủ trì tổng hợp nhu cầu vốn; thực hiện thường xuyên.',
        '',
        '## III. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Khoa học và Công nghệ theo dõi việc thực hiện Chương trình.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-tai-chinh'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.2', ['tinh-a.so-khcn'], [], '2027-12-31'],
      ['giao-1', ['tinh-a.so-khdt'], [], null],
      ['III.1', ['tinh-a.so-khcn'], [], null],
    ]);
  });

  it('reads a lone unnumbered line over a list as no item: one heading is an introduction', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        'Các nhiệm vụ trọng tâm',
        '- Sở Tài chính bố trí kinh phí; năm 2026.',
        '1. Sở Công Thương tổ chức hội chợ công nghệ; Quý III/2026.',
      ).map((r) => r[0]),
    ).toEqual(['II.1']);
  });
});
