import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Rules read from the 21st and 22nd blind sets (reader 1.13), each on a made-up text.
const draft = (lines: string[], kind = 'KẾ HOẠCH') =>
  draftPlan(doc('Số: 7/KH-UBND', '', kind, '', 'Về đổi mới sáng tạo', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[], kind?: string) => taskRows(draft(lines, kind));

describe('a heading that only names a topic', () => {
  it('sets out its sub-items as tasks when one writes its lead, each led by its own words', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển dịch vụ công nghệ',
        '- Khảo sát nhu cầu công nghệ của hợp tác xã: Sở Công Thương chủ trì, thời gian Quý III/2024;',
        '- Tổ chức kết nối cung cầu công nghệ, trong năm 2025, giao Sở Khoa học và Công nghệ chủ trì;',
        '- Mở rộng mạng lưới tư vấn viên, từ năm 2025.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2024-09-30'],
      ['II.1.2', ['tinh-a.so-khcn'], [], '2025-12-31'],
      ['II.1.3', [], [], null],
    ]);
  });

  it('keeps one task when the sub-items write no lead, or a line or paragraph of the item states its roles', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Nâng cao năng lực đổi mới',
        '- Đào tạo cán bộ quản lý công nghệ;',
        '- Hỗ trợ doanh nghiệp đánh giá trình độ công nghệ.',
        '2. Phát triển tổ chức trung gian',
        '- Hỗ trợ thành lập sàn giao dịch công nghệ;',
        '- Sở Tài chính chủ trì hướng dẫn cơ chế tài chính.',
        'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Công Thương thực hiện.',
        '3. Ứng dụng công nghệ số',
        '- Nhân rộng mô hình hiệu quả;',
        '- UBND các huyện, thành phố chủ trì xây dựng mô hình.',
        '- Cơ quan chủ trì: Sở Nông nghiệp và Phát triển nông thôn.',
      ]),
    ).toEqual([
      ['II.1', [], [], null],
      ['II.2', ['tinh-a.so-tai-chinh', 'tinh-a.so-khcn'], ['tinh-a.so-cong-thuong'], null],
      ['II.3', ['tinh-a.ubnd-cac-huyen', 'tinh-a.so-nnptnt'], [], null],
    ]);
  });

  it('reads a bracket naming the lead of "các nhiệm vụ tại mục này" as the lead of the bullets, a quarter after a comma as a bullet\'s time', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hạ tầng dữ liệu (Sở Khoa học và Công nghệ chủ trì các nhiệm vụ tại mục này)',
        '- Kết nối mạng chuyên dùng đến cấp xã, Quý II/2025;',
        '- Đào tạo kỹ năng số cho công chức: thường xuyên.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], [], '2025-06-30'],
      ['II.1.2', ['tinh-a.so-khcn'], [], null],
    ]);
  });
});

describe("an unregistered unit's name and its verb", () => {
  it('ends the name where a common verb of the predicate opens ("chủ động", "lồng ghép", "mở")', () => {
    const tasks = draft([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa và Thể thao lồng ghép nội dung đổi mới sáng tạo trong kế hoạch của ngành.',
      '2. UBND các xã, phường chủ động bố trí nguồn lực.',
      '3. Báo Đổi mới và Sáng tạo mở chuyên mục về khởi nghiệp.',
    ]).tasks;
    expect(tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([
      ['Sở Văn hóa và Thể thao'],
      ['UBND các xã, phường'],
      ['Báo Đổi mới và Sáng tạo'],
    ]);
  });
});

describe('duties that "phối hợp"', () => {
  it('gives the duty to an agency that is the subject of "phối hợp Y …", and to one that "Phối hợp …" with no one named when the plan names no lead', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính phối hợp Sở Khoa học và Công nghệ thẩm định phương án, hoàn thành trong tháng 8/2026.',
        '2. Văn phòng Sở: Phối hợp đăng tải thông tin trên Cổng thông tin điện tử.',
      ]),
    ).toEqual([
      ['III.1', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khcn'], '2026-08-31'],
      ['III.2', ['tinh-a.so-khcn.van-phong'], [], null],
    ]);
  });
});

describe('dates in duties and appendices', () => {
  it('reads a date written in words, and a periodic report given one dated time, as the due date; a yearly date stays none', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ',
        'Theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 20 tháng 10 năm 2024.',
        '2. Sở Tài chính: Định kỳ tổng hợp, báo cáo kết quả năm 2024 trước ngày 10/12/2024.',
        '3. Sở Công Thương: Tổng hợp, báo cáo UBND tỉnh trước ngày 10 tháng 12 hằng năm.',
      ]),
    ).toEqual([
      ['III.1', ['tinh-a.so-khcn'], [], '2024-10-19'],
      ['III.2', ['tinh-a.so-tai-chinh'], [], '2024-12-09'],
      ['III.3', ['tinh-a.so-cong-thuong'], [], null],
    ]);
  });

  it('keeps the items beside one that sends its contents to the appendix as tasks of their own', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Đẩy mạnh truyền thông về chuyển đổi số trong doanh nghiệp.',
        '2. Huy động doanh nghiệp công nghệ tham gia cung cấp giải pháp.',
        '3. Các nhiệm vụ cụ thể: chi tiết tại Phụ lục kèm theo.',
        '',
        'PHỤ LỤC',
        'TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành',
        '1\tKhảo sát mức độ sẵn sàng chuyển đổi số\tSở Khoa học và Công nghệ\tQuý II/2024',
        '2\tXây dựng chuyên trang hỗ trợ\tSở Công Thương\tQuý III/2024',
        '3\tTập huấn kỹ năng số\tSở Tài chính\tHằng năm',
      ]).map((r) => r.slice(0, 2)),
    ).toEqual([
      ['II.1', []],
      ['II.2', []],
      ['row-1', ['tinh-a.so-khcn']],
      ['row-2', ['tinh-a.so-cong-thuong']],
      ['row-3', ['tinh-a.so-tai-chinh']],
    ]);
  });
});
