// Builds hnam-2024-qd-khoinghiep.docx beside this script with the npm package `docx`.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: 26, font: 'Times New Roman' })],
  });
const b = (text) => p(text, { bold: true });
const c = (text, bold = true) => p(text, { center: true, bold });

const cell = (lines) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: lines.map(([t, bold]) => c(t, bold)),
  });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell([
          ['ỦY BAN NHÂN DÂN', true],
          ['TỈNH HÀ NAM', true],
          ['Số: 412/QĐ-UBND', false],
        ]),
        cell([
          ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
          ['Độc lập - Tự do - Hạnh phúc', true],
          ['Hà Nam, ngày 22 tháng 3 năm 2024', false],
        ]),
      ],
    }),
  ],
});

const body = [
  c('QUYẾT ĐỊNH'),
  c('Ban hành Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 - 2025'),
  c('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM'),
  p(
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  ),
  p(
    'Căn cứ Quyết định số 188/QĐ-TTg ngày 13 tháng 02 năm 2023 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2030;',
  ),
  p('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 31/TTr-SKHCN ngày 08 tháng 3 năm 2024.'),
  c('QUYẾT ĐỊNH:'),
  p('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 - 2025.'),
  p('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'),
  p(
    'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Kế hoạch và Đầu tư; Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ),
  p('Nơi nhận:', { bold: true, italics: true }),
  p('- Bộ Khoa học và Công nghệ (để b/c);'),
  p('- TTTU, TT HĐND tỉnh (để b/c);'),
  p('- Như Điều 3;'),
  p('- Lưu: VT, KGVX(H).'),
  c('KT. CHỦ TỊCH'),
  c('PHÓ CHỦ TỊCH'),
  c('Nguyễn Thị Hương Lan'),
  c('KẾ HOẠCH'),
  c('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 - 2025'),
  p('(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 22/3/2024 của Chủ tịch UBND tỉnh Hà Nam)', { center: true, italics: true }),
  b('I. MỤC ĐÍCH, YÊU CẦU'),
  p(
    '- Tạo môi trường thuận lợi hỗ trợ hình thành, phát triển các dự án khởi nghiệp, doanh nghiệp khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh.',
  ),
  p('- Huy động sự tham gia của các sở, ngành, tổ chức, doanh nghiệp, trường học vào hệ sinh thái khởi nghiệp của tỉnh.'),
  b('II. MỤC TIÊU'),
  p(
    'Đến hết năm 2025: hỗ trợ ít nhất 15 dự án khởi nghiệp đổi mới sáng tạo; 03 doanh nghiệp khởi nghiệp gọi được vốn đầu tư; tổ chức 02 cuộc thi khởi nghiệp cấp tỉnh.',
  ),
  b('III. NHIỆM VỤ VÀ GIẢI PHÁP'),
  b('1. Hoàn thiện cơ chế, chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo'),
  p(
    '- Nội dung: Rà soát, tham mưu sửa đổi Quy định nội dung, mức hỗ trợ khởi nghiệp đổi mới sáng tạo từ ngân sách tỉnh cho phù hợp với quy định mới của Trung ương.',
  ),
  p('- Cơ quan chủ trì: Sở Khoa học và Công nghệ.'),
  p('- Cơ quan phối hợp: Sở Tư pháp, Sở Tài chính.'),
  p('- Thời gian hoàn thành: Quý III/2024.'),
  b('2. Thành lập và duy trì hoạt động Mạng lưới cố vấn khởi nghiệp tỉnh'),
  p(
    '- Nội dung: Kết nối chuyên gia, doanh nhân, nhà đầu tư tham gia tư vấn, huấn luyện cho các dự án khởi nghiệp; xây dựng quy chế hoạt động của Mạng lưới.',
  ),
  p('- Cơ quan chủ trì: Sở KH&CN.'),
  p('- Cơ quan phối hợp: Tỉnh Đoàn, Hội Doanh nhân trẻ tỉnh.'),
  p('- Thời gian hoàn thành: năm 2024.'),
  b('3. Tổ chức Cuộc thi ý tưởng khởi nghiệp đổi mới sáng tạo dành cho học sinh, sinh viên'),
  p('- Cơ quan chủ trì: Sở Giáo dục và Đào tạo.'),
  p('- Cơ quan phối hợp: Sở Khoa học và Công nghệ, Tỉnh Đoàn, các trường cao đẳng trên địa bàn.'),
  p('- Thời gian: hằng năm.'),
  b('4. Hỗ trợ khởi nghiệp trong lĩnh vực nông nghiệp, phát triển sản phẩm OCOP'),
  p(
    '- Nội dung: Hỗ trợ các hợp tác xã, thanh niên khởi nghiệp ứng dụng công nghệ trong sản xuất, chế biến, tiêu thụ nông sản; hỗ trợ xây dựng nhãn hiệu, bao bì, truy xuất nguồn gốc.',
  ),
  p('- Cơ quan chủ trì: Sở Nông nghiệp và PTNT.'),
  p('- Cơ quan phối hợp: Hội Nông dân tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.'),
  p('- Thời gian thực hiện: 2024 - 2025.'),
  b('5. Kết nối nguồn vốn, xúc tiến đầu tư cho các dự án khởi nghiệp'),
  p(
    '- Nội dung: Tổ chức Diễn đàn kết nối đầu tư khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam lần thứ nhất; giới thiệu các dự án tiềm năng với quỹ đầu tư, nhà đầu tư thiên thần.',
  ),
  p('- Cơ quan chủ trì: Sở Kế hoạch và Đầu tư.'),
  p('- Cơ quan phối hợp: Sở KH&CN, Ngân hàng Nhà nước chi nhánh tỉnh Hà Nam.'),
  p('- Thời gian hoàn thành: tháng 10/2024.'),
  b('6. Truyền thông về khởi nghiệp đổi mới sáng tạo'),
  p(
    '- Nội dung: Xây dựng chuyên trang, chuyên mục về khởi nghiệp trên Cổng thông tin điện tử tỉnh, Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam.',
  ),
  p('- Cơ quan chủ trì: Sở Thông tin và Truyền thông.'),
  p('- Thời gian: thường xuyên.'),
  b('IV. KINH PHÍ THỰC HIỆN'),
  p('Từ nguồn ngân sách sự nghiệp khoa học và công nghệ của tỉnh được giao hằng năm, nguồn xã hội hóa và các nguồn hợp pháp khác.'),
  b('V. TỔ CHỨC THỰC HIỆN'),
  b('1. Sở Khoa học và Công nghệ'),
  p(
    'Là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, kiểm tra việc triển khai Kế hoạch; tổng hợp dự toán kinh phí hằng năm gửi Sở Tài chính. Tổng kết, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 15/12/2025.',
  ),
  b('2. Sở Tài chính'),
  p(
    'Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Sở Khoa học và Công nghệ và các đơn vị liên quan.',
  ),
  b('3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố'),
  p(
    'Căn cứ chức năng, nhiệm vụ chủ động triển khai các nội dung liên quan; báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) về Sở Khoa học và Công nghệ để tổng hợp.',
  ),
  c('KT. CHỦ TỊCH'),
  c('PHÓ CHỦ TỊCH'),
  c('Nguyễn Thị Hương Lan'),
];

const doc = new Document({ sections: [{ children: [header, ...body] }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'hnam-2024-qd-khoinghiep.docx'), buf);
console.log('wrote', buf.length, 'bytes');
