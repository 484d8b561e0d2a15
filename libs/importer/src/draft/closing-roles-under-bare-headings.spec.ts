import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.19: under unnumbered headings over lists, a paragraph after the list that states the roles of its contents
// ("Cơ quan chủ trì: X. Thời gian: …") belongs to the item, not to the section's own text.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 61/KH-UBND', '', 'KẾ HOẠCH', 'Chuyển đổi số trong nông nghiệp', '', ...lines), TEST_CONTEXT));

describe('a paragraph stating the roles of the list above it', () => {
  it("gives the lead and time of the paragraph to the heading's item", () => {
    expect(
      rows(
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '',
        'Phát triển dữ liệu nông nghiệp',
        '',
        '- Xây dựng cơ sở dữ liệu vùng trồng; Sở Nông nghiệp và Phát triển nông thôn chủ trì, hoàn thành trong năm 2026.',
        '- Cấp mã số vùng trồng cho các sản phẩm chủ lực: UBND các huyện, thành phố thực hiện; Quý IV/2026.',
        '',
        'Phát triển nhân lực số',
        '',
        '- Tập huấn cán bộ khuyến nông về ứng dụng số: Sở Khoa học và Công nghệ chủ trì; năm 2026.',
        '- Bồi dưỡng kỹ năng số cho chủ trang trại: Sở Kế hoạch và Đầu tư chủ trì; năm 2027.',
        '',
        'Hỗ trợ hợp tác xã',
        '',
        'Hỗ trợ hợp tác xã ứng dụng nền tảng số, trong đó:',
        '- Đào tạo kỹ năng bán hàng trực tuyến;',
        '- Đưa sản phẩm lên sàn thương mại điện tử.',
        '',
        'Cơ quan chủ trì: Sở Công Thương. Thời gian: 2026 - 2027.',
        '',
        'III. TỔ CHỨC THỰC HIỆN',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-nnptnt'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.ubnd-cac-huyen'], [], '2026-12-31'],
      ['II.2.1', ['tinh-a.so-khcn'], [], '2026-12-31'],
      ['II.2.2', ['tinh-a.so-khdt'], [], '2027-12-31'],
      ['II.3', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
    ]);
  });
});
