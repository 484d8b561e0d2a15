import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Bodies the plan asks, agencies with their office in brackets, leads a heading states for its sub-items, lists of one
// task's contents, page numbers and names the reader reads whole; each on a made-up text.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 14/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển doanh nghiệp công nghệ', '', ...lines), TEST_CONTEXT));
const roles = (...lines: string[]) => rows(...lines).map((r) => r.slice(1));

describe('bodies the plan asks and agencies it names', () => {
  it('reads "Đề nghị X phối hợp với Y …" as X\'s duty with Y\'s help, and a body asked under a bare title as the lead', () => {
    expect(
      roles(
        'II. NHIỆM VỤ',
        '1. Hỗ trợ doanh nghiệp công nghệ ở các địa phương',
        'Đề nghị Liên đoàn Lao động tỉnh tuyên truyền, vận động người lao động tham gia; thực hiện năm 2026.',
        '',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.',
        '2. Đề nghị Hội Doanh nhân trẻ tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức diễn đàn khởi nghiệp.',
      ),
    ).toEqual([
      [['new:Liên đoàn Lao động tỉnh'], [], '2026-12-31'],
      [['tinh-a.so-tai-chinh'], [], null],
      [['new:Hội Doanh nhân trẻ tỉnh'], ['tinh-a.so-khcn'], null],
    ]);
  });

  it("reads an agency heading with its office in brackets as the agency's duty", () => {
    expect(
      roles(
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính: Bố trí kinh phí.',
        '2. Sở Công Thương (Phòng Quản lý thương mại): Lồng ghép các nội dung của Kế hoạch; phối hợp với Sở Khoa học và Công nghệ lựa chọn doanh nghiệp.',
      ),
    ).toEqual([
      [['tinh-a.so-tai-chinh'], [], null],
      [['tinh-a.so-cong-thuong'], ['tinh-a.so-khcn'], null],
    ]);
  });

  it('reads a subject that "phối hợp" a named partner as the lead, past the formula of remit too, and a delivering unit of a later clause', () => {
    expect(
      roles(
        'II. NHIỆM VỤ',
        '1. Đào tạo cán bộ quản lý công nghệ: Sở Tài chính phối hợp Sở Khoa học và Công nghệ tổ chức các lớp bồi dưỡng hằng năm.',
        '2. Phát triển nhân lực công nghệ',
        '- Thu hút chuyên gia về làm việc tại tỉnh;',
        '- Bồi dưỡng cán bộ quản lý doanh nghiệp.',
        'Sở Công Thương, Sở Tài chính theo chức năng, nhiệm vụ chủ trì thực hiện; giai đoạn 2026 - 2027.',
        '3. Kiện toàn bộ phận quản lý công nghệ tại các sở; Sở Khoa học và Công nghệ hoàn thành trong Quý IV/2026.',
      ),
    ).toEqual([
      [['tinh-a.so-tai-chinh'], ['tinh-a.so-khcn'], null],
      [['tinh-a.so-cong-thuong', 'tinh-a.so-tai-chinh'], [], '2027-12-31'],
      [['tinh-a.so-khcn'], [], '2026-12-31'],
    ]);
  });

  it("reads a fund, a programme's office and a plural subject doing things periodically as bodies, and a name a page broke before its verb", () => {
    expect(
      roles(
        'II. NHIỆM VỤ',
        '1. Hỗ trợ dự án khởi nghiệp: Quỹ Phát triển Doanh nghiệp tỉnh chủ trì; năm 2026.',
        '2. Triển khai Chương trình hỗ trợ thương mại hóa công nghệ, do Văn phòng Chương trình đổi mới công nghệ chủ trì thực hiện hằng năm.',
        '3. Các doanh nghiệp công nghệ số định kỳ 6 tháng báo cáo kết quả về Sở Khoa học và Công nghệ.',
        '4. Đối với hàng hóa lưu thông trên thị trường: Sở Giao',
        'Thông chủ trì; Quý III/2026.',
      ),
    ).toEqual([
      [['new:Quỹ Phát triển Doanh nghiệp tỉnh'], [], '2026-12-31'],
      [['new:Văn phòng Chương trình đổi mới công nghệ'], [], null],
      [['new:Các doanh nghiệp công nghệ số'], [], null],
      [['new:Sở Giao Thông'], [], '2026-09-30'],
    ]);
  });
});

describe('sub-items and the lead of their heading', () => {
  it("gives the lead a heading's bracket states to a sub-item that names none beside one that names its own", () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Phát triển nhân lực công nghệ (Sở Tài chính chủ trì)',
        '- Xây dựng chính sách thu hút chuyên gia công nghệ; Quý II/2026.',
        '- Sở Công Thương đào tạo kỹ năng số cho doanh nghiệp, từ năm 2026.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-tai-chinh'], [], '2026-06-30'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], null],
    ]);
  });

  it('reads a list a lead-less sentence or a focus opens as the contents of one task', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Bảo hộ nhãn hiệu cho đặc sản',
        'Sở Khoa học và Công nghệ chủ trì xây dựng hồ sơ đăng ký nhãn hiệu; hoàn thành trong năm 2026. Các sản phẩm ưu tiên:',
        '- Chè xanh vùng cao;',
        '- Mật ong rừng.',
        '2. Chuyển đổi số doanh nghiệp',
        'Sở Công Thương chủ trì triển khai Chương trình hỗ trợ doanh nghiệp, hoàn thành trong năm 2027, tập trung vào các nội dung:',
        '- Đánh giá mức độ sẵn sàng của doanh nghiệp;',
        '- Hỗ trợ doanh nghiệp dùng nền tảng số.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn'], [], '2026-12-31'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
    ]);
  });
});

describe('page numbers, long bare titles and hand-outs after an opening phrase', () => {
  it('reads an item over a page number as its heading and one "Giao" paragraph, and a "…, giao X" sentence of the free text', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Xây dựng cổng thông tin doanh nghiệp công nghệ',
        'Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng cổng thông tin; hoàn thành trước ngày',
        '30/6/2026.',
        '',
        '3',
        'III. TỔ CHỨC THỰC HIỆN',
        'Ngoài các nhiệm vụ nêu trên, giao Sở Khoa học và Công nghệ tuyên truyền về doanh nghiệp công nghệ; thực hiện thường xuyên.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2026-06-29'],
      ['giao-1', ['tinh-a.so-khcn'], [], null],
    ]);
  });

  it("reads the paragraph under a bare title of up to 80 characters as the item's opening sentence", () => {
    expect(
      roles(
        'II. NHIỆM VỤ',
        '1. Duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính',
        'Các sở, ngành có liên quan, UBND các huyện, thành phố duy trì hệ thống quản lý chất lượng; thực hiện thường xuyên.',
      ),
    ).toEqual([[['tinh-a.cac-so-nganh', 'tinh-a.ubnd-cac-huyen'], [], null]]);
  });
});
