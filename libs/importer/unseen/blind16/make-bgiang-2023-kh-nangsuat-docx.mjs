// Generates bgiang-2023-kh-nangsuat.docx (blind16) with the npm package `docx` from /work/main.
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
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic })],
  });
const cell = (text) => new TableCell({ children: [p(text)] });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    new TableRow({ children: [cell('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')] }),
    new TableRow({ children: [cell('Số: 287/KH-UBND'), cell('Độc lập - Tự do - Hạnh phúc')] }),
  ],
});

const body = [
  p('Bắc Giang, ngày 19 tháng 9 năm 2023', { italic: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo tỉnh Bắc Giang giai đoạn 2023 - 2025', {
    bold: true,
    center: true,
  }),
  p(
    'Thực hiện Quyết định số 1025/QĐ-TTg ngày 05/9/2022 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2022 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Nâng cao nhận thức của doanh nghiệp về vai trò của năng suất; thúc đẩy doanh nghiệp ứng dụng tiêu chuẩn, hệ thống quản lý, công cụ cải tiến năng suất và công nghệ số, góp phần tăng năng suất lao động của tỉnh bình quân 6,5%/năm.',
  ),
  p('II. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
  p('1. Tuyên truyền, nâng cao nhận thức về năng suất, chất lượng', { bold: true }),
  p('- Cơ quan chủ trì: Sở Khoa học và Công nghệ.'),
  p('- Cơ quan phối hợp: Sở Thông tin và Truyền thông, Liên hiệp các Hội khoa học và kỹ thuật tỉnh.'),
  p('- Thời gian thực hiện: hằng năm.'),
  p('2. Xây dựng, áp dụng tiêu chuẩn, hệ thống quản lý tiên tiến trong doanh nghiệp', { bold: true }),
  p('- Chủ trì: Sở KH&CN; phối hợp: Sở Công Thương, Sở NN&PTNT.'),
  p('- Thời gian: 2023 - 2025.'),
  p('3. Hỗ trợ doanh nghiệp ứng dụng công nghệ số để nâng cao năng suất', { bold: true }),
  p('- Cơ quan chủ trì: Sở Thông tin và Truyền thông, Sở Công Thương.'),
  p('- Thời gian hoàn thành: Quý IV/2024.'),
  p('4. Đào tạo, phát triển đội ngũ chuyên gia tư vấn năng suất của tỉnh', { bold: true }),
  p('- Cơ quan chủ trì: Sở KH&CN; cơ quan phối hợp: Sở Lao động - Thương binh và Xã hội.'),
  p('- Thời gian hoàn thành: tháng 10/2024.'),
  p('5. Nâng cao năng suất trong sản xuất nông nghiệp, hợp tác xã', { bold: true }),
  p('- Cơ quan chủ trì: Sở Nông nghiệp và PTNT; phối hợp: UBND các huyện, thành phố.'),
  p('- Thời gian hoàn thành: trước ngày 31/12/2023.'),
  p('6. Đo lường, công bố năng suất lao động của tỉnh', { bold: true }),
  p(
    'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Cục Thống kê tỉnh xây dựng bộ chỉ số đo lường năng suất lao động theo ngành, lĩnh vực, công bố kết quả, hoàn thành 6 tháng đầu năm 2024.',
  ),
  p('III. KINH PHÍ', { bold: true }),
  p(
    'Từ nguồn ngân sách nhà nước theo phân cấp, nguồn vốn của doanh nghiệp và các nguồn hợp pháp khác. Dự kiến tổng kinh phí 4.860 triệu đồng.',
  ),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ trước ngày 10/12 hằng năm tổng hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ.',
  ),
  p('2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo quy định.'),
  p(
    '3. Các sở, ngành có liên quan, UBND các huyện, thành phố: Căn cứ chức năng, nhiệm vụ, chủ động lồng ghép nội dung nâng cao năng suất vào các chương trình, kế hoạch của ngành, địa phương.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ Khoa học và Công nghệ (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh;'),
  p('- Các sở, ngành, UBND các huyện, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('KT. CHỦ TỊCH', { bold: true, center: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
  p('Phan Thế Tuấn', { bold: true, center: true }),
];

const doc = new Document({ sections: [{ children: [header, ...body] }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'bgiang-2023-kh-nangsuat.docx'), buf);
console.log('written', buf.length);
