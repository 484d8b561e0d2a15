import { TEST_CONTEXT, doc } from '../testing/lists.js';
import { DocumentRejected, draftPlan } from './draft-plan.js';

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH A',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'Số: 12/KH-UBND',
  '',
  'Tỉnh A, ngày 03 tháng 2 năm 2021',
  '',
  'KẾ HOẠCH',
  '',
  'Phát triển khoa học đến năm 2025, tầm nhìn đến năm 2030',
  '',
];
const SIGNED = ['', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Văn Nam'];
const draft = (...lines: string[]) => draftPlan(doc(...HEAD, ...lines, ...SIGNED), TEST_CONTEXT);
const units = (list: readonly { unitId: string | null; name: string }[]) => list.map((u) => u.unitId ?? `new:${u.name}`);

describe('drafting a plan by the conventions of Vietnamese administrative documents', () => {
  it('makes each first-level item of the task and solution sections a task, its sub-items its content', () => {
    const plan = draft(
      'I. MỤC TIÊU',
      '',
      'Đến năm 2025 có ít nhất 05 mô hình.',
      '',
      'II. NHIỆM VỤ',
      '',
      '1. Hoàn thiện cơ chế',
      '',
      'a) Rà soát văn bản',
      '',
      '- Sửa đổi quy định',
      '',
      '2. Phát triển thị trường',
      '',
      'III. GIẢI PHÁP CHỦ YẾU',
      '',
      'Một là, đổi mới quản lý.',
      '',
      'Hai là, tăng đầu tư.',
      '',
    );
    expect(plan.tasks.map((t) => [t.ref, t.section, t.title])).toEqual([
      ['II.1', 'TASK', 'Hoàn thiện cơ chế'],
      ['II.2', 'TASK', 'Phát triển thị trường'],
      ['III.1', 'SOLUTION', 'đổi mới quản lý'],
      ['III.2', 'SOLUTION', 'tăng đầu tư'],
    ]);
    expect(plan.tasks[0]!.source).toMatchObject({ startLine: 20, endLine: 24 });
    expect(plan.planTargets.map((t) => [t.target.kind, t.target.min, t.target.horizon])).toEqual([['AT_LEAST', 5, '2025']]);
  });

  it('never takes a deadline from the title or horizon, nor a lead the text does not write: it flags them', () => {
    const plan = draft('II. NHIỆM VỤ', '', '1. Hoàn thiện cơ chế đến năm 2025', '', 'Rà soát văn bản.', '');
    const [task] = plan.tasks;
    expect(plan.document.horizon).toBe('đến năm 2025, tầm nhìn đến năm 2030');
    expect(task!.deadline).toBeNull();
    expect(task!.leadUnits).toEqual([]);
    expect(task!.flags.map((f) => f.code)).toEqual(['NO_DEADLINE', 'NO_LEAD_UNIT']);
  });

  it("proposes the plan's own lead, flagged, for tasks naming none when the document hands it the whole plan", () => {
    const plan = draft(
      'II. NHIỆM VỤ',
      '',
      '1. Hoàn thiện cơ chế',
      '',
      'Rà soát văn bản.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '',
      'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành tổ chức triển khai thực hiện Kế hoạch này.',
      '',
    );
    expect(plan.tasks).toHaveLength(1);
    expect(units(plan.tasks[0]!.leadUnits)).toEqual(['tinh-a.so-khcn']);
    expect(plan.tasks[0]!.flags.map((f) => f.code)).toContain('LEAD_FROM_PLAN');
  });

  it('splits an item that hands its work out: each "Giao X …" and each "Chủ trì …" under an agency sub-heading, with its deadline', () => {
    const plan = draft(
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      '',
      '1. Nâng cao năng lực quản lý',
      '',
      'Rà soát chức năng, nhiệm vụ của Sở.',
      '',
      'Giao Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở cải cách hành chính. *Thời gian hoàn thành trước ngày 10/6/2021.*',
      '',
      'Giao So KH&CN, Sở Tài chính rà soát định mức. Thực hiện thường xuyên hàng năm.',
      '',
      '2. Phân công thực hiện',
      '',
      '2.1. Giao TT UDTB KH&CN',
      '',
      'Chủ trì, chuẩn bị báo cáo đánh giá.',
      '',
      '- Đề xuất kinh phí.',
      '',
      'Giao TT UDTB KH&CN chuẩn bị tài liệu **trước ngày 01/6/2021**.',
      '',
      'Chủ trì tổng kết chương trình. Thực hiện trong năm 2021.',
      '',
    );
    expect(
      plan.tasks.map((t) => [t.ref, units(t.leadUnits), units(t.coordinatingUnits), t.deadline?.kind ?? null, t.deadline?.due ?? null]),
    ).toEqual([
      ['II.1', [], [], null, null],
      ['II.1.g1', ['tinh-a.so-khcn.van-phong'], ['tinh-a.so-khcn.cac-phong'], 'BY_DATE', '2021-06-09'],
      ['II.1.g2', ['tinh-a.so-khcn', 'tinh-a.so-tai-chinh'], [], 'RECURRING', null],
      ['II.2.1.1', ['tinh-a.so-khcn.tt-udtb'], [], 'BY_DATE', '2021-05-31'],
      ['II.2.1.2', ['tinh-a.so-khcn.tt-udtb'], [], 'WITHIN_PERIOD', '2021-12-31'],
    ]);
    expect(plan.tasks[1]!.deadline!.text).toBe('trước ngày 10/6/2021');
    expect(plan.tasks[1]!.deadline!.source).toEqual({ startLine: 20, endLine: 20, text: 'Thời gian hoàn thành trước ngày 10/6/2021' });
  });

  it('makes each agency of "Tổ chức thực hiện" one task: it leads, unless its duties open "Phối hợp với Y" (Y leads)', () => {
    const plan = draft(
      'III. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Nông nghiệp và Phát triển nông thôn:',
      '',
      '- Chủ trì, phối hợp với Sở KH&CN, UBND các huyện, thành phố xây dựng mô hình.',
      '',
      '2. Sở Công thương',
      '',
      '- Phối hợp với Sở Khoa học và Công nghệ đề xuất chính sách.',
      '',
      '- Hoàn thiện nhãn mác.',
      '',
      '3. Các Sở, Ngành liên quan',
      '',
      '- Phối hợp xây dựng các giải pháp.',
      '',
      '4. Công tác báo cáo',
      '',
      'Hàng năm, vào tháng 11, các Sở, Ngành báo cáo tình hình thực hiện về Sở Khoa học và Công nghệ.',
      '',
    );
    expect(plan.tasks.map((t) => [t.ref, t.section, units(t.leadUnits), units(t.coordinatingUnits)])).toEqual([
      ['III.1', 'DUTY', ['tinh-a.so-nnptnt'], ['tinh-a.so-khcn', 'tinh-a.ubnd-cac-huyen']],
      ['III.2', 'DUTY', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong']],
      // "Phối hợp …" with no one named, in a plan that hands itself to no lead: the agency does the work itself.
      ['III.3', 'DUTY', ['tinh-a.cac-so-nganh'], []],
    ]);
    expect(plan.reportingDuties).toEqual([
      expect.objectContaining({
        frequency: 'YEARLY',
        dueText: 'vào tháng 11',
        reporter: expect.objectContaining({ unitId: 'tinh-a.cac-so-nganh' }),
        recipient: expect.objectContaining({ unitId: 'tinh-a.so-khcn' }),
      }),
    ]);
  });

  it('reads task tables (tab-separated and pipe) row by row; a table restating the prose items replaces them', () => {
    const plan = draft(
      'II. NHIỆM VỤ',
      '',
      '1. Đổi mới quản lý',
      '',
      '2. Phát triển doanh nghiệp',
      '',
      'PHỤ LỤC',
      'TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm',
      '1\tNhiệm vụ 1. Đổi mới quản lý - Rà soát quy trình\tVăn phòng Sở\tCác phòng, đơn vị trực thuộc Sở\t2021-2022\tQuy trình mới',
      '\tPhối hợp với Sở Công Thương quảng bá sản phẩm\t- TT UDTB KH&CN chủ trì - Các phòng, đơn vị trực thuộc Sở phối hợp\t\t\tBáo cáo',
      '2\tPhát triển doanh nghiệp\tSở Kế hoạch và Đầu tư\t\tQuý II/2022\t',
      '',
      '| TT | Nội dung | Cơ quan chủ trì | Thời hạn |',
      '|---|---|---|---|',
      '| 1 | Thẩm định công nghệ | Sở KH&CN | Thường xuyên |',
    );
    expect(
      plan.tasks.map((t) => [
        t.ref,
        t.section,
        t.title,
        units(t.leadUnits),
        units(t.coordinatingUnits),
        t.deadline?.due ?? null,
        t.expectedResult,
      ]),
    ).toEqual([
      ['row-1', 'TABLE_ROW', 'Đổi mới quản lý', ['tinh-a.so-khcn.van-phong'], ['tinh-a.so-khcn.cac-phong'], '2022-12-31', 'Quy trình mới'],
      [
        'row-2',
        'TABLE_ROW',
        'Phối hợp với Sở Công Thương quảng bá sản phẩm',
        ['tinh-a.so-khcn.tt-udtb'],
        ['tinh-a.so-khcn.cac-phong', 'tinh-a.so-cong-thuong'],
        null,
        'Báo cáo',
      ],
      ['row-3', 'TABLE_ROW', 'Phát triển doanh nghiệp', ['tinh-a.so-khdt'], [], '2022-06-30', null],
      ['row-4', 'TABLE_ROW', 'Thẩm định công nghệ', ['tinh-a.so-khcn'], [], null, null],
    ]);
    expect(plan.tasks[1]!.flags.map((f) => f.code)).toContain('NO_DEADLINE');
    expect(plan.tasks[3]!.deadline).toMatchObject({ kind: 'RECURRING', text: 'Thường xuyên' });
  });

  it('reads a national decision\'s "Danh mục nhiệm vụ" appendix as the decision\'s own tasks', () => {
    const plan = draft(
      'DANH MỤC NHIỆM VỤ',
      '(Kèm theo Quyết định)',
      'TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tXây dựng kế hoạch của địa phương\tUBND các huyện, thành phố\tSở KH&CN\t6/2025',
    );
    expect(plan.tasks.map((t) => [t.ref, t.section, units(t.leadUnits), t.deadline?.text])).toEqual([
      ['list-1', 'DIRECTIVE_TASK', ['tinh-a.ubnd-cac-huyen'], '6/2025'],
    ]);
  });

  it('leaves the report part of a document out: solutions "đã triển khai" are what was done, not tasks', () => {
    const plan = draft(
      'Phần thứ nhất',
      'TÌNH HÌNH THỰC HIỆN KẾ HOẠCH',
      '',
      'I. GIẢI PHÁP ĐÃ TRIỂN KHAI',
      '',
      '1. Đã ban hành cơ chế',
      '',
      'Phần thứ hai',
      'KẾ HOẠCH 2021',
      '',
      'I. NHIỆM VỤ',
      '',
      '1. Ban hành cơ chế mới',
      '',
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['Ban hành cơ chế mới']);
  });

  it("quotes every source from the document's text: the lines it names hold the words it quotes", () => {
    const plan = draft(
      'II. NHIỆM VỤ',
      '',
      '1. Hoàn thiện cơ chế',
      '',
      'Giao Sở Tài chính chủ trì bố trí kinh phí. Thực hiện trong năm 2021.',
      '',
    );
    const lines = plan.document.text.split('\n');
    for (const task of plan.tasks) {
      expect(lines.slice(task.source.startLine - 1, task.source.endLine).join(' ')).toContain(task.source.text.slice(0, 20));
      if (task.deadline?.source) expect(lines[task.deadline.source.startLine - 1]).toContain(task.deadline.source.text);
    }
    expect(plan.document.signedBy).toMatchObject({ name: 'Trần Văn Nam', title: 'Phó Chủ tịch' });
    expect(plan.document.issuer).toMatchObject({ unitId: 'tinh-a.ubnd-tinh' });
  });

  it('refuses what is not a plan with a reason: an empty text, a letter, a plan with no tasks, legacy encodings', () => {
    const reason = (text: string) => {
      try {
        draftPlan(doc(text), TEST_CONTEXT);
        return null;
      } catch (error) {
        return error instanceof DocumentRejected ? error.code : String(error);
      }
    };
    expect(reason('  \n ')).toBe('EMPTY');
    expect(reason('Kính gửi: Sở Tài chính\n\nSở Khoa học và Công nghệ đề nghị quý Sở bố trí kinh phí.\n\nTrân trọng./.')).toBe(
      'NOT_A_PLAN',
    );
    expect(reason('KẾ HOẠCH\n\nTổ chức hội nghị\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức.')).toBe('NOT_A_PLAN');
    expect(reason('KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh sè 696 cña Thñ t­íng ChÝnh phñ vÒ khoa häc vµ c«ng nghÖ')).toBe('LEGACY_ENCODING');
  });
});
