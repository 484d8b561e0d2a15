import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import type { ReaderContext } from './inputs.js';

// Rules of reader 1.14, each on a made-up text: parts numbered otherwise than in Roman, blocks headed "Nhiệm vụ 1.".
const draft = (lines: string[], context: ReaderContext = TEST_CONTEXT) =>
  draftPlan(doc('Số: 7/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển thị trường công nghệ', '', ...lines), context);
const rows = (lines: string[], context?: ReaderContext) => taskRows(draft(lines, context));

describe('parts numbered otherwise than in Roman', () => {
  it('reads the tasks and duties of parts lettered "A.", "B.", "C."', () => {
    expect(
      rows([
        'A. MỤC ĐÍCH, YÊU CẦU',
        '1. Huy động nguồn lực cho thị trường công nghệ.',
        '',
        'B. NHIỆM VỤ, GIẢI PHÁP',
        '1. Sở Công Thương chủ trì tổ chức chợ công nghệ; hoàn thành trong Quý III/2026.',
        '2. Sở Tài chính bố trí kinh phí hằng năm.',
        '',
        'C. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ: Theo dõi, tổng hợp kết quả.',
      ]),
    ).toEqual([
      ['B.1', ['tinh-a.so-cong-thuong'], [], '2026-09-30'],
      ['B.2', ['tinh-a.so-tai-chinh'], [], null],
      ['C.1', ['tinh-a.so-khcn'], [], null],
    ]);
  });

  it('keeps a lettered group inside a Roman section a group, and a name opening a line with an initial no part', () => {
    expect(
      rows([
        'I. NHIỆM VỤ',
        'A. NHIỆM VỤ CHUNG',
        '1. Sở Công Thương chủ trì khảo sát nhu cầu công nghệ.',
        'B. NHIỆM VỤ CỤ THỂ',
        '1. Sở Tài chính bố trí kinh phí.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ: Theo dõi, tổng hợp.',
      ]),
    ).toEqual([
      ['I.A.1', ['tinh-a.so-cong-thuong'], [], null],
      ['I.B.1', ['tinh-a.so-tai-chinh'], [], null],
      ['II.1', ['tinh-a.so-khcn'], [], null],
    ]);
    expect(() => draft(['T. Nguyễn đề nghị:', '1. Sở Tài chính bố trí kinh phí.'])).toThrow(/sets no tasks/);
  });

  it('reads parts headed "Phần II", "Mục 3." or a bare heading in capitals', () => {
    expect(
      rows([
        'Phần I. MỤC TIÊU',
        '1. Hỗ trợ 20 doanh nghiệp.',
        'Phần II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Sở Công Thương chủ trì khảo sát nhu cầu công nghệ trong năm 2026.',
        'Mục 3. Tổ chức thực hiện',
        '1. Sở Tài chính: Bố trí kinh phí.',
      ]).map((r) => r.slice(1)),
    ).toEqual([
      [['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      [['tinh-a.so-tai-chinh'], [], null],
    ]);
    expect(
      rows(['MỤC TIÊU', '1. Hỗ trợ 20 doanh nghiệp.', 'NHIỆM VỤ VÀ GIẢI PHÁP', '1. Sở Tài chính chủ trì rà soát cơ chế.']).map((r) =>
        r.slice(1),
      ),
    ).toEqual([[['tinh-a.so-tai-chinh'], [], null]]);
  });
});

describe('blocks headed by their kind word and number', () => {
  it('reads "Nhiệm vụ 1." blocks with their label lines as numbered items', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        'Nhiệm vụ 1. Khảo sát nhu cầu đổi mới công nghệ',
        '    Nội dung: Khảo sát các doanh nghiệp chế biến.',
        '    Cơ quan chủ trì: Sở Công Thương.',
        '    Thời gian thực hiện: 2026 - 2027.',
        '',
        'Nhiệm vụ 2. Hỗ trợ doanh nghiệp',
        '    Cơ quan chủ trì: Sở Tài chính.',
        '    Thời gian: hằng năm.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});

describe('a closing line naming the lead of the item’s contents', () => {
  it('leads each sub-item when it runs over two lines', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển hạ tầng',
        '- Đưa vào vận hành sàn giao dịch công nghệ; hoàn thành trong tháng 9/2026.',
        '- Kết nối mạng lưới đổi mới sáng tạo; thường xuyên.',
        'Đơn vị chủ trì các nội dung tại mục 1: Sở Công Thương; đơn vị phối hợp: Sở Tài chính, các',
        'trường đại học.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2026-09-30'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], null],
    ]);
  });
});

