import { TEST_CONTEXT, doc, taskRows, unitIds } from '../testing/lists.js';
import { DocumentRejected, draftPlan } from './draft-plan.js';
import type { ReaderContext } from './inputs.js';

// Rules read from the third blind set (libs/importer/unseen/blind3), each on a made-up text.
const draft = (lines: string[], kind = 'KẾ HOẠCH', context: ReaderContext = TEST_CONTEXT) =>
  draftPlan(doc('Số: 5/KH-UBND', '', kind, '', 'Về khoa học', '', ...lines), context);
const rows = (lines: string[], kind?: string, context?: ReaderContext) => taskRows(draft(lines, kind, context));
const noUnits: ReaderContext = { ...TEST_CONTEXT, units: [] };

describe('sub-items that each write their own lead', () => {
  it('makes each "1.1." sub-item with its labelled lines a task, and keeps a group heading out', () => {
    expect(
      rows([
        'III. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Hoàn thiện chính sách',
        '1.1. Rà soát quy định hỗ trợ doanh nghiệp.',
        '- Đơn vị chủ trì: Sở Tài chính.',
        '- Thời gian hoàn thành: Quý II/2023.',
        '1.2. Xây dựng danh mục công nghệ.',
        '- Đơn vị chủ trì: Sở Công Thương.',
        '- Đơn vị phối hợp: Sở KH&ĐT.',
      ]),
    ).toEqual([
      ['III.1.1', ['tinh-a.so-tai-chinh'], [], '2023-06-30'],
      ['III.1.2', ['tinh-a.so-cong-thuong'], ['tinh-a.so-khdt'], null],
    ]);
  });

  it('splits lettered agency items ("a) Sở Y tế: …") and bullets with bracketed labels; sub-items without leads stay one task', () => {
    expect(
      rows(
        [
          'II. NHIỆM VỤ',
          '1. Chuyển đổi số',
          'a) Sở Y tế: Triển khai bệnh án điện tử, hoàn thành trước ngày 30/6/2026.',
          'b) Sở Giáo dục và Đào tạo: Triển khai học bạ số.',
          '2. Nâng cao nhận thức',
          '- Tuyên truyền Nghị quyết (Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Báo tỉnh; thời gian: Quý IV/2025).',
          '- Bồi dưỡng cán bộ cấp xã (Cơ quan chủ trì: Sở Nội vụ; thời gian: năm 2026).',
          '3. Phát triển hạ tầng',
          '- Rà soát hạ tầng viễn thông.',
          '- Quy hoạch trạm phát sóng.',
        ],
        undefined,
        noUnits,
      ),
    ).toEqual([
      ['II.1.1', ['new:Sở Y tế'], [], '2026-06-29'],
      ['II.1.2', ['new:Sở Giáo dục và Đào tạo'], [], null],
      ['II.2.1', ['new:Sở Văn hóa, Thể thao và Du lịch'], ['new:Báo tỉnh'], '2025-12-31'],
      ['II.2.2', ['new:Sở Nội vụ'], [], '2026-12-31'],
      ['II.3', [], [], null],
    ]);
  });

  it('reads labels opening any clause ("Chủ trì: X. Phối hợp: Y.", "…; cơ quan phối hợp: Y")', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hỗ trợ đăng ký nhãn hiệu',
        'Chủ trì: Sở NN&PTNT. Phối hợp: Sở Khoa học và Công nghệ. Thời gian: 2024 - 2025.',
        '2. Triển khai nền tảng số',
        'Cơ quan chủ trì: Sở KH&CN; cơ quan phối hợp: Sở Tài chính. Thời gian hoàn thành: trước 30/9/2025.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-nnptnt'], ['tinh-a.so-khcn'], '2025-12-31'],
      ['II.2', ['tinh-a.so-khcn'], ['tinh-a.so-tai-chinh'], '2025-09-29'],
    ]);
  });
});

