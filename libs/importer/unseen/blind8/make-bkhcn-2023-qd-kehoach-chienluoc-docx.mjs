// Generates bkhcn-2023-qd-kehoach-chienluoc.docx. Run from /work/main:
//   node /work/wt/blind8/make-bkhcn-2023-qd-kehoach-chienluoc-docx.mjs
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

const body = [
  p('BỘ KHOA HỌC VÀ CÔNG NGHỆ', { bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc'),
  p('Số: 1087/QĐ-BKHCN'),
  p('Hà Nội, ngày 19 tháng 5 năm 2023', { italics: true }),
  p('QUYẾT ĐỊNH', { bold: true, center: true }),
  p(
    'Ban hành Kế hoạch hành động của Bộ Khoa học và Công nghệ thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030',
    { bold: true, center: true },
  ),
  p('BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ', { bold: true, center: true }),
  p(
    'Căn cứ Nghị định số 95/2017/NĐ-CP ngày 16/8/2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;',
  ),
  p(
    'Căn cứ Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ ban hành Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030;',
  ),
  p('Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tổng hợp.'),
  p('QUYẾT ĐỊNH:', { bold: true, center: true }),
  p(
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động của Bộ Khoa học và Công nghệ thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030.',
  ),
  p(
    'Điều 2. Giao Vụ Kế hoạch - Tổng hợp chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15/12 hằng năm.',
  ),
  p(
    'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tổng hợp, Thủ trưởng các đơn vị thuộc Bộ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ),
  p(
    'Nơi nhận: Như Điều 3; Văn phòng Chính phủ (để b/c); Bộ trưởng (để b/c); UBND các tỉnh, thành phố trực thuộc Trung ương; Sở KH&CN các tỉnh, thành phố; Lưu: VT, KHTH.',
    { italics: true },
  ),
  p('KT. BỘ TRƯỞNG', { bold: true }),
  p('THỨ TRƯỞNG', { bold: true }),
  p('Trần Văn Tùng', { bold: true }),
  p('KẾ HOẠCH HÀNH ĐỘNG', { bold: true, center: true }),
  p('Thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030', { bold: true, center: true }),
  p('(Ban hành kèm theo Quyết định số 1087/QĐ-BKHCN ngày 19 tháng 5 năm 2023 của Bộ trưởng Bộ Khoa học và Công nghệ)', {
    italics: true,
    center: true,
  }),
  p('I. MỤC TIÊU', { bold: true }),
  p(
    'Cụ thể hóa các nhiệm vụ, giải pháp của Chiến lược thuộc trách nhiệm của Bộ Khoa học và Công nghệ; phân công rõ đơn vị chủ trì, sản phẩm và thời hạn hoàn thành; phấn đấu đến năm 2030 tổng đầu tư xã hội cho khoa học, công nghệ và đổi mới sáng tạo đạt 1,5-2% GDP.',
  ),
  p('II. NHIỆM VỤ', { bold: true }),
  p('Các nhiệm vụ cụ thể được phân công tại Danh mục nhiệm vụ kèm theo Kế hoạch này.'),
  p('PHỤ LỤC', { bold: true, center: true }),
  p('DANH MỤC NHIỆM VỤ THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO ĐẾN NĂM 2030', { bold: true, center: true }),
  p('(Kèm theo Quyết định số 1087/QĐ-BKHCN ngày 19/5/2023)', { italics: true, center: true }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'], true),
      row(['I', 'HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH', '', '', '', ''], true),
      row([
        '1',
        'Xây dựng dự án Luật Khoa học, công nghệ và đổi mới sáng tạo (thay thế Luật Khoa học và công nghệ năm 2013) trình Chính phủ',
        'Vụ Pháp chế',
        'Các đơn vị thuộc Bộ',
        'Hồ sơ dự án Luật',
        'Quý IV/2024',
      ]),
      row([
        '2',
        'Xây dựng Nghị định quy định cơ chế thử nghiệm có kiểm soát đối với hoạt động khoa học, công nghệ và đổi mới sáng tạo',
        'Vụ Đánh giá, Thẩm định và Giám định công nghệ',
        'Vụ Pháp chế',
        'Nghị định',
        '6/2024',
      ]),
      row(['II', 'PHÁT TRIỂN HỆ THỐNG ĐỔI MỚI SÁNG TẠO QUỐC GIA', '', '', '', ''], true),
      row([
        '3',
        'Triển khai đo lường, công bố Bộ chỉ số đổi mới sáng tạo cấp địa phương (PII)',
        'Viện Chiến lược và Chính sách khoa học và công nghệ',
        'Sở KH&CN các tỉnh, thành phố',
        'Báo cáo PII',
        'Hằng năm',
      ]),
      row([
        '4',
        'Hỗ trợ hình thành và phát triển các trung tâm đổi mới sáng tạo vùng, trung tâm hỗ trợ khởi nghiệp tại địa phương',
        'Cục Phát triển thị trường và doanh nghiệp KH&CN',
        'UBND các tỉnh, thành phố trực thuộc Trung ương',
        'Trung tâm đổi mới sáng tạo',
        '2023-2025',
      ]),
      row([
        '5',
        'Hướng dẫn các địa phương xây dựng chương trình hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn mới',
        'Cục Phát triển thị trường và doanh nghiệp KH&CN; Văn phòng Đề án 844',
        'Sở KH&CN các tỉnh, thành phố',
        'Văn bản hướng dẫn',
        '2023 và những năm tiếp theo',
      ]),
      row([
        '6',
        'Xây dựng, ban hành kế hoạch của địa phương thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030',
        'UBND các tỉnh, thành phố trực thuộc Trung ương',
        'Bộ Khoa học và Công nghệ',
        'Kế hoạch của địa phương',
        'Quý III/2023',
      ]),
    ],
  }),
];

const doc = new Document({ sections: [{ children: body }] });
const out = join(dirname(fileURLToPath(import.meta.url)), 'bkhcn-2023-qd-kehoach-chienluoc.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
