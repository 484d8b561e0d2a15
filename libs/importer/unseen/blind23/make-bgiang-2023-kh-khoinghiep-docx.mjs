// Builds bgiang-2023-kh-khoinghiep.docx (a blind test document) with the npm package `docx`.
// Run: node make-bgiang-2023-kh-khoinghiep-docx.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

/** A paragraph of one or more runs; a string is one plain run. */
function para(content, { bold = false, italics = false, align = AlignmentType.JUSTIFIED, size = 26 } = {}) {
  const runs = (Array.isArray(content) ? content : [content]).map((part) =>
    typeof part === 'string' ? new TextRun({ text: part, bold, italics, font: FONT, size }) : part,
  );
  return new Paragraph({ children: runs, alignment: align, spacing: { after: 120 } });
}

const centered = (text, options = {}) => para(text, { align: AlignmentType.CENTER, ...options });
const boldRun = (text) => new TextRun({ text, bold: true, font: FONT, size: 26 });

/** A table cell holding one paragraph of plain text. */
function cell(text, { bold = false, width } = {}) {
  return new TableCell({
    children: [para(text, { bold, align: AlignmentType.LEFT, size: 24 })],
    width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

const header = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
const widths = [5, 35, 16, 18, 12, 14];
const rows = [
  [
    '1',
    'Tổ chức Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang lần thứ III',
    'Sở KH&CN',
    'Tỉnh đoàn, Sở Giáo dục và Đào tạo',
    'Quý III/2023',
    'Ít nhất 30 ý tưởng dự thi',
  ],
  [
    '2',
    'Hỗ trợ ươm tạo 05 dự án khởi nghiệp có tiềm năng tăng trưởng nhanh',
    'Trung tâm Ứng dụng KH&CN',
    'Phòng Quản lý Công nghệ và Thị trường công nghệ',
    'Năm 2023',
    '05 dự án được ươm tạo',
  ],
  [
    '3',
    'Đào tạo kỹ năng khởi nghiệp cho học sinh, sinh viên các trường cao đẳng, trung cấp',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở KH&CN',
    'Tháng 11/2023',
    '04 lớp đào tạo',
  ],
  [
    '4',
    'Xây dựng chuyên mục "Khởi nghiệp Bắc Giang" trên Cổng Thông tin điện tử tỉnh',
    'Sở Thông tin và Truyền thông',
    'Sở KH&CN',
    'Trước 30/6/2023',
    'Chuyên mục vận hành',
  ],
  [
    '5',
    'Kết nối nhà đầu tư, quỹ đầu tư mạo hiểm với các dự án khởi nghiệp',
    'Sở Kế hoạch và Đầu tư',
    'Sở KH&CN; Hiệp hội Doanh nghiệp tỉnh',
    'Thường xuyên',
    'Các phiên kết nối',
  ],
  [
    '6',
    'Hỗ trợ khởi nghiệp trong nông nghiệp gắn với sản phẩm OCOP',
    'Sở NN&PTNT; UBND các huyện, thành phố',
    '',
    'Năm 2023',
    'Ít nhất 03 mô hình',
  ],
];

const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders,
  rows: [
    new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, { bold: true, width: widths[i] })) }),
    ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, { width: widths[i] })) })),
  ],
});

const body = [
  para('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', { bold: true, align: AlignmentType.LEFT }),
  para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: AlignmentType.RIGHT }),
  para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: AlignmentType.RIGHT }),
  para('Số: 96/KH-UBND', { align: AlignmentType.LEFT }),
  para('Bắc Giang, ngày 14 tháng 3 năm 2023', { italics: true, align: AlignmentType.RIGHT }),
  centered('KẾ HOẠCH', { bold: true, size: 28 }),
  centered('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023', { bold: true }),
  para(
    'Thực hiện Quyết định số 188/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ hệ sinh thái ' +
      'khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025; Kế hoạch số 27/KH-UBND ngày 09/3/2022 của UBND tỉnh về hỗ trợ ' +
      'khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang giai đoạn 2022 - 2025, UBND tỉnh ban hành Kế hoạch năm 2023 như sau:',
  ),
  para('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  para(
    'Tiếp tục hình thành, phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh; khơi dậy tinh thần khởi ' +
      'nghiệp trong thanh niên, học sinh, sinh viên. Các hoạt động phải thiết thực, hiệu quả, có sự phối hợp chặt chẽ ' +
      'giữa các cơ quan, đơn vị.',
  ),
  para('II. CHỈ TIÊU NĂM 2023', { bold: true }),
  para(
    '- Hỗ trợ khoảng 10 dự án, ý tưởng khởi nghiệp; ít nhất 02 doanh nghiệp khởi nghiệp gọi được vốn đầu tư; ' +
      '15-20 doanh nghiệp, hợp tác xã được hỗ trợ xác lập quyền sở hữu trí tuệ.',
  ),
  para('III. NHIỆM VỤ', { bold: true }),
  para([
    '1. Giao Sở Khoa học và Công nghệ chủ trì tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang năm 2023 ' +
      '(Techfest Bắc Giang 2023) gắn với trưng bày sản phẩm, kết nối đầu tư; ',
    boldRun('hoàn thành trong tháng 10/2023.'),
  ]),
  para('2. Các nhiệm vụ cụ thể năm 2023:'),
  taskTable,
  para('IV. KINH PHÍ', { bold: true }),
  para(
    'Kinh phí thực hiện từ nguồn sự nghiệp khoa học và công nghệ năm 2023 đã giao cho Sở Khoa học và Công nghệ ' +
      '(1.250 triệu đồng), lồng ghép nguồn kinh phí của các sở, ngành, địa phương và nguồn xã hội hóa.',
  ),
  para('V. TỔ CHỨC THỰC HIỆN', { bold: true }),
  para(
    '1. Sở Khoa học và Công nghệ: Là cơ quan đầu mối, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; ' +
      'tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh trước ngày 05/12/2023.',
  ),
  para('2. Sở Tài chính: Thẩm định, tham mưu bố trí kinh phí thực hiện các nhiệm vụ theo quy định.'),
  para(
    '3. Các sở, ngành có liên quan; UBND các huyện, thành phố: Căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch ' +
      'triển khai; định kỳ hằng quý báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.',
  ),
  para('Nơi nhận:', { bold: true, italics: true, align: AlignmentType.LEFT, size: 24 }),
  para('- Bộ Khoa học và Công nghệ (b/c);', { align: AlignmentType.LEFT, size: 22 }),
  para('- TT Tỉnh ủy, TT HĐND tỉnh;', { align: AlignmentType.LEFT, size: 22 }),
  para('- Các sở, ngành, UBND các huyện, thành phố;', { align: AlignmentType.LEFT, size: 22 }),
  para('- Lưu: VT, KGVX.', { align: AlignmentType.LEFT, size: 22 }),
  para('TM. ỦY BAN NHÂN DÂN', { bold: true, align: AlignmentType.RIGHT }),
  para('KT. CHỦ TỊCH', { bold: true, align: AlignmentType.RIGHT }),
  para('PHÓ CHỦ TỊCH', { bold: true, align: AlignmentType.RIGHT }),
  para('Phan Thế Tuấn', { bold: true, align: AlignmentType.RIGHT }),
];

const doc = new Document({
  creator: 'UBND tỉnh Bắc Giang',
  title: 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo năm 2023',
  sections: [{ children: body }],
});

const out = join(here, 'bgiang-2023-kh-khoinghiep.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log(`wrote ${out}`);
