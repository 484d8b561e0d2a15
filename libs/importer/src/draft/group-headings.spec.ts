import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Groups of items: Roman headings inside a lettered part, and the lead a group's heading writes for its items.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 7/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển tài sản trí tuệ', '', ...lines), TEST_CONTEXT));

describe('Roman groups inside a lettered part', () => {
  it('reads the items under "I. …", "II. …" of "B. NHIỆM VỤ", numbering running on, each group\'s bracketed lead theirs', () => {
    expect(
      rows(
        'A. MỤC TIÊU',
        '1. Hỗ trợ đăng ký 15 nhãn hiệu.',
        '',
        'B. NHIỆM VỤ CỤ THỂ',
        'I. Nâng cao nhận thức về sở hữu trí tuệ (Sở Khoa học và Công nghệ chủ trì thực hiện)',
        '1. Tuyên truyền kiến thức về sở hữu trí tuệ; thực hiện hằng năm.',
        '2. Mở lớp tập huấn cho doanh nghiệp; thực hiện trong năm 2017.',
        'II. Phát triển tài sản trí tuệ',
        '3. Xây dựng hồ sơ chỉ dẫn địa lý: Sở Công Thương phối hợp với Sở Tài chính thực hiện giai đoạn 2017 - 2019.',
        '',
        'C. KINH PHÍ',
        'Từ ngân sách tỉnh.',
      ),
    ).toEqual([
      ['B.I.1', ['tinh-a.so-khcn'], [], null],
      ['B.I.2', ['tinh-a.so-khcn'], [], '2017-12-31'],
      ['B.II.3', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2019-12-31'],
    ]);
  });
});

describe('a group heading in capitals naming its lead', () => {
  it('gives "A. NHÓM NHIỆM VỤ DO SỞ X CHỦ TRÌ" as the lead of its items that name none', () => {
    expect(
      rows(
        'III. NHIỆM VỤ CỤ THỂ',
        'A. NHÓM NHIỆM VỤ DO SỞ KHOA HỌC VÀ CÔNG NGHỆ CHỦ TRÌ',
        '1. Tổ chức ngày hội khởi nghiệp (trong Quý III/2026).',
        '2. Vận hành trung tâm giám sát an toàn thông tin; thường xuyên.',
        'B. NHÓM NHIỆM VỤ CỦA CÁC SỞ, NGÀNH',
        '1. Sở Tài chính bố trí kinh phí trong năm 2026.',
      ),
    ).toEqual([
      ['III.A.1', ['tinh-a.so-khcn'], [], '2026-09-30'],
      ['III.A.2', ['tinh-a.so-khcn'], [], null],
      ['III.B.1', ['tinh-a.so-tai-chinh'], [], '2026-12-31'],
    ]);
  });
});
