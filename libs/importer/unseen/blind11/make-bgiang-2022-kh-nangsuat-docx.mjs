// Generates bgiang-2022-kh-nangsuat.docx with the npm package `docx` (from /work/main/node_modules).
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, AlignmentType, WidthType } = require('docx');

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic })],
  });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const rows = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
  [
    '1',
    'Khảo sát, đánh giá thực trạng năng suất của doanh nghiệp trên địa bàn tỉnh',
    'Sở Khoa học và Công nghệ',
    'Sở Kế hoạch và Đầu tư; Sở Công Thương',
    'Quý III/2022',
  ],
  [
    '2',
    'Xây dựng mô hình điểm áp dụng công cụ Lean, 5S, Kaizen tại doanh nghiệp nhỏ và vừa',
    'Sở KH&CN',
    'Hiệp hội Doanh nghiệp tỉnh',
    '2022 - 2023',
  ],
  ['3', 'Đào tạo đội ngũ chuyên gia tư vấn năng suất cấp tỉnh', 'Sở Lao động - Thương binh và Xã hội', 'Sở KH&CN', 'Năm 2023'],
  [
    '4',
    'Hỗ trợ doanh nghiệp đổi mới công nghệ, chuyển đổi số trong sản xuất, kinh doanh',
    'Sở Thông tin và Truyền thông; Sở Khoa học và Công nghệ',
    'Sở Công Thương',
    'Hằng năm',
  ],
  [
    '5',
    'Ứng dụng hệ thống truy xuất nguồn gốc cho nông sản chủ lực (vải thiều, gà đồi Yên Thế)',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở KH&CN; UBND các huyện, thành phố',
    'Trước ngày 31/12/2022',
  ],
  [
    '6',
    'Tổ chức Diễn đàn năng suất chất lượng tỉnh Bắc Giang',
    'Sở Công Thương',
    'Liên hiệp các Hội khoa học và kỹ thuật tỉnh',
    'Tháng 10/2022',
  ],
  [
    '7',
    'Sơ kết, đánh giá kết quả thực hiện Kế hoạch, đề xuất điều chỉnh',
    'Sở Khoa học và Công nghệ',
    'Các sở, ngành có liên quan',
    'Quý IV/2024',
  ],
];

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', { bold: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
        p('Số: 98/KH-UBND'),
        p('Bắc Giang, ngày 15 tháng 4 năm 2022', { italic: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p(
          'Hỗ trợ doanh nghiệp tỉnh Bắc Giang nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2022 - 2025',
          { bold: true, center: true },
        ),
        p(
          'Thực hiện Quyết định số 1407/QĐ-TTg ngày 03/9/2021 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2021 - 2030, UBND tỉnh Bắc Giang ban hành Kế hoạch thực hiện như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '- Nâng cao nhận thức của doanh nghiệp về năng suất; thúc đẩy doanh nghiệp ứng dụng khoa học, công nghệ, đổi mới sáng tạo để nâng cao năng suất, chất lượng.',
        ),
        p('- Phân công rõ trách nhiệm của các cơ quan, đơn vị; bảo đảm hiệu quả, tiết kiệm.'),
        p('II. MỤC TIÊU ĐẾN NĂM 2025', { bold: true }),
        p('- Ít nhất 50 doanh nghiệp được hỗ trợ áp dụng các công cụ cải tiến năng suất; đào tạo 15-20 chuyên gia tư vấn năng suất.'),
        p('- Đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng GRDP của tỉnh đạt khoảng 45%.'),
        p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
        p('Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian hoàn thành như sau:'),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => row(r, i === 0)) }),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch; định kỳ hằng năm tổng hợp, báo cáo UBND tỉnh trước ngày 10/12.',
        ),
        p(
          '2. Sở Tài chính: Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.',
        ),
        p(
          '3. UBND các huyện, thành phố: Lựa chọn, giới thiệu doanh nghiệp tham gia Kế hoạch, gửi Sở Khoa học và Công nghệ trước ngày 30/6/2022.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ KH&CN (b/c);'),
        p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
        p('- Chủ tịch, các PCT UBND tỉnh;'),
        p('- Các sở, cơ quan thuộc UBND tỉnh;'),
        p('- UBND các huyện, thành phố;'),
        p('- VP UBND tỉnh: LĐVP, TH, KGVX;'),
        p('- Lưu: VT, KGVX.'),
        p('KT. CHỦ TỊCH', { bold: true }),
        p('PHÓ CHỦ TỊCH', { bold: true }),
        p('Phan Thế Tuấn', { bold: true }),
      ],
    },
  ],
});

const out = join(dirname(fileURLToPath(import.meta.url)), 'bgiang-2022-kh-nangsuat.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
