import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { readableDeadline } from './deadlines.js';
import { draftPlan } from './draft-plan.js';
import type { ReaderContext } from './inputs.js';
import { unwrapLines } from './lines.js';

// Rules read from the fourth blind set (libs/importer/unseen/blind4), each on a made-up text.
const draft = (lines: string[], context: ReaderContext = TEST_CONTEXT) =>
  draftPlan(doc('Số: 7/KH-UBND', '', 'KẾ HOẠCH', '', 'Về đổi mới sáng tạo', '', ...lines), context);
const rows = (lines: string[], context?: ReaderContext) => taskRows(draft(lines, context));
const noUnits: ReaderContext = { ...TEST_CONTEXT, units: [] };

describe('lines a printed page wrapped', () => {
  it('joins a line that goes on mid-sentence, and leaves a heading, an item or a finished sentence alone', () => {
    const lines = ['Cơ quan chủ', 'trì: Sở A,', 'UBND B. Thời gian:', 'Quý III/2021.', '2. Tiếp', 'Hỗ trợ doanh nghiệp', '- Bước một'];
    expect(unwrapLines(lines.map((text, index) => ({ index, text })))).toEqual([
      { index: 0, last: 3, text: 'Cơ quan chủ trì: Sở A, UBND B. Thời gian: Quý III/2021.' },
      { index: 4, last: 4, text: '2. Tiếp' },
      { index: 5, last: 5, text: 'Hỗ trợ doanh nghiệp' },
      { index: 6, last: 6, text: '- Bước một' },
    ]);
  });

  it('reads a lead label, a partner list and a deadline split across lines', () => {
    expect(
      rows([
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Xây dựng hệ thống truy xuất nguồn gốc. Cơ quan chủ',
        'trì: Sở Khoa học và Công nghệ; phối hợp: Sở Công Thương,',
        'UBND các huyện, thành phố. Thời gian: hoàn thành trước ngày',
        '31/12/2022.',
        '2. Đào tạo kỹ năng thương mại điện tử. Cơ quan chủ trì: Sở Kế hoạch và Đầu tư. Thời gian:',
        'Quý III/2021.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong', 'tinh-a.ubnd-cac-huyen'], '2022-12-30'],
      ['II.2', ['tinh-a.so-khdt'], [], '2021-09-30'],
    ]);
  });
});

describe('one lead stated for a group of tasks', () => {
  it('makes each lettered item under "X chủ trì thực hiện các nhiệm vụ sau:" a task of X and its partners', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài chính thực hiện các nhiệm vụ sau:',
        'a) Điều tra hiện trạng; hoàn thành trước ngày 31/12/2022.',
        'b) Xây dựng cơ sở dữ liệu; hoàn thành trong Quý II/2023.',
        'c) Sở Công Thương chủ trì xúc tiến tiêu thụ; thực hiện thường xuyên.',
        '2. Hỗ trợ doanh nghiệp đổi mới công nghệ:',
        '- Khảo sát nhu cầu.',
        '- Tư vấn chuyển giao.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-nnptnt'], ['tinh-a.so-tai-chinh'], '2022-12-30'],
      ['II.1.2', ['tinh-a.so-nnptnt'], ['tinh-a.so-tai-chinh'], '2023-06-30'],
      ['II.1.3', ['tinh-a.so-cong-thuong'], [], null],
      ['II.2', [], [], null],
    ]);
  });

  it('reads registered units opening an item, then what they do, as its lead', () => {
    expect(rows(['II. NHIỆM VỤ', '1. UBND các huyện, thành phố bố trí quỹ đất, tổ chức thu gom; hoàn thành trong năm 2023.'])).toEqual([
      ['II.1', ['tinh-a.ubnd-cac-huyen'], [], '2023-12-31'],
    ]);
  });
});

describe('labels, names and duties as ministries and merged provinces write them', () => {
  it('reads leads a label lists with semicolons, up to the next label', () => {
    expect(
      rows([
        'II. NHIỆM VỤ CỤ THỂ',
        '1. Xây dựng cơ sở dữ liệu',
        'Đơn vị chủ trì: Sở Khoa học và Công nghệ; Sở Công Thương.',
        'Đơn vị phối hợp: Văn phòng Sở; UBND các huyện, thành phố.',
        'Thời gian thực hiện: Tháng 8/2024.',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-khcn', 'tinh-a.so-cong-thuong'], ['tinh-a.so-khcn.van-phong', 'tinh-a.ubnd-cac-huyen'], '2024-08-31']]);
  });

  it('reads a ministry\'s "Vụ …" and "Thủ trưởng các đơn vị …" duties, a name ending at "là" or "được"', () => {
    expect(
      rows(
        [
          'Điều 2. Tổ chức thực hiện',
          '1. Thủ trưởng các đơn vị thuộc Bộ được giao chủ trì nhiệm vụ tổ chức thực hiện.',
          '2. Vụ Kế hoạch - Tài chính là đầu mối theo dõi; hoàn thành báo cáo trước ngày 15/7/2025.',
        ],
        noUnits,
      ),
    ).toEqual([
      ['Điều 2.1', ['new:các đơn vị thuộc Bộ'], [], null],
      ['Điều 2.2', ['new:Vụ Kế hoạch - Tài chính'], [], '2025-07-14'],
    ]);
  });

  // A body asked as the subject of "phối hợp với Y …" does the work with Y's help, as the blind sets' writers read it.
  it('makes a body asked to "phối hợp" its lead, in work of its own (no one named) or with Y named as its partner', () => {
    expect(
      rows(
        [
          'IV. TỔ CHỨC THỰC HIỆN',
          '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động nhân dân.',
          '2. Đề nghị Liên hiệp các Hội khoa học và kỹ thuật tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức hội thảo.',
        ],
        { ...TEST_CONTEXT, units: TEST_CONTEXT.units.filter((u) => u.unitId === 'tinh-a.so-khcn') },
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ['IV.1', ['new:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
      ['IV.2', ['new:Liên hiệp các Hội khoa học và kỹ thuật tỉnh']],
    ]);
  });

  it('reads "6 tháng đầu năm" as the first half-year and "6 tháng cuối năm" as the year', () => {
    expect(readableDeadline('6 tháng đầu năm 2025')).toBe('đến ngày 30/6/2025');
    expect(readableDeadline('06 tháng cuối năm 2025')).toBe('đến ngày 31/12/2025');
    expect(readableDeadline('Năm 2025')).toBe('Năm 2025');
  });
});