describe('closing sentences, contents and list openings', () => {
  const none: ReaderContext = { ...TEST_CONTEXT, units: [] };

  it('reads a closing sentence leading "các nội dung trên" as the lead and time of each bullet above it', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Về tài chính',
        '- Tham mưu chính sách hỗ trợ dự án khởi nghiệp;',
        '- Tổ chức sự kiện kết nối nhà đầu tư.',
        'Sở Công Thương chủ trì thực hiện các nội dung trên, phối hợp với Sở Tài chính;',
        'thời gian: 2026 - 2027.',
        '2. Đào tạo khởi nghiệp',
        'Tổ chức 02 lớp bồi dưỡng, nội dung gồm:',
        '+ lập kế hoạch kinh doanh;',
        '+ gọi vốn.',
        'Sở Tài chính chủ trì thực hiện từ năm 2026.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2027-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2027-12-31'],
      ['II.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('keeps one task when a lead’s sentence ends "…, gồm:" over its details', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển nhãn hiệu',
        'Sở Công Thương chủ trì xây dựng mô hình quản lý nhãn hiệu tập thể, gồm:',
        '+ Xây dựng quy chế quản lý nhãn hiệu;',
        '+ Kết nối tiêu thụ sản phẩm.',
        'Thời gian: 2026 - 2027.',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-cong-thuong'], [], '2027-12-31']]);
  });

  it('sets out bullets under a heading’s bracketed lead when each ends on its time, "thường xuyên" among them; "- Phối hợp xây dựng …" is a bullet', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hệ sinh thái khởi nghiệp (Sở Công Thương chủ trì)',
        '- Thành lập trung tâm hỗ trợ; hoàn thành trong năm 2026.',
        '- Kết nối mạng lưới đổi mới sáng tạo; thường xuyên.',
        '2. Thương mại điện tử',
        'Sở Công Thương chủ trì các nội dung sau:',
        '- Tổ chức tuần lễ thương mại điện tử, tháng 9/2026;',
        '- Phối hợp xây dựng mã số vùng trồng (Sở Tài chính chủ trì).',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], null],
      ['II.2.1', ['tinh-a.so-cong-thuong'], [], '2026-09-30'],
      ['II.2.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('reads unregistered leads opened by "Tổng cục" or "Các doanh nghiệp …", ended by "thành lập" or "dành"', () => {
    expect(
      rows(
        [
          'II. NHIỆM VỤ',
          '1. Xây dựng tiêu chuẩn',
          '- Đơn vị chủ trì: Tổng cục Đo lường Quốc gia',
          '2. Phủ sóng di động (Các doanh nghiệp viễn thông thực hiện; năm 2026).',
          '3. Trường Cao đẳng Kỹ thuật Tỉnh A thành lập câu lạc bộ khởi nghiệp.',
          'III. TỔ CHỨC THỰC HIỆN',
          '1. Báo Tỉnh A, Đài Phát thanh Tỉnh A dành thời lượng đưa tin.',
        ],
        none,
      ),
    ).toEqual([
      ['II.1', ['new:Tổng cục Đo lường Quốc gia'], [], null],
      ['II.2', ['new:Các doanh nghiệp viễn thông'], [], '2026-12-31'],
      ['II.3', ['new:Trường Cao đẳng Kỹ thuật Tỉnh A'], [], null],
      ['III.1', ['new:Báo Tỉnh A', 'new:Đài Phát thanh Tỉnh A'], [], null],
    ]);
  });

  it('reads a "Giao" that ends a line, its unit on the next, as an assignment', () => {
    expect(
      rows([
        'IV. KINH PHÍ',
        'Kinh phí bố trí từ nguồn sự nghiệp khoa học và công nghệ, các nguồn hợp pháp khác. Giao',
        'Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán hằng năm.',
      ]),
    ).toEqual([['giao-1', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khcn'], null]]);
  });
});

describe('a decision’s duties', () => {
  it('reads "1. Giao X chủ trì …" in Điều 2 as X’s duty, and a submission’s time before what is submitted', () => {
    expect(
      rows([
        'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đổi mới công nghệ.',
        'Điều 2. Tổ chức thực hiện',
        '1. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính hướng dẫn doanh nghiệp xây dựng hồ sơ.',
        '2. Sở Tài chính tham mưu bố trí kinh phí; trình UBND tỉnh trong tháng 10/2026 phương án phân bổ kinh phí năm 2027.',
        'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      ]),
    ).toEqual([
      ['Điều 2.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], null],
      ['Điều 2.2', ['tinh-a.so-tai-chinh'], [], '2026-10-31'],
    ]);
  });

  it('reads "a) Sở X" alone on its line, its bullets below, as that agency’s duty', () => {
    expect(
      rows([
        'III. TỔ CHỨC THỰC HIỆN',
        'a) Sở Khoa hoc và Công nghệ',
        '- Chủ trì, theo dõi việc triển khai Kế hoạch.',
        '- Tổng hợp báo cáo kết quả gửi UBND tỉnh trước ngày 15/12/2026.',
        'b) Sở Tài chính: bố trí kinh phí hằng năm.',
      ]),
    ).toEqual([
      ['III.a', ['tinh-a.so-khcn'], [], '2026-12-14'],
      ['III.b', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});
