// Generates ct-2024-kh-khoinghiep.docx. Run from /work/main: node /work/wt/blind7/make-ct-2024-kh-khoinghiep-docx.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(process.cwd(), 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const rows = [
  ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
  [
    '1',
    'Tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo thành phố Cần Thơ năm 2025',
    'Sở Khoa học và Công nghệ',
    'Thành Đoàn Cần Thơ; Trường Đại học Cần Thơ',
    'Quý III/2025',
  ],
  [
    '2',
    'Vận hành Vườn ươm doanh nghiệp khởi nghiệp, cung cấp dịch vụ cố vấn, không gian làm việc chung',
    'Trường Đại học Cần Thơ',
    'Sở Khoa học và Công nghệ',
    'Thường xuyên',
  ],
  [
    '3',
    'Hỗ trợ ít nhất 10 dự án khởi nghiệp đổi mới sáng tạo tham gia ươm tạo, hoàn thiện sản phẩm',
    'Sở Khoa học và Công nghệ',
    'Sở Tài chính',
    'Năm 2025',
  ],
  [
    '4',
    'Đào tạo kỹ năng khởi nghiệp cho học sinh, sinh viên các trường trên địa bàn',
    'Sở Giáo dục và Đào tạo; Sở Lao động - Thương binh và Xã hội',
    'Thành Đoàn Cần Thơ',
    'Hằng năm',
  ],
  [
    '5',
    'Tổ chức kết nối doanh nghiệp khởi nghiệp với nhà đầu tư, quỹ đầu tư mạo hiểm',
    'Sở Kế hoạch và Đầu tư',
    'Hiệp hội Doanh nghiệp thành phố',
    '6 tháng đầu năm 2025',
  ],
  [
    '6',
    'Hỗ trợ khởi nghiệp trong nông nghiệp công nghệ cao, sản phẩm OCOP',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'UBND quận, huyện',
    '15/12/2025',
  ],
];

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', { bold: true }),
        p('Số: 210/KH-UBND'),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
        p('Độc lập - Tự do - Hạnh phúc'),
        p('Cần Thơ, ngày 18 tháng 10 năm 2024', { italics: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Cần Thơ năm 2025', { bold: true, center: true }),
        p(
          'Thực hiện Quyết định số 188/QĐ-TTg ngày 13 tháng 02 năm 2022 của Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định số 844/QĐ-TTg ngày 18 tháng 5 năm 2016 phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025"; Ủy ban nhân dân thành phố ban hành Kế hoạch năm 2025 như sau:',
        ),
        p('I. MỤC TIÊU', { bold: true }),
        p(
          'Hỗ trợ 10 dự án khởi nghiệp; 02 doanh nghiệp khởi nghiệp gọi được vốn; hình thành mạng lưới cố vấn khởi nghiệp của thành phố với ít nhất 20 chuyên gia.',
        ),
        p('II. NHIỆM VỤ', { bold: true }),
        p('Các nhiệm vụ cụ thể như sau:'),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => row(r, i === 0)) }),
        p('III. KINH PHÍ', { bold: true }),
        p('Kinh phí thực hiện từ nguồn sự nghiệp khoa học và công nghệ năm 2025 của thành phố: 1.850 triệu đồng, và các nguồn xã hội hóa.'),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, UBND quận, huyện theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ 6 tháng, hằng năm tổng hợp báo cáo UBND thành phố.',
        ),
        p(
          '2. Sở Tài chính: chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách theo quy định.',
        ),
        p('Thủ trưởng các sở, ban, ngành, Chủ tịch UBND quận, huyện tổ chức thực hiện các nhiệm vụ được giao./.'),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ Khoa học và Công nghệ;'),
        p('- TT. Thành ủy, TT. HĐND thành phố;'),
        p('- Các sở, ban, ngành thành phố;'),
        p('- UBND quận, huyện;'),
        p('- Lưu: VT, KGVX.'),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
        p('KT. CHỦ TỊCH', { bold: true }),
        p('PHÓ CHỦ TỊCH', { bold: true }),
        p('Trần Văn Lâm', { bold: true }),
      ],
    },
  ],
});

const out = join(dirname(fileURLToPath(import.meta.url)), 'ct-2024-kh-khoinghiep.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
