// Builds bgiang-2025-kh-nq57.docx beside this script. Run: node make-bgiang-2025-kh-nq57-docx.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic, size: 26, font: 'Times New Roman' })],
  });

const cell = (lines, width, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: (Array.isArray(lines) ? lines : [lines]).map(
      (t) => new Paragraph({ children: [new TextRun({ text: t, bold, size: 24, font: 'Times New Roman' })] }),
    ),
  });

const widths = [700, 4200, 1800, 1800, 1500];
const row = (cells, bold = false) => new TableRow({ children: cells.map((c, i) => cell(c, widths[i], bold)) });

const tasks = [
  [
    '1',
    'Rà soát, đề xuất sửa đổi, bổ sung các quy định của tỉnh về quản lý nhiệm vụ khoa học và công nghệ theo hướng khoán chi đến sản phẩm cuối cùng',
    'Sở Khoa học và Công nghệ',
    'Sở Tài chính, Sở Tư pháp',
    'Quý II/2025',
  ],
  [
    '2',
    'Xây dựng dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ đổi mới sáng tạo, chuyển đổi số trên địa bàn tỉnh',
    'Sở KH&CN',
    'Sở Tài chính',
    'Trình HĐND tỉnh tại kỳ họp tháng 7/2025',
  ],
  [
    '3',
    'Kết nối, chia sẻ dữ liệu giữa các cơ sở dữ liệu chuyên ngành với Trung tâm dữ liệu của tỉnh',
    'Sở KH&CN',
    'Các sở, ngành có liên quan',
    'Tháng 9/2025',
  ],
  [
    '4',
    'Ứng dụng công nghệ số, mô hình thông tin công trình (BIM) trong quản lý quy hoạch, xây dựng',
    'Sở Xây dựng',
    'Sở KH&CN',
    '2025 - 2026',
  ],
  [
    '5',
    'Chuyển đổi số trong sản xuất nông nghiệp, quản lý tài nguyên và môi trường',
    'Sở Nông nghiệp và Môi trường',
    'UBND các huyện, thành phố',
    'Thường xuyên',
  ],
  [
    '6',
    'Hỗ trợ doanh nghiệp công nghiệp đổi mới công nghệ, ứng dụng trí tuệ nhân tạo, IoT trong sản xuất',
    'Sở Công Thương',
    ['Sở KH&CN;', 'Hiệp hội Doanh nghiệp tỉnh'],
    'Năm 2025',
  ],
  [
    '7',
    'Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bắc Giang lần thứ XIII',
    'Liên hiệp các Hội khoa học và kỹ thuật tỉnh',
    'Sở KH&CN',
    'Quý IV/2025',
  ],
  [
    '8',
    'Bồi dưỡng kỹ năng số, kiến thức về khoa học, công nghệ và đổi mới sáng tạo cho cán bộ, công chức, viên chức',
    'Sở Nội vụ',
    'Sở KH&CN',
    '6 tháng đầu năm 2025',
  ],
];

const table = new Table({
  width: { size: 10000, type: WidthType.DXA },
  rows: [row(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], true), ...tasks.map((t) => row(t))],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', { bold: true, center: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
        p('Số: 96/KH-UBND'),
        p('Bắc Giang, ngày 20 tháng 3 năm 2025', { italic: true, right: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p(
          'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Bắc Giang năm 2025',
          { bold: true, center: true },
        ),
        p(
          'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 35-KH/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy Bắc Giang, UBND tỉnh ban hành Kế hoạch thực hiện năm 2025 như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '1. Cụ thể hóa các nhiệm vụ của Nghị quyết số 57-NQ/TW và Kế hoạch số 35-KH/TU thành các nhiệm vụ, sản phẩm cụ thể năm 2025, phân công rõ cơ quan chủ trì, phối hợp, thời gian hoàn thành.',
        ),
        p(
          '2. Tổ chức sắp xếp bộ máy theo Kết luận của Trung ương không làm gián đoạn việc thực hiện các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
        ),
        p('II. MỤC TIÊU NĂM 2025', { bold: true }),
        p(
          '- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt trên 80%; 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.',
        ),
        p('- Bố trí ít nhất 3% tổng chi ngân sách của tỉnh cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.'),
        p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
        p(
          '1. Nhiệm vụ chung: Các sở, ngành có liên quan, UBND các huyện, thành phố quán triệt, xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là nhiệm vụ trọng tâm; phân công lãnh đạo trực tiếp phụ trách, đưa các chỉ tiêu vào kế hoạch phát triển kinh tế - xã hội hằng năm của cơ quan, đơn vị, địa phương.',
        ),
        p('2. Nhiệm vụ cụ thể: chi tiết tại Phụ lục kèm theo Kế hoạch này.'),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện năm 2025 về UBND tỉnh, Ban Chỉ đạo tỉnh trước ngày 10/12/2025.',
        ),
        p(
          '2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ tại Kế hoạch, bảo đảm tỷ lệ chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo mục tiêu đề ra.',
        ),
        p(
          'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh./.',
        ),
        p('Nơi nhận:', { bold: true, italic: true }),
        p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
        p('- Chủ tịch, các PCT UBND tỉnh;'),
        p('- Các sở, ngành; UBND các huyện, thành phố;'),
        p('- Lưu: VT, KGVX.'),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }),
        p('KT. CHỦ TỊCH', { bold: true, center: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
        p('Lê Văn Thịnh', { bold: true, center: true }),
        p('PHỤ LỤC', { bold: true, center: true }),
        p('DANH SÁCH NHIỆM VỤ CỤ THỂ NĂM 2025', { bold: true, center: true }),
        p('(Kèm theo Kế hoạch số 96/KH-UBND ngày 20/3/2025 của UBND tỉnh Bắc Giang)', { italic: true, center: true }),
        table,
      ],
    },
  ],
});

const out = join(here, 'bgiang-2025-kh-nq57.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
