// Builds hnam-2024-kh-nangsuat.docx beside this script (node make-hnam-2024-kh-nangsuat-docx.mjs).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const {
  Document,
  Packer,
  Paragraph,
  TextRun,
  Table,
  TableRow,
  TableCell,
  WidthType,
  AlignmentType,
  LevelFormat,
  BorderStyle,
} = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

const p = (text, { bold = false, italics = false, center = false, size = 26 } = {}) =>
  new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold, italics, font: FONT, size })],
  });
const runs = (parts) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: parts.map(([text, o = {}]) => new TextRun({ text, font: FONT, size: 26, ...o })),
  });
const dash = (text) =>
  new Paragraph({
    numbering: { reference: 'dash', level: 0 },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, font: FONT, size: 26 })],
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cellOf = (lines, { bold = false, width } = {}) =>
  new TableCell({
    width: width ? { size: width, type: WidthType.DXA } : undefined,
    children: lines.map(
      (l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold, font: FONT, size: 24 })] }),
    ),
  });

// Letterhead: two columns, no borders.
const header = new Table({
  width: { size: 9600, type: WidthType.DXA },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cellOf(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM'], { bold: true, width: 3600 }),
        cellOf(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], { bold: true, width: 6000 }),
      ],
    }),
    new TableRow({
      children: [cellOf(['Số: 105/KH-UBND'], { width: 3600 }), cellOf(['Hà Nam, ngày 17 tháng 5 năm 2024'], { width: 6000 })],
    }),
  ],
});

const rowCells = (cells, bold = false) =>
  new TableRow({
    children: cells.map(
      (c) =>
        new TableCell({
          children: c.split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: l, bold, font: FONT, size: 22 })] })),
        }),
    ),
  });

const annexRows = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
  [
    '1',
    'Xây dựng Bộ tiêu chí lựa chọn mô hình điểm về cải tiến năng suất tại doanh nghiệp',
    'Sở KH&CN',
    'Sở Công thương',
    'Quý III/2024',
    'Quyết định của UBND tỉnh',
  ],
  [
    '2',
    'Hỗ trợ 10 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean, TPM)',
    'Sở KH&CN',
    'Sở Công thương; Hiệp hội Doanh nghiệp tỉnh',
    '2024 - 2025',
    '10 doanh nghiệp được hỗ trợ',
  ],
  [
    '3',
    'Đào tạo đội ngũ chuyên gia năng suất nội bộ cho doanh nghiệp, hợp tác xã',
    'Sở Khoa học và Công nghệ',
    'Sở Nội vụ',
    'Năm 2025',
    '30 chuyên gia được cấp chứng chỉ',
  ],
  [
    '4',
    'Ứng dụng công nghệ số trong quản lý sản xuất, truy xuất nguồn gốc tại các hợp tác xã nông nghiệp',
    'Sở NN&PTNT',
    'Sở KH&CN;\nUBND các huyện, thị xã, thành phố',
    'Hằng năm',
    'Mô hình ứng dụng',
  ],
  [
    '5',
    'Triển khai nền tảng số hỗ trợ doanh nghiệp đánh giá mức độ chuyển đổi số',
    'Sở TT&TT',
    'Sở KH&CN',
    '6 tháng đầu năm 2025',
    'Nền tảng được đưa vào sử dụng',
  ],
  [
    '6',
    'Cải thiện năng suất khu vực công: duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
    'Sở Nội vụ; Sở Khoa học và Công nghệ',
    'Các sở, ban, ngành',
    'Thường xuyên',
    '',
  ],
  [
    '7',
    'Đưa nội dung năng suất, chất lượng vào hoạt động giáo dục hướng nghiệp cấp trung học phổ thông',
    'Sở Giáo dục và Đào tạo',
    '',
    'Tháng 9/2024',
    'Tài liệu hướng dẫn',
  ],
  [
    '8',
    'Sơ kết 02 năm thực hiện Kế hoạch, đề xuất nhiệm vụ giai đoạn tiếp theo',
    'Sở KH&CN',
    'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố',
    'Trước 15/11/2025',
    'Báo cáo sơ kết',
  ],
];

