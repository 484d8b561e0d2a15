// Builds bkan-2019-kh-khoinghiep.docx beside this script (npm package `docx`, from /work/main/node_modules).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, AlignmentType, WidthType, PageBreak } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    indent: opts.indent ? { firstLine: 567 } : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font: FONT, size: opts.size ?? 26 })],
  });

// A paragraph with a bold lead-in and plain text after it.
const lead = (boldPart, rest) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    indent: { firstLine: 567 },
    children: [new TextRun({ text: boldPart, bold: true, font: FONT, size: 26 }), new TextRun({ text: rest, font: FONT, size: 26 })],
  });

const cell = (text, bold = false, width = 1500) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 24 })] })],
  });

const widths = [600, 3600, 1700, 1900, 1400];
const row = (cells, bold = false) => new TableRow({ children: cells.map((c, i) => cell(c, bold, widths[i])) });

const table = new Table({
  width: { size: 9200, type: WidthType.DXA },
  rows: [
    row(['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'], true),
    row([
      '1',
      'Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn',
      'Sở KH&CN',
      'Sở Thông tin và Truyền thông',
      'Quý IV/2019',
    ]),
    row([
      '2',
      'Tổ chức Cuộc thi "Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn"',
      'Tỉnh đoàn',
      'Sở KH&CN; Sở Giáo dục và Đào tạo',
      'Hằng năm',
    ]),
    row([
      '3',
      'Hỗ trợ các dự án khởi nghiệp ứng dụng công nghệ trong sản xuất, chế biến sản phẩm OCOP, nông sản đặc sản',
      'Sở Nông nghiệp và PTNT',
      'Sở KH&CN; UBND các huyện, thành phố',
      '2019 - 2020',
    ]),
    row([
      '4',
      'Đưa nội dung giáo dục khởi nghiệp vào hoạt động trải nghiệm của học sinh trung học phổ thông, giáo dục nghề nghiệp',
      'Sở Giáo dục và Đào tạo',
      'Trường Cao đẳng Bắc Kạn',
      'Từ năm 2020',
    ]),
    row([
      '5',
      'Bố trí kinh phí hỗ trợ khởi nghiệp đổi mới sáng tạo từ ngân sách tỉnh',
      'Sở Tài chính, Sở Kế hoạch và Đầu tư',
      'Sở KH&CN',
      'Hằng năm',
    ]),
    row([
      '6',
      'Kết nối các dự án khởi nghiệp với quỹ đầu tư, nhà đầu tư thiên thần trong và ngoài tỉnh',
      'Sở Kế hoạch và Đầu tư',
      'Sở Công thương',
      'Tháng 10/2020',
    ]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN', { center: true, bold: true }),
        p('TỈNH BẮC KẠN', { center: true, bold: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
        p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
        p('Số: 218/KH-UBND', { center: true }),
        p('Bắc Kạn, ngày 24 tháng 4 năm 2019', { right: true, italics: true }),
        p('KẾ HOẠCH', { center: true, bold: true, size: 28 }),
        p(
          'Triển khai thực hiện Quyết định số 1218/QĐ-TTg ngày 14/9/2018 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ khởi nghiệp đổi mới sáng tạo vùng trung du, miền núi phía Bắc đến năm 2025 trên địa bàn tỉnh Bắc Kạn',
          { center: true, bold: true },
        ),
        p(
          'Thực hiện Quyết định số 1218/QĐ-TTg ngày 14/9/2018 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ khởi nghiệp đổi mới sáng tạo vùng trung du, miền núi phía Bắc đến năm 2025 (sau đây gọi tắt là Đề án), Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch triển khai thực hiện như sau:',
          { indent: true },
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '1. Tạo lập môi trường thuận lợi để hỗ trợ, thúc đẩy các cá nhân, nhóm cá nhân, doanh nghiệp khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh.',
          { indent: true },
        ),
        p('2. Đến năm 2025, hỗ trợ ít nhất 20 dự án khởi nghiệp; 05 doanh nghiệp khởi nghiệp gọi được vốn từ nhà đầu tư, quỹ đầu tư.', {
          indent: true,
        }),
        p('II. NHIỆM VỤ CHỦ YẾU', { bold: true }),
        lead(
          '1. Tuyên truyền, nâng cao nhận thức về khởi nghiệp đổi mới sáng tạo. ',
          'Xây dựng chuyên trang, chuyên mục về khởi nghiệp trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh; tôn vinh các tấm gương khởi nghiệp thành công. Sở Thông tin và Truyền thông chủ trì, phối hợp với Tỉnh đoàn, Sở KH&CN thực hiện thường xuyên.',
        ),
        lead(
          '2. Hình thành mạng lưới hỗ trợ khởi nghiệp. ',
          'Thành lập Tổ tư vấn hỗ trợ khởi nghiệp của tỉnh gồm các chuyên gia, doanh nhân, nhà khoa học; kết nối với mạng lưới khởi nghiệp quốc gia và các tỉnh trong vùng. Sở KH&CN chủ trì; hoàn thành trong năm 2020.',
        ),
        lead('3. Các nhiệm vụ cụ thể: ', 'chi tiết tại Phụ lục kèm theo Kế hoạch này.'),
        p('III. KINH PHÍ', { bold: true }),
        p(
          'Kinh phí thực hiện từ nguồn ngân sách Trung ương hỗ trợ theo Đề án, ngân sách sự nghiệp khoa học và công nghệ của tỉnh và các nguồn hợp pháp khác.',
          { indent: true },
        ),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        lead(
          '1. Sở Khoa học và Công nghệ: ',
          'là cơ quan thường trực, chủ trì hướng dẫn, kiểm tra, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch; định kỳ trước ngày 30/11 hằng năm tổng hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ.',
        ),
        lead(
          '2. Các Sở, Ngành có liên quan: ',
          'căn cứ chức năng, nhiệm vụ, chủ động lồng ghép nội dung hỗ trợ khởi nghiệp vào chương trình, kế hoạch công tác hằng năm của ngành.',
        ),
        lead(
          '3. UBND các huyện, thành phố: ',
          'bố trí cán bộ đầu mối về khởi nghiệp; phát hiện, giới thiệu các ý tưởng, dự án khởi nghiệp tiềm năng; báo cáo sơ kết 01 năm thực hiện Kế hoạch về Sở KH&CN trước ngày 15/11/2020.',
        ),
        p('Nơi nhận:', { bold: true, italics: true }),
        p('- Bộ KH&CN (b/c);'),
        p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
        p('- CT, PCT UBND tỉnh;'),
        p('- Các sở, ngành, đoàn thể tỉnh;'),
        p('- UBND các huyện, thành phố;'),
        p('- Lưu: VT, Trung.'),
        p('KT. CHỦ TỊCH', { center: true, bold: true }),
        p('PHÓ CHỦ TỊCH', { center: true, bold: true }),
        p('Đỗ Văn Khánh', { center: true, bold: true }),
        new Paragraph({ children: [new PageBreak()] }),
        p('PHỤ LỤC', { center: true, bold: true }),
        p('PHÂN CÔNG NHIỆM VỤ CỤ THỂ', { center: true, bold: true }),
        p('(Kèm theo Kế hoạch số 218/KH-UBND ngày 24/4/2019 của UBND tỉnh Bắc Kạn)', { center: true, italics: true }),
        table,
      ],
    },
  ],
});

writeFileSync(join(here, 'bkan-2019-kh-khoinghiep.docx'), await Packer.toBuffer(doc));
console.log('wrote bkan-2019-kh-khoinghiep.docx');
