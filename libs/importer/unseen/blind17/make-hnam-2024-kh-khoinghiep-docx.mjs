// Generates hnam-2024-kh-khoinghiep.docx (blind17) with the npm package `docx`.
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

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nội dung hoạt động', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'], true),
    row([
      '1',
      'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 (Techfest Hà Nam)',
      'Sở KH&CN',
      'Sở Công thương; Tỉnh đoàn Hà Nam',
      'Tháng 11/2024',
    ]),
    row([
      '2',
      'Hỗ trợ 10 dự án khởi nghiệp tham gia ươm tạo, hoàn thiện sản phẩm và tiếp cận thị trường',
      'Sở Công thương',
      'Sở Khoa học và Công nghệ',
      'Năm 2024',
    ]),
  ],
});

const body = [
  p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  p('Số: 35/KH-UBND'),
  p('Hà Nam, ngày 22 tháng 02 năm 2024', { italics: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024', { bold: true, center: true }),
  p(
    'Thực hiện Quyết định số 1562/QĐ-TTg ngày 12/10/2023 của Thủ tướng Chính phủ về hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2030; Kế hoạch số 118/KH-UBND ngày 15/01/2024 của UBND tỉnh về phát triển khoa học, công nghệ và đổi mới sáng tạo năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Tạo môi trường thuận lợi để hình thành và phát triển các dự án, doanh nghiệp khởi nghiệp đổi mới sáng tạo; phấn đấu năm 2024 có ít nhất 15 dự án khởi nghiệp được hỗ trợ.',
  ),
  p('II. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
  p('1. Xây dựng, vận hành Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam'),
  p('- Cơ quan chủ trì: Sở Khoa học và Công nghệ.'),
  p('- Cơ quan phối hợp: Sở Thông tin và Truyền thông.'),
  p('- Thời gian hoàn thành: Quý III/2024.'),
  p('2. Tổ chức Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024'),
  p('- Cơ quan phối hợp: Tỉnh đoàn Hà Nam, Sở Giáo dục và Đào tạo, các trường đại học, cao đẳng trên địa bàn.'),
  p('- Cơ quan chủ trì: Sở KH&CN.'),
  p('- Thời gian: tháng 10/2024.'),
  p(
    '3. Đưa nội dung giáo dục khởi nghiệp vào hoạt động trải nghiệm, ngoại khóa trong các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên. Sở Giáo dục và Đào tạo chủ trì thực hiện từ năm học 2024 - 2025.',
  ),
  p(
    '4. Hỗ trợ thanh niên khởi nghiệp: Tỉnh đoàn Hà Nam chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức tập huấn, tư vấn, kết nối nguồn vốn cho các dự án khởi nghiệp của đoàn viên, thanh niên; thực hiện năm 2024.',
  ),
  p(
    '5. Kết nối nhà đầu tư, quỹ đầu tư mạo hiểm với các dự án khởi nghiệp của tỉnh: Sở Kế hoạch và Đầu tư, Sở Khoa học và Công nghệ đồng chủ trì, hoàn thành trước ngày 30/11/2024.',
  ),
  p('6. Rà soát, sửa đổi chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh'),
  p('- Cơ quan chủ trì: Sở Khoa học và Công nghệ.'),
  p('- Cơ quan phối hợp: Sở Tư pháp, Sở Tài chính.'),
  p('- Thời gian: trình UBND tỉnh trong Quý II/2024.'),
  p('III. CÁC HOẠT ĐỘNG HỖ TRỢ CỤ THỂ', { bold: true }),
  table,
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/12/2024.',
  ),
  p(
    '2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: Theo chức năng, nhiệm vụ phối hợp với Sở Khoa học và Công nghệ triển khai Kế hoạch; lồng ghép các hoạt động hỗ trợ khởi nghiệp với chương trình, đề án của đơn vị, địa phương.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ KH&CN (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- Các sở, ban, ngành;'),
  p('- Lưu: VT, KGVX.'),
  p('KT. CHỦ TỊCH', { bold: true }),
  p('PHÓ CHỦ TỊCH', { bold: true }),
  p('Trần Xuân Dưỡng', { bold: true }),
];

const doc = new Document({ sections: [{ children: body }] });
writeFileSync(join(here, 'hnam-2024-kh-khoinghiep.docx'), await Packer.toBuffer(doc));
console.log('written');