const annex = new Table({
  width: { size: 9600, type: WidthType.DXA },
  rows: annexRows.map((r, i) => rowCells(r, i === 0)),
});

const doc = new Document({
  numbering: {
    config: [{ reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] }],
  },
  sections: [
    {
      children: [
        header,
        p(''),
        p('KẾ HOẠCH', { bold: true, center: true, size: 28 }),
        p(
          'Thực hiện Chương trình nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh Hà Nam năm 2024 - 2025',
          { bold: true, center: true },
        ),
        p(
          'Thực hiện Quyết định số 318/QĐ-TTg ngày 02/3/2023 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2023 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2024 - 2025 như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          'Tạo chuyển biến về nhận thức và hành động của doanh nghiệp, cơ quan nhà nước về nâng cao năng suất; huy động các nguồn lực xã hội cho hoạt động cải tiến năng suất, chất lượng. Các nhiệm vụ được phân công cụ thể, gắn trách nhiệm của người đứng đầu cơ quan, đơn vị.',
        ),
        p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
        runs([
          ['1. Tuyên truyền, nâng cao nhận thức về năng suất: ', { bold: true }],
          [
            'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Thông tin và Truyền thông, Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam xây dựng chuyên mục, phóng sự về các điển hình nâng cao năng suất; thực hiện thường xuyên.',
          ],
        ]),
        runs([
          ['2. Đánh giá năng suất của doanh nghiệp: ', { bold: true }],
          [
            'Giao Sở Kế hoạch và Đầu tư phối hợp với Cục Thống kê tỉnh xây dựng bộ chỉ số đánh giá năng suất lao động, năng suất các nhân tố tổng hợp (TFP) của tỉnh, hoàn thành trong Quý IV/2024.',
          ],
        ]),
        runs([['3. Các nhiệm vụ cụ thể: ', { bold: true }], ['chi tiết tại Phụ lục kèm theo Kế hoạch này.']]),
        p('III. KINH PHÍ THỰC HIỆN', { bold: true }),
        p(
          'Từ nguồn ngân sách sự nghiệp khoa học và công nghệ của tỉnh, nguồn kinh phí Chương trình quốc gia, đóng góp của doanh nghiệp và các nguồn hợp pháp khác.',
        ),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p('1. Sở Khoa học và Công nghệ', { bold: true }),
        dash('Hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch;'),
        dash('Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2024 trước ngày 20/12/2024.'),
        p('2. Sở Tài chính', { bold: true }),
        dash('Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn vị.'),
        p('3. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố', { bold: true }),
        dash(
          'Căn cứ nhiệm vụ được giao, chủ động triển khai; định kỳ trước ngày 10/12 hằng năm báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.',
        ),
        p(''),
        p('Nơi nhận:', { bold: true, italics: true, size: 22 }),
        p('- Bộ KH&CN (b/c);', { size: 22 }),
        p('- TT Tỉnh ủy, TT HĐND tỉnh;', { size: 22 }),
        p('- Các sở, ban, ngành; UBND các huyện, TX, TP;', { size: 22 }),
        p('- Lưu: VT, KGVX.', { size: 22 }),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }),
        p('KT. CHỦ TỊCH', { bold: true, center: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
        p('Lê Thị Hồng Vân', { bold: true, center: true }),
        p(''),
        p('PHỤ LỤC', { bold: true, center: true }),
        p('CÁC NHIỆM VỤ CỤ THỂ THỰC HIỆN CHƯƠNG TRÌNH NÂNG CAO NĂNG SUẤT NĂM 2024 - 2025', { bold: true, center: true }),
        p('(Kèm theo Kế hoạch số 105/KH-UBND ngày 17/5/2024 của UBND tỉnh Hà Nam)', { italics: true, center: true }),
        annex,
      ],
    },
  ],
});

const out = join(here, 'hnam-2024-kh-nangsuat.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
