// Generates bk-2023-kh-khoinghiep.docx (paragraphs and a task table) with the `docx` package of /work/main.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const header = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];
const rows = [
  [
    '1',
    'Khảo sát, đánh giá thực trạng hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh',
    'Sở Khoa học và Công nghệ',
    'Sở Kế hoạch và Đầu tư',
    'Quý II/2023',
  ],
  ['2', 'Tổ chức Cuộc thi ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn', 'Sở KH&CN', 'Tỉnh đoàn Bắc Kạn', 'Tháng 10/2023'],
  ['3', 'Hỗ trợ các dự án khởi nghiệp tham gia vườn ươm, chương trình tăng tốc', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', '2023 - 2025'],
  [
    '4',
    'Lồng ghép nội dung khởi nghiệp trong đào tạo nghề và giáo dục nghề nghiệp',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở KH&CN',
    'Hằng năm',
  ],
  [
    '5',
    'Hỗ trợ xây dựng thương hiệu, xúc tiến thương mại cho sản phẩm khởi nghiệp gắn với OCOP',
    'Sở Công thương',
    'Sở Nông nghiệp và PTNT; UBND các huyện, thành phố',
    'Năm 2024',
  ],
  ['6', 'Tổ chức các hoạt động giáo dục khởi nghiệp trong trường trung học phổ thông', 'Sở Giáo dục và Đào tạo', '', 'Thường xuyên'],
  ['7', 'Sơ kết, đánh giá kết quả thực hiện Kế hoạch', 'Sở Khoa học và Công nghệ', 'Các Sở, Ngành liên quan', 'Trước 15/12/2024'],
];

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN', { bold: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
        p('Độc lập - Tự do - Hạnh phúc'),
        p('Số: 205/KH-UBND'),
        p('Bắc Kạn, ngày 17 tháng 3 năm 2023', { italics: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn giai đoạn 2023 - 2025', { bold: true, center: true }),
        p(
          'Thực hiện Quyết định số 188/QĐ-TTg ngày 25/02/2023 của Thủ tướng Chính phủ về việc tiếp tục thực hiện Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia, Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          'Tạo môi trường thuận lợi thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
        ),
        p('II. MỤC TIÊU', { bold: true }),
        p('Đến năm 2025 hỗ trợ ít nhất 10 dự án khởi nghiệp đổi mới sáng tạo; 02 doanh nghiệp khởi nghiệp gọi được vốn đầu tư.'),
        p('III. NHIỆM VỤ CỤ THỂ', { bold: true }),
        p('Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian thực hiện như sau:'),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r))] }),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện định kỳ trước ngày 10/12 hằng năm.',
        ),
        p(
          '2. Sở Tài chính: Chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.',
        ),
        p(
          'Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ Khoa học và Công nghệ (b/c);'),
        p('- CT, PCT UBND tỉnh;'),
        p('- Các sở, ngành, đoàn thể tỉnh;'),
        p('- Lưu: VT, NCPC.'),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
        p('KT. CHỦ TỊCH', { bold: true }),
        p('PHÓ CHỦ TỊCH', { bold: true }),
        p('Đỗ Thị Minh Hoa', { bold: true }),
      ],
    },
  ],
});

writeFileSync(join(here, 'bk-2023-kh-khoinghiep.docx'), await Packer.toBuffer(doc));
console.log('wrote bk-2023-kh-khoinghiep.docx');