describe('duties, units and deadlines as the blind set wrote them', () => {
  it('reads a duty whose agency is the subject of its sentence ("X là cơ quan thường trực", "Đề nghị X …")', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn việc thực hiện.',
        '2. Các sở, ngành có liên quan, UBND các huyện, thành phố căn cứ nhiệm vụ được giao triển khai Kế hoạch.',
        '3. Đề nghị Liên hiệp các Hội khoa học và kỹ thuật tỉnh tổ chức phản biện.',
        '4. Công tác báo cáo thực hiện theo quy định.',
      ]),
    ).toEqual([
      ['III.1', ['tinh-a.so-khcn'], [], null],
      ['III.2', ['tinh-a.cac-so-nganh', 'tinh-a.ubnd-cac-huyen'], [], null],
      ['III.3', ['new:Liên hiệp các Hội khoa học và kỹ thuật tỉnh'], [], null],
    ]);
  });

  it('reads unregistered names whole ("Phòng Quản lý khoa học", "Trung tâm … khoa học và công nghệ") and "UBND huyện X" as one unit', () => {
    expect(
      rows(
        [
          'II. NHIỆM VỤ',
          '1. Hợp nhất quy định (Phòng Quản lý khoa học chủ trì).',
          '2. Tổ chức ngày hội (Trung tâm Ứng dụng khoa học và công nghệ chủ trì, phối hợp với Phòng Bưu chính, Viễn thông).',
          '3. Quản lý chỉ dẫn địa lý (UBND huyện Lục Ngạn chủ trì).',
          '4. Đào tạo cán bộ (UBND huyện chủ trì).',
        ],
        undefined,
      ),
    ).toEqual([
      ['II.1', ['new:Phòng Quản lý khoa học'], [], null],
      ['II.2', ['new:Trung tâm Ứng dụng khoa học và công nghệ'], ['new:Phòng Bưu chính, Viễn thông'], null],
      ['II.3', ['new:UBND huyện Lục Ngạn'], [], null],
      ['II.4', ['tinh-a.ubnd-cac-huyen'], [], null],
    ]);
  });

  it('reads "hoàn thành trước tháng 12/2023" and a "hoàn thành …" clause ending "trong năm 2023"', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính: Hướng dẫn các địa phương; hoàn thành trước tháng 12/2023.',
        '2. Sở Công Thương: Hỗ trợ nhãn hiệu; hoàn thành đăng ký cho sản phẩm cá kho trong năm 2023.',
      ]).map((r) => r[3]),
    ).toEqual(['2023-11-30', '2023-12-31']);
  });
});

describe('tables, articles and documents that are not plans', () => {
  it("skips a table's Roman group rows and proposes the lead above for a lead cell left empty by a merge, flagged", () => {
    const plan = draft([
      'PHỤ LỤC',
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tGhi chú',
      'I\tHoàn thiện cơ chế\t\t\t\t',
      '1\tXây dựng Đề án\tSở Khoa học và Công nghệ\tSở Tài chính\tQuý III/2024\tTrình UBND tỉnh',
      '2\tSửa đổi quy định\t\tSở Tài chính\tTrước 31/12/2024\t',
    ]);
    expect(plan.tasks.map((t) => [t.title, unitIds(t.leadUnits), t.deadline?.due])).toEqual([
      ['Xây dựng Đề án', ['tinh-a.so-khcn'], '2024-09-30'],
      ['Sửa đổi quy định', ['tinh-a.so-khcn'], '2024-12-30'],
    ]);
    expect(plan.tasks[1]!.flags.map((f) => f.code)).toContain('LEAD_FROM_MERGED_CELL');
  });

  it('reads an article\'s own lettered task list ("Điều 1. … 2. Nhiệm vụ và giải pháp: a) …")', () => {
    expect(
      rows(
        [
          'Điều 1. Phê duyệt Đề án với nội dung sau:',
          '1. Mục tiêu: hỗ trợ 50 nhãn hiệu.',
          '2. Nhiệm vụ và giải pháp chủ yếu',
          'a) Tuyên truyền về tài sản trí tuệ.',
          'b) Hỗ trợ tạo lập nhãn hiệu tập thể.',
          '3. Kinh phí thực hiện: 6.450 triệu đồng.',
          'Điều 2. Tổ chức thực hiện',
          '1. Sở Tài chính: Bố trí kinh phí.',
        ],
        'QUYẾT ĐỊNH',
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ['Điều 1.2.1', []],
      ['Điều 1.2.2', []],
      ['Điều 2.1', ['tinh-a.so-tai-chinh']],
    ]);
  });

  it("refuses a Báo cáo, even one listing next year's tasks", () => {
    expect(() => draft(['III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025', '1. Giao Sở Tài chính chủ trì bố trí kinh phí.'], 'BÁO CÁO')).toThrow(
      DocumentRejected,
    );
  });
});
