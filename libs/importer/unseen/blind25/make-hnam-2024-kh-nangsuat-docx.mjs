// Builds hnam-2024-kh-nangsuat.docx beside this script.
// Usage: node make-hnam-2024-kh-nangsuat-docx.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'hnam-2024-kh-nangsuat.docx');

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt

/** A paragraph of plain text; `bold`, `italics` and `center` are optional. */
const p = (text, { bold = false, italics = false, center = false } = {}) =>
  new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold, italics, font: FONT, size: SIZE })],
  });

/** A table cell holding one or more lines of text. */
const cell = (lines, { bold = false, width } = {}) =>
  new TableCell({
    width: width ? { size: width, type: WidthType.DXA } : undefined,
    children: [].concat(lines).map((line) => p(line, { bold })),
  });

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: noBorder,
  bottom: noBorder,
  left: noBorder,
  right: noBorder,
  insideHorizontal: noBorder,
  insideVertical: noBorder,
};

// Quốc hiệu block: issuer and number on the left, motto and date on the right.
const header = new Table({
  width: { size: 9600, type: WidthType.DXA },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', '', 'Số: 586/KH-UBND'], { width: 3800 }),
        cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Hà Nam, ngày 11 tháng 3 năm 2024'], {
          width: 5800,
        }),
      ],
    }),
  ],
});

const body = [
  p('KẾ HOẠCH', { bold: true, center: true }),
  p(
    'Triển khai Quyết định số 1238/QĐ-TTg ngày 18/10/2023 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia nâng cao năng suất lao động đến năm 2030 trên địa bàn tỉnh Hà Nam',
    { bold: true, center: true },
  ),
  p(
    'Căn cứ Quyết định số 1238/QĐ-TTg ngày 18/10/2023 của Thủ tướng Chính phủ; xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 15/TTr-SKHCN ngày 26/02/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Tạo chuyển biến rõ nét về nhận thức của doanh nghiệp, người lao động và các cơ quan quản lý về vai trò của năng suất đối với tăng trưởng kinh tế của tỉnh.',
  ),
  p('- Xác định rõ nhiệm vụ, trách nhiệm của các cơ quan, đơn vị; lồng ghép với các chương trình, đề án đang triển khai.'),
  p('II. MỤC TIÊU', { bold: true }),
  p(
    'Tốc độ tăng năng suất lao động bình quân đạt 6,5 - 7%/năm giai đoạn 2024 - 2030; ít nhất 20 doanh nghiệp được hỗ trợ áp dụng công cụ cải tiến năng suất đến năm 2025.',
  ),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('1. Tuyên truyền, nâng cao nhận thức về năng suất', { bold: true }),
  p(
    'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Thông tin và Truyền thông, Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam tổ chức tuyên truyền về năng suất, phong trào năng suất trong doanh nghiệp; thực hiện hằng năm.',
  ),
  p('2. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất', { bold: true }),
  p(
    'a) Sở KH&CN hỗ trợ ít nhất 20 doanh nghiệp áp dụng các hệ thống quản lý, công cụ cải tiến năng suất (ISO 9001, 5S, Kaizen, Lean…), thực hiện giai đoạn 2024 - 2025.',
  ),
  p(
    'b) Sở Công thương hỗ trợ các doanh nghiệp công nghiệp chế biến, chế tạo đổi mới dây chuyền, thiết bị thông qua chương trình khuyến công; trong năm 2024.',
  ),
  p('3. Nâng cao năng suất lao động khu vực nông nghiệp', { bold: true }),
  p(
    'Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện, thị xã, thành phố đẩy mạnh cơ giới hóa, tích tụ ruộng đất, xây dựng 03 - 05 mô hình sản xuất nông nghiệp ứng dụng công nghệ cao; hoàn thành trong Quý IV/2024.',
  ),
  p('4. Các nhiệm vụ cụ thể khác: chi tiết tại Phụ lục kèm theo Kế hoạch này.', { bold: true }),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p('1. Sở Khoa học và Công nghệ', { bold: true }),
  p('- Chủ trì, hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch;'),
  p('- Định kỳ hằng năm tổng hợp, báo cáo UBND tỉnh, Bộ Khoa học và Công nghệ kết quả thực hiện trước ngày 10/12.'),
  p(
    '2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện của cơ quan, đơn vị, hoàn thành trước ngày 30/4/2024; báo cáo kết quả 6 tháng, năm gửi Sở KH&CN để tổng hợp.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ KH&CN (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KT.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }),
  p('KT. CHỦ TỊCH', { bold: true, center: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
  p('Lê Thị Thanh Hương', { bold: true, center: true }),
];

const annexTitle = [
  p('PHỤ LỤC', { bold: true, center: true }),
  p('PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH', { bold: true, center: true }),
  p('(Kèm theo Kế hoạch số 586/KH-UBND ngày 11/3/2024 của UBND tỉnh Hà Nam)', { italics: true, center: true }),
];

const COLUMNS = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
const ROWS = [
  [
    '1',
    'Xây dựng bộ chỉ tiêu đo lường năng suất lao động cấp tỉnh, cấp ngành',
    'Sở Kế hoạch và Đầu tư',
    ['Cục Thống kê tỉnh;', 'Sở KH&CN'],
    '30/9/2024',
    'Bộ chỉ tiêu được UBND tỉnh ban hành',
  ],
  ['2', 'Đào tạo đội ngũ chuyên gia, tư vấn viên năng suất', 'Sở KH&CN', 'Sở Nội vụ', 'Quý III/2024', '15 chuyên gia'],
  [
    '3',
    'Nâng cao chất lượng đào tạo nghề gắn với nhu cầu doanh nghiệp',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở Giáo dục và Đào tạo',
    '2024 - 2025',
    'Tỷ lệ lao động qua đào tạo đạt 75%',
  ],
  ['4', 'Hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa', ['Sở TT&TT;', 'Sở KH&CN'], 'Hiệp hội Doanh nghiệp tỉnh', 'Hằng năm', ''],
  [
    '5',
    'Xây dựng dự toán kinh phí thực hiện Chương trình năm 2025',
    'Sở Tài chính',
    ['Sở Kế hoạch và Đầu tư;', 'Sở KH&CN'],
    'Tháng 7/2024',
    'Dự toán trình UBND tỉnh',
  ],
];

const annex = new Table({
  width: { size: 9600, type: WidthType.DXA },
  rows: [
    new TableRow({ tableHeader: true, children: COLUMNS.map((c) => cell(c, { bold: true })) }),
    ...ROWS.map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
  ],
});

const doc = new Document({
  creator: 'UBND tỉnh Hà Nam',
  title: 'Kế hoạch 586/KH-UBND',
  sections: [{ children: [header, ...body, ...annexTitle, annex] }],
});

writeFileSync(out, await Packer.toBuffer(doc));
console.log(`wrote ${out}`);
