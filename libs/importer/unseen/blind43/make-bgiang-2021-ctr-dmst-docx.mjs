// Builds bgiang-2021-ctr-dmst.docx beside this script (npm package `docx` from /work/main/node_modules).
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
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });

const cell = (text, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const body = [
  p('ỦY BAN NHÂN DÂN', { bold: true }),
  p('TỈNH BẮC GIANG', { bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  p('Số: 45/CTr-UBND'),
  p('Bắc Giang, ngày 12 tháng 4 năm 2021', { italics: true }),
  p('CHƯƠNG TRÌNH HÀNH ĐỘNG', { bold: true, center: true }),
  p(
    'Thực hiện Nghị quyết số 27-NQ/TU ngày 05/3/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Bắc Giang giai đoạn 2021 - 2025, định hướng đến năm 2030',
    { bold: true, center: true },
  ),
  p(
    'Thực hiện Nghị quyết số 27-NQ/TU ngày 05/3/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Bắc Giang giai đoạn 2021 - 2025, định hướng đến năm 2030, UBND tỉnh ban hành Chương trình hành động như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '1. Quán triệt sâu sắc, cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết thành các nhiệm vụ cụ thể, xác định rõ cơ quan chủ trì, thời gian hoàn thành.',
  ),
  p(
    '2. Các sở, ngành, địa phương chủ động, tích cực triển khai; tạo chuyển biến mạnh mẽ về ứng dụng khoa học, công nghệ và đổi mới sáng tạo trong doanh nghiệp.',
  ),
  p('II. MỤC TIÊU', { bold: true }),
  p('- Đến năm 2025, đóng góp của năng suất các yếu tố tổng hợp (TFP) vào tăng trưởng kinh tế đạt 40-45%;'),
  p('- Có ít nhất 20 doanh nghiệp khoa học và công nghệ; hỗ trợ khoảng 50 doanh nghiệp đổi mới công nghệ;'),
  p('- Chi cho khoa học và công nghệ đạt 1,5-2% tổng chi ngân sách địa phương.'),
  p('III. NHIỆM VỤ TRỌNG TÂM', { bold: true }),
  p('1. Hoàn thiện cơ chế, chính sách', { bold: true }),
  p(
    'Sở KH&CN chủ trì, phối hợp Sở Kế hoạch và Đầu tư, Sở Tài chính rà soát các chính sách hiện hành, tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ phát triển khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh, trình tại kỳ họp cuối năm 2021.',
  ),
  p('2. Chuyển đổi số trong quản lý hoạt động khoa học và công nghệ', { bold: true }),
  p(
    'Xây dựng nền tảng số kết nối cung - cầu công nghệ của tỉnh; số hoá 100% hồ sơ nhiệm vụ KH&CN cấp tỉnh còn hiệu lực. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở KH&CN thực hiện, đưa nền tảng vào vận hành năm 2022.',
  ),
  p('3. Các nhiệm vụ, đề án cụ thể: chi tiết tại Phụ lục kèm theo Chương trình này.', { bold: true }),
  p('IV. KINH PHÍ THỰC HIỆN', { bold: true }),
  p(
    'Kinh phí được bố trí từ nguồn ngân sách nhà nước theo phân cấp, lồng ghép các chương trình, dự án và nguồn xã hội hóa, vốn của doanh nghiệp.',
  ),
  p('V. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các sở, ngành, địa phương triển khai Chương trình; tổng hợp, báo cáo UBND tỉnh, Ban Thường vụ Tỉnh ủy kết quả thực hiện trước ngày 05/12 hằng năm.',
  ),
  p(
    '2. Sở Kế hoạch và Đầu tư, Sở Tài chính: Tham mưu bố trí vốn đầu tư phát triển, kinh phí sự nghiệp khoa học và công nghệ hằng năm để thực hiện các nhiệm vụ của Chương trình.',
  ),
  p(
    '3. Các sở, ngành có liên quan, UBND các huyện, thành phố: Xây dựng kế hoạch triển khai của cơ quan, đơn vị, hoàn thành trong tháng 6/2021; lồng ghép nội dung Chương trình vào kế hoạch phát triển kinh tế - xã hội hằng năm.',
  ),
  p(
    '4. Sở Thông tin và Truyền thông: Chỉ đạo, hướng dẫn Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh, hệ thống thông tin cơ sở thường xuyên tuyên truyền về khoa học, công nghệ và đổi mới sáng tạo.',
  ),
  p(
    'Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, giải quyết./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ KH&CN (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh;'),
  p('- Các sở, ngành, UBND các huyện, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
  p('KT. CHỦ TỊCH', { bold: true }),
  p('PHÓ CHỦ TỊCH', { bold: true }),
  p('Trần Quang Vinh', { bold: true }),
  p('PHỤ LỤC', { bold: true, center: true }),
  p('DANH MỤC NHIỆM VỤ, ĐỀ ÁN CỤ THỂ', { bold: true, center: true }),
  p('(Kèm theo Chương trình hành động số 45/CTr-UBND ngày 12/4/2021 của UBND tỉnh Bắc Giang)', { italics: true, center: true }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'], true),
      row(['I', 'Phát triển tiềm lực, hạ tầng đổi mới sáng tạo', '', '', '', ''], true),
      row([
        '1',
        'Thành lập Trung tâm Đổi mới sáng tạo tỉnh Bắc Giang',
        'Sở KH&CN',
        'Sở Nội vụ, Sở Tài chính',
        'Quý IV/2022',
        'Quyết định thành lập',
      ]),
      row([
        '2',
        'Xây dựng cơ sở dữ liệu tài nguyên, môi trường phục vụ nghiên cứu, ứng dụng',
        'Sở Tài nguyên và Môi trường',
        'Sở Thông tin và Truyền thông',
        'Trước 30/6/2023',
        'Cơ sở dữ liệu',
      ]),
      row([
        '3',
        'Điều tra, đánh giá Bộ chỉ số đổi mới sáng tạo cấp tỉnh (PII), đề xuất giải pháp cải thiện',
        'Sở Kế hoạch và Đầu tư',
        'Sở KH&CN; Cục Thống kê tỉnh',
        '6/2022',
        'Báo cáo UBND tỉnh',
      ]),
      row(['II', 'Hỗ trợ doanh nghiệp, sản xuất', '', '', '', ''], true),
      row([
        '4',
        'Hỗ trợ 50 doanh nghiệp đổi mới công nghệ, áp dụng công nghệ tiên tiến, tiết kiệm năng lượng',
        'Sở Công Thương; Sở KH&CN',
        'Hiệp hội Doanh nghiệp tỉnh',
        '2021 - 2025',
        'Doanh nghiệp được hỗ trợ',
      ]),
      row([
        '5',
        'Quản lý và phát triển chỉ dẫn địa lý "Lục Ngạn" cho vải thiều, nhãn hiệu chứng nhận "Gà đồi Yên Thế"',
        'Sở KH&CN',
        'UBND huyện Lục Ngạn, UBND huyện Yên Thế',
        '2022 - 2023',
        'Quy chế quản lý, hệ thống tem',
      ]),
      row([
        '6',
        'Xây dựng 05 vùng sản xuất nông nghiệp ứng dụng công nghệ cao',
        'Sở NN&PTNT',
        'Sở KH&CN, UBND các huyện, thành phố',
        'Hằng năm',
        'Vùng sản xuất',
      ]),
      row([
        '7',
        'Tổ chức Cuộc thi Ý tưởng khởi nghiệp sáng tạo tỉnh Bắc Giang',
        'Tỉnh đoàn; Sở KH&CN',
        'Liên hiệp các Hội khoa học và kỹ thuật tỉnh',
        'Hằng năm, từ năm 2021',
        'Cuộc thi',
      ]),
    ],
  }),
];

const doc = new Document({ sections: [{ children: body }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'bgiang-2021-ctr-dmst.docx'), buf);
console.log('wrote', join(here, 'bgiang-2021-ctr-dmst.docx'), buf.length, 'bytes');
