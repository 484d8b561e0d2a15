import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.19: a paragraph giving several units their work. After the lead "chủ trì", a clause after a semicolon
// whose subject is registered units doing work of their own names more leads; a unit that only oversees does not.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 21/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển thương mại điện tử', '', ...lines), TEST_CONTEXT));

describe('leads of later clauses in one paragraph', () => {
  it('adds the subject of a clause after a semicolon that does work of its own', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Đào tạo kỹ năng bán hàng trực tuyến',
        'Sở Công Thương chủ trì, phối hợp với Sở Tài chính mở các lớp tập huấn cho hộ kinh doanh; UBND các huyện, thành phố cử học viên tham dự. Thực hiện trong năm 2026.',
        '2. Hoàn thiện chính sách hỗ trợ. Rà soát các quy định về hỗ trợ doanh nghiệp - Sở Kế hoạch và Đầu tư chủ trì; đồng thời Sở Tài chính tham mưu ban hành quy chế quản lý quỹ hỗ trợ trong Quý III/2026.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong', 'tinh-a.ubnd-cac-huyen'], ['tinh-a.so-tai-chinh'], '2026-12-31'],
      ['II.2', ['tinh-a.so-khdt', 'tinh-a.so-tai-chinh'], [], '2026-09-30'],
    ]);
  });

  it('keeps one lead when the later clause only oversees or funds the work, or names bodies that are not registered', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Số hóa hồ sơ',
        'UBND các huyện, thành phố chủ trì số hóa hồ sơ, hoàn thành trong tháng 12/2026; Sở Khoa học và Công nghệ hướng dẫn, kiểm tra.',
        '2. Tuyên truyền',
        'Sở Công Thương chủ trì định hướng tuyên truyền; các cơ quan báo chí của tỉnh mở chuyên mục về thương mại điện tử. Thực hiện thường xuyên.',
        '3. Hỗ trợ hợp tác xã',
        'Sở Nông nghiệp và Phát triển nông thôn chủ trì hỗ trợ hợp tác xã; Sở Tài chính tham mưu bố trí kinh phí hằng năm.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.ubnd-cac-huyen'], [], '2026-12-31'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], null],
      ['II.3', ['tinh-a.so-nnptnt'], [], null],
    ]);
  });
});

describe('a heading naming its lead after "do"', () => {
  it('sets out each timed bullet under "Nhóm nhiệm vụ do X chủ trì" as a task of X', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Nhóm nhiệm vụ do Sở Công Thương chủ trì',
        '- Xây dựng sàn giao dịch nông sản của tỉnh; hoàn thành trong Quý II/2026.',
        '- Hỗ trợ 10 hợp tác xã mở gian hàng trực tuyến, phối hợp với Sở Tài chính; năm 2027.',
        '2. Phát triển hạ tầng logistics do Sở Kế hoạch và Đầu tư chủ trì',
        '- Khảo sát nhu cầu kho lạnh;',
        '- Đề xuất danh mục dự án kêu gọi đầu tư.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2026-06-30'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2027-12-31'],
      ['II.2', ['tinh-a.so-khdt'], [], null],
    ]);
  });
});

describe('units listed with a semicolon in a bracket', () => {
  it('gives the verb after the last units to those listed before the semicolon', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Áp dụng hệ thống quản lý chất lượng tại các cơ quan hành chính; hoàn thành trước ngày 15/9/2026 (Các sở, ngành có liên quan; UBND các huyện, thành phố thực hiện, phối hợp với Sở Khoa học và Công nghệ).',
      ),
    ).toEqual([['II.1', ['tinh-a.cac-so-nganh', 'tinh-a.ubnd-cac-huyen'], ['tinh-a.so-khcn'], '2026-09-14']]);
  });
});
