import { TEST_CONTEXT, doc, taskRows, unitIds } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import type { ReaderContext } from './inputs.js';

// Rules read from the seventh and eighth blind sets (libs/importer/unseen/blind7, blind8), each on a made-up text.
const draft = (lines: string[], kind = 'KẾ HOẠCH', context: ReaderContext = TEST_CONTEXT) =>
  draftPlan(doc('Số: 7/KH-UBND', '', kind, '', 'Về khoa học', '', ...lines), context);
const rows = (lines: string[], kind?: string, context?: ReaderContext) => taskRows(draft(lines, kind, context));
const noUnits: ReaderContext = { ...TEST_CONTEXT, units: [] };

describe("a group's heading and its sub-items", () => {
  it("gives the heading's deadline to each sub-item that states none of its own", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Quản lý chất lượng',
        'Các nhiệm vụ tại mục này hoàn thành trong Quý III/2024.',
        'a) Giao Sở Công Thương chủ trì kiểm tra chất lượng hàng hóa.',
        'b) Giao Sở Tài chính chủ trì rà soát giá dịch vụ; hoàn thành trước ngày 15/5/2024.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2024-09-30'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], '2024-05-14'],
    ]);
  });

  it('splits sub-items when one writes its lead and another only its own time line; the latter takes no lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Dữ liệu',
        '1.1. Rà soát dữ liệu doanh nghiệp.',
        'Đơn vị thực hiện: Sở Kế hoạch và Đầu tư chủ trì.',
        'Thời gian: thường xuyên.',
        '1.2. Xây dựng kho dữ liệu dùng chung.',
        'Thời gian hoàn thành: trong năm 2025.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khdt'], [], null],
      ['II.1.2', [], [], '2025-12-31'],
    ]);
  });

  it('keeps an item one task when its sub-items write neither leads nor time lines of their own', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Hạ tầng (Sở Tài chính chủ trì)', '1.1. Rà soát hạ tầng.', '1.2. Nâng cấp mạng.']).map((r) => r[0]),
    ).toEqual(['II.1']);
  });

  it('reads a "Giao X …" paragraph inside a bullet, after its "+" list, as that bullet\'s lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hỗ trợ doanh nghiệp',
        '- Hỗ trợ đăng ký nhãn hiệu cho các sản phẩm, gồm:',
        '+ Chè xanh;',
        '+ Gạo nếp.',
        'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Công Thương. Thời gian: năm 2026.',
        '- Xây dựng sàn giao dịch công nghệ; Sở Tài chính chủ trì thực hiện.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong'], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});

