import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.18: a "Mục 2." section numbering its items "2.1.", unnumbered headings over a paragraph among headings over
// lists, and a time closing a sentence before "gồm:".
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 15/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển dịch vụ số', '', ...lines), TEST_CONTEXT));

describe('headings over paragraphs and Mục-numbered items', () => {
  it('reads "2.1." items under a "Mục 2." section as its items, their lettered agencies as tasks', () => {
    expect(
      rows(
        '**Mục 2. NHIỆM VỤ CỤ THỂ**',
        '',
        '2.1. Xây dựng cổng dữ liệu mở của tỉnh.',
        '- Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
        '- Thời gian hoàn thành: Quý II/2026.',
        '',
        '2.2. Hỗ trợ hợp tác xã chuyển đổi số',
        'a) Sở Công Thương: hướng dẫn hợp tác xã bán hàng trực tuyến; trong năm 2026.',
        'b) UBND các huyện, thành phố: vận động hộ kinh doanh tham gia.',
        '',
        '2.3. Kiểm tra việc thực hiện. Sở Tài chính chủ trì tổ chức kiểm tra trong Quý III/2026, gồm:',
        '- Kiểm tra việc sử dụng kinh phí;',
        '- Kiểm tra sản phẩm bàn giao.',
        '',
        '**Mục 3. TỔ CHỨC THỰC HIỆN**',
        '',
        '- Sở Kế hoạch và Đầu tư: Tổng hợp nhu cầu vốn.',
      ),
    ).toEqual([
      ['Mục 2.1', ['tinh-a.so-khcn'], [], '2026-06-30'],
      ['Mục 2.2.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['Mục 2.2.2', ['tinh-a.ubnd-cac-huyen'], [], null],
      ['Mục 2.3', ['tinh-a.so-tai-chinh'], [], '2026-09-30'],
      ['Mục 3.1', ['tinh-a.so-khdt'], [], null],
    ]);
  });

  it('reads a short title set apart over a paragraph as a heading when others of the section head lists', () => {
    expect(
      rows(
        '## II. NHIỆM VỤ, GIẢI PHÁP',
        '',
        '**Nâng cao nhận thức**',
        '',
        '- Tuyên truyền về kinh tế số (Sở Khoa học và Công nghệ chủ trì; Quý II/2026).',
        '',
        '**Hoàn thiện chính sách**',
        '',
        '- Xây dựng cơ chế hỗ trợ doanh nghiệp số (Sở Tài chính chủ trì; năm 2026).',
        '',
        '**Phát triển hạ tầng số**',
        '',
        'Giao Sở Công Thương chủ trì phát triển hạ tầng thương mại điện tử, hoàn thành trước ngày 31/10/2026.',
        '',
        '**Phát triển doanh nghiệp số**',
        '',
        'Sở Kế hoạch và Đầu tư chủ trì, cùng Sở Khoa học và Công nghệ hỗ trợ 30 doanh nghiệp; thực hiện 2026 - 2027.',
        '',
        '## III. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Khoa học và Công nghệ theo dõi việc thực hiện Kế hoạch.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn'], [], '2026-06-30'],
      ['II.2', ['tinh-a.so-tai-chinh'], [], '2026-12-31'],
      ['II.3', ['tinh-a.so-cong-thuong'], [], '2026-10-30'],
      ['II.4', ['tinh-a.so-khdt'], ['tinh-a.so-khcn'], '2027-12-31'],
      ['III.1', ['tinh-a.so-khcn'], [], null],
    ]);
  });
});
