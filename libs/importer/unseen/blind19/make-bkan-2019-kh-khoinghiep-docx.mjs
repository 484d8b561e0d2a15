// Generates bkan-2019-kh-khoinghiep.docx with the npm package `docx` from /work/main.
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
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['ỦY BAN NHÂN DÂN TỈNH BẮC KẠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], true),
    row(['-------', 'Độc lập - Tự do - Hạnh phúc']),
    row(['Số: 318/KH-UBND', 'Bắc Kạn, ngày 06 tháng 6 năm 2019']),
  ],
});

const tasks = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'], true),
    row([
      '1',
      'Hỗ trợ dự án khởi nghiệp phát triển sản phẩm đặc sản (miến dong, gạo nếp Bao Thai, quýt Quang Thuận)',
      'Sở Nông nghiệp - Phát triển nông thôn',
      'UBND các huyện, thành phố',
      '2019 - 2020',
    ]),
    row([
      '2',
      'Tổ chức diễn đàn kết nối nhà đầu tư với các dự án khởi nghiệp của tỉnh',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính, Tỉnh đoàn',
      'Tháng 11/2019',
    ]),
    row(['3', 'Bố trí kinh phí hỗ trợ hoạt động khởi nghiệp đổi mới sáng tạo', 'Sở Tài chính', 'Sở KH&CN', 'Hằng năm']),
    row([
      '4',
      'Hỗ trợ đăng ký bảo hộ nhãn hiệu cho sản phẩm của các dự án khởi nghiệp',
      'Sở KH&CN',
      'Sở Công thương',
      'Trước ngày 31/12/2019',
    ]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        header,
        p(''),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2019 - 2020', { bold: true, center: true }),
        p(
          'Thực hiện Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025"; theo đề nghị của Sở Khoa học và Công nghệ, Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          'Tạo môi trường thuận lợi cho cá nhân, nhóm khởi nghiệp; phấn đấu đến năm 2020 hỗ trợ ít nhất 05 dự án khởi nghiệp, 02 doanh nghiệp khởi nghiệp đổi mới sáng tạo.',
        ),
        p('II. NHIỆM VỤ', { bold: true }),
        p('1. Tuyên truyền, nâng cao nhận thức về khởi nghiệp đổi mới sáng tạo trong thanh niên, học sinh, sinh viên'),
        p('- Cơ quan chủ trì: Sở Khoa học và Công nghệ'),
        p('- Cơ quan phối hợp: Tỉnh đoàn, Sở Thông tin và Truyền thông, Báo Bắc Kạn'),
        p('- Thời gian hoàn thành: Hằng năm'),
        p('2. Tổ chức Cuộc thi "Ý tưởng khởi nghiệp sáng tạo tỉnh Bắc Kạn" lần thứ nhất'),
        p('- Cơ quan chủ trì: Tỉnh đoàn Bắc Kạn; Sở KH&CN'),
        p('- Thời gian thực hiện: Quý III/2019'),
        p(
          '3. Hỗ trợ hình thành không gian làm việc chung cho các nhóm khởi nghiệp tại thành phố Bắc Kạn. Sở Kế hoạch và Đầu tư chủ trì; thời gian: năm 2020.',
        ),
        p('4. Các nhiệm vụ hỗ trợ cụ thể khác theo bảng sau:'),
        tasks,
        p(''),
        p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Ủy ban nhân dân các huyện, thành phố lồng ghép nội dung hỗ trợ khởi nghiệp vào các chương trình phát triển kinh tế - xã hội của địa phương; giới thiệu các dự án tiềm năng tham gia Cuộc thi.',
        ),
        p(
          '2. Các Sở, Ngành có liên quan theo chức năng, nhiệm vụ chủ động triển khai các nội dung của Kế hoạch; báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm để tổng hợp, báo cáo UBND tỉnh.',
        ),
        p('Nơi nhận:', { italic: true }),
        p('- Bộ Khoa học và Công nghệ;'),
        p('- CT, PCT UBND tỉnh;'),
        p('- Các Sở, Ngành;'),
        p('- UBND các huyện, thành phố;'),
        p('- Lưu: VT, NCTH.'),
        p('KT. CHỦ TỊCH', { bold: true, center: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
        p('Hoàng Văn Minh', { bold: true, center: true }),
      ],
    },
  ],
});

writeFileSync(join(here, 'bkan-2019-kh-khoinghiep.docx'), await Packer.toBuffer(doc));
console.log('written');