describe('lines a printed page broke', () => {
  it('reads a dash that carries on a wrapped sentence as the hyphen of a name, not as a bullet', () => {
    expect(
      rows(
        [
          'II. NHIỆM VỤ',
          '1. Tuyên truyền',
          '- Xây dựng chuyên mục về khoa học trên các phương tiện thông tin đại chúng của tỉnh, mỗi năm',
          'ít nhất 10 tin, bài. Giao Sở Alpha chủ trì, phối hợp với Báo tỉnh, Đài Phát thanh',
          '- Truyền hình tỉnh thực hiện hằng năm.',
          '- Tổ chức tập huấn cho doanh nghiệp; Sở Beta chủ trì, hoàn thành trong năm 2025.',
        ],
        undefined,
        noUnits,
      ),
    ).toEqual([
      ['II.1.1', ['new:Sở Alpha'], ['new:Báo tỉnh', 'new:Đài Phát thanh - Truyền hình tỉnh'], null],
      ['II.1.2', ['new:Sở Beta'], [], '2025-12-31'],
    ]);
  });

  it("reads a registered unit's name broken across two lines whole, and a bracket after the subject does not part it from its verb", () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Kiểm tra',
        'a) Kiểm tra nhãn hàng hóa lưu thông trên thị trường. Sở Kế hoạch và',
        'Đầu tư chủ trì thực hiện; thời gian: thường xuyên.',
        'b) Thanh tra việc sử dụng nhãn hiệu. Sở Công Thương (Thanh tra Sở) chủ trì.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khdt'], [], null],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], null],
    ]);
  });

  it('reads a time word left at a line\'s end with its number on the next line ("Quý" / "IV/2025)")', () => {
    expect(
      rows(
        [
          'II. NỘI DUNG, NHIỆM VỤ',
          '1. Công bố hệ thống quản lý chất lượng đối với toàn bộ thủ tục hành chính thuộc thẩm quyền',
          '(UBND các xã, phường, đặc khu thực hiện; Quý',
          'IV/2025).',
        ],
        undefined,
        noUnits,
      ),
    ).toEqual([['II.1', ['new:UBND các xã, phường, đặc khu'], [], '2025-12-31']]);
  });

  it('reads a "Giao X …" paragraph outside the tasks whole when its sentence runs onto the next line', () => {
    const tasks = rows([
      'II. NHIỆM VỤ',
      '1. Rà soát quy định (Sở Tài chính chủ trì).',
      'III. TỔ CHỨC THỰC HIỆN',
      'Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp kết quả, báo cáo',
      'Chủ tịch UBND tỉnh trước ngày 20/11/2025.',
    ]);
    expect(tasks).toContainEqual(['giao-1', ['tinh-a.so-khcn'], [], '2025-11-19']);
  });
});

describe('deadlines and units as they are also written', () => {
  it('reads "hạn hoàn thành 30.9.2022" and "Thời hạn: 15.10.2024" as dates, the day named still on time', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Đăng ký nhãn hiệu (Sở Tài chính chủ trì); hạn hoàn thành 30.9.2022.',
        '2. Rà soát hồ sơ (Sở Công Thương chủ trì). Thời hạn: 15.10.2024.',
      ]).map((r) => r[3]),
    ).toEqual(['2022-09-30', '2024-10-15']);
  });

  it('reads "từ năm học 2022-2023" as open-ended from that school year: no due date', () => {
    const [task] = draft([
      'II. NHIỆM VỤ',
      '1. Lồng ghép nội dung vào giờ học (Sở Tài chính chủ trì).',
      'Thời gian thực hiện: từ năm học 2022-2023.',
    ]).tasks;
    expect([task!.deadline?.kind, task!.deadline?.due]).toEqual(['OPEN_ENDED', null]);
  });

  it("keeps a table's unit cell that names no known unit as a unit, as written", () => {
    expect(
      rows(
        [
          'II. NHIỆM VỤ',
          'TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
          '1\tRà soát quy chuẩn kỹ thuật\tCác bộ, cơ quan ngang bộ\tBộ Gamma\t2025-2026',
          '2\tPhủ sóng di động\tCác doanh nghiệp viễn thông chủ trì\t\tNăm 2026',
        ],
        'QUYẾT ĐỊNH',
        noUnits,
      ),
    ).toEqual([
      ['row-1', ['new:Các bộ, cơ quan ngang bộ'], ['new:Bộ Gamma'], '2026-12-31'],
      ['row-2', ['new:Các doanh nghiệp viễn thông'], [], '2026-12-31'],
    ]);
  });

  it('makes a decision\'s "Điều 2. Giao X …" a task, unless it hands X the whole plan', () => {
    const refs = (article: string) => draft(['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.', article], 'QUYẾT ĐỊNH').tasks;
    expect(
      refs('Điều 2. Giao Sở Tài chính chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.').map((t) => [t.ref, unitIds(t.leadUnits)]),
    ).toEqual([['giao-1', ['tinh-a.so-tai-chinh']]]);
    expect(() =>
      refs(
        'Điều 2. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành có liên quan; UBND các huyện, thành phố tổ chức triển khai thực hiện Kế hoạch.',
      ),
    ).toThrow(/sets no tasks/);
  });
});
