import { TEST_CONTEXT, TEST_UNITS, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import { unitMatcher } from './units.js';

// Rules read from the ninth and tenth blind sets (libs/importer/unseen/blind9, blind10), each on a made-up text.
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 7/KH-UBND', '', 'KẾ HOẠCH', '', 'Về phát triển dữ liệu số năm 2024', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines), true);
const names = (text: string) =>
  unitMatcher(TEST_UNITS)
    .listAt(text, 0)
    .units.map((u) => u.name);

describe('a sentence a printed page broke', () => {
  it("reads a body's name the page broke after its kind word, and the time its bracket ends on", () => {
    expect(rows(['II. NHIỆM VỤ', '1. Kiểm kê tài sản công nghệ của tỉnh (Sở', 'Tài chính chủ trì; tháng 9/2024).'])).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-tai-chinh'], [], '2024-09-30'],
    ]);
  });

  it('reads a name the page broke after "phối hợp với"', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Đào tạo kỹ năng số (Sở Công Thương chủ trì, phối hợp với', 'Sở Tài chính; 2024 - 2026).'])).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2026-12-31'],
    ]);
  });

  it('reads "chủ trì" carried to the next line in lowercase as the verb, not a label', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Mở rộng liên kết vùng. Sở Tài chính, Sở Công Thương', 'chủ trì thực hiện.'])).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-tai-chinh', 'tinh-a.so-cong-thuong'], [], null],
    ]);
  });

  it('reads "do X chủ trì thực hiện trong năm …" as the lead and its time', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Lập bản đồ số về đất đai của tỉnh, do Trung tâm', 'Dữ liệu tỉnh chủ trì thực hiện trong năm 2025.']),
    ).toEqual([['II.1', 'TASK', ['new:Trung tâm Dữ liệu tỉnh'], [], '2025-12-31']]);
  });

  it('reads a "Giao" sentence outside the task sections with the line it runs on to', () => {
    expect(
      rows([
        'III. KINH PHÍ',
        'Kinh phí từ ngân sách tỉnh. Giao Sở Tài chính chủ trì, phối hợp với Sở Kế',
        'hoạch và Đầu tư bố trí kinh phí hằng năm.',
      ]),
    ).toEqual([['giao-1', 'ASSIGNMENT', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khdt'], null]]);
  });
});

describe('an item and its hand-outs over several lines', () => {
  it('reads a heading with one "Giao" paragraph running over lines as one task of the item', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Số hóa tài liệu lưu trữ',
        'Giao Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở quét, lưu trữ',
        'hồ sơ giấy của cơ quan; hoàn thành 6 tháng đầu năm 2024.',
        '2. Nâng cấp hạ tầng',
        'Giao Sở Tài chính bố trí kinh phí; hoàn thành trong năm 2024.',
        'Giao Sở Công Thương lắp đặt thiết bị; hoàn thành trong năm 2025.',
      ]),
    ).toEqual([
      ['II.1', 'TASK', ['tinh-a.so-khcn.van-phong'], ['tinh-a.so-khcn.cac-phong'], '2024-06-30'],
      ['II.2.g1', 'ASSIGNMENT', ['tinh-a.so-tai-chinh'], [], '2024-12-31'],
      ['II.2.g2', 'ASSIGNMENT', ['tinh-a.so-cong-thuong'], [], '2025-12-31'],
    ]);
  });

  it("reads a group heading's lead when the heading runs over two lines before its colon", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Cải cách thủ tục. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở',
        'Tài chính thực hiện các nhiệm vụ sau:',
        'a) Rà soát quy trình cấp phép; hoàn thành trước ngày 30/6/2024.',
        'b) Công khai kết quả giải quyết hồ sơ.',
      ]),
    ).toEqual([
      ['II.1.1', 'TASK', ['tinh-a.so-khdt'], ['tinh-a.so-tai-chinh'], '2024-06-29'],
      ['II.1.2', 'TASK', ['tinh-a.so-khdt'], ['tinh-a.so-tai-chinh'], null],
    ]);
  });
});

describe('deadlines', () => {
  it('reads a bare time as the last clause, a submission at a session, and "Tiến độ:"', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển nhân lực',
        'a) Sở Tài chính: Xây dựng đề án thu hút chuyên gia, trình HĐND tỉnh tại kỳ họp giữa năm 2025.',
        'b) Sở Công Thương: Tổ chức diễn đàn kết nối doanh nghiệp; Quý',
        'IV/2024.',
        '2. Chuẩn hóa danh mục dữ liệu. Đơn vị chủ trì: Sở Tài chính. Tiến độ: tháng 10/2024.',
        '3. Tập huấn cán bộ cấp xã (Sở Công Thương chủ trì); thực hiện năm 2024 - 2025.',
        '4. Khảo sát nhu cầu. Đơn vị chủ trì: Sở Tài chính. Tiến độ: hằng năm.',
      ]),
    ).toEqual([
      ['II.1.1', 'TASK', ['tinh-a.so-tai-chinh'], [], '2025-12-31'],
      ['II.1.2', 'TASK', ['tinh-a.so-cong-thuong'], [], '2024-12-31'],
      ['II.2', 'TASK', ['tinh-a.so-tai-chinh'], [], '2024-10-31'],
      ['II.3', 'TASK', ['tinh-a.so-cong-thuong'], [], '2025-12-31'],
      ['II.4', 'TASK', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});

describe('names of bodies', () => {
  it('reads "Sở" before a lowercase word as a common word inside a name, not a department', () => {
    expect(names('Phòng Quản lý chất lượng và Sở hữu công nghiệp chủ trì')).toEqual(['Phòng Quản lý chất lượng và Sở hữu công nghiệp']);
    expect(names('Phòng Pháp chế và Sở Nội vụ thực hiện')).toEqual(['Phòng Pháp chế', 'Sở Nội vụ']);
    expect(names('Sở chủ trì, phối hợp')).toEqual(['Sở']);
  });

  it('reads the ministries as one plural body ("Các bộ, cơ quan ngang bộ, …")', () => {
    expect(rows(['III. TỔ CHỨC THỰC HIỆN', '1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ: Bố trí nguồn lực thực hiện.'])).toEqual([
      ['III.1', 'DUTY', ['new:Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'], [], null],
    ]);
  });
});
