// Builds hnam-2025-kh-nq57.docx beside this script (npm package `docx` from the repository's node_modules).
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
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: 26, font: 'Times New Roman' })],
  });

const cell = (text, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 24, font: 'Times New Roman' })] })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'], true),
    row([
      '1',
      'Nâng cấp Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh, bổ sung các dịch vụ phân tích dữ liệu',
      'Sở Thông tin và Truyền thông',
      'Sở Tài chính',
      'Quý IV/2025',
    ]),
    row([
      '2',
      'Phủ sóng di động 5G tại các khu công nghiệp, trung tâm huyện, thị xã, thành phố',
      'Sở TT&TT',
      'Các doanh nghiệp viễn thông',
      '2025 - 2026',
    ]),
    row([
      '3',
      'Xây dựng nền tảng tích hợp, chia sẻ dữ liệu dùng chung của tỉnh (LGSP) phiên bản mới',
      'Sở TT&TT',
      'Các sở, ban, ngành',
      '6 tháng đầu năm 2025',
    ]),
    row([
      '4',
      'Đào tạo, bồi dưỡng kỹ năng số, kỹ năng khai thác dữ liệu cho cán bộ, công chức, viên chức',
      'Sở Nội vụ',
      'Sở Thông tin và Truyền thông',
      'Hằng năm',
    ]),
    row(['5', 'Thí điểm học bạ số, sổ điểm điện tử tại các trường trung học phổ thông', 'Sở Giáo dục và Đào tạo', '', 'Năm 2025']),
    row(['6', 'Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh', 'Sở Y tế', 'Sở TT&TT', 'trước 30/9/2025']),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true }),
        p('Số: 412/KH-UBND'),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
        p('Hà Nam, ngày 18 tháng 02 năm 2025', { italics: true, right: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p(
          'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ trên địa bàn tỉnh Hà Nam năm 2025',
          { bold: true, center: true },
        ),
        p(
          'Thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ủy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch thực hiện năm 2025 như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '- Quán triệt sâu sắc, triển khai kịp thời, đồng bộ các nhiệm vụ Nghị quyết số 57-NQ/TW và Nghị quyết số 03/NQ-CP đặt ra cho địa phương.',
        ),
        p('- Phân công cụ thể nhiệm vụ, thời hạn hoàn thành và trách nhiệm của người đứng đầu các cơ quan, đơn vị.'),
        p('II. MỤC TIÊU NĂM 2025', { bold: true }),
        p(
          '- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt 20-30% trở lên.',
        ),
        p('- Dành tối thiểu 3% tổng chi ngân sách của tỉnh cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.'),
        p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
        p('1. Nâng cao nhận thức, đổi mới tư duy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', { bold: true }),
        p(
          '- Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW đến cán bộ, đảng viên và Nhân dân (Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông; hoàn thành trong Quý I/2025).',
        ),
        p(
          '- Các sở, ban, ngành, UBND các huyện, thị xã, thành phố đưa chỉ tiêu về khoa học, công nghệ và chuyển đổi số vào kế hoạch phát triển kinh tế - xã hội của ngành, địa phương (thực hiện hằng năm).',
        ),
        p('2. Hoàn thiện thể chế: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính thực hiện các nội dung sau:', { bold: true }),
        p(
          'a) Tham mưu ban hành Quy định cơ chế khoán chi đến sản phẩm cuối cùng đối với nhiệm vụ khoa học và công nghệ sử dụng ngân sách tỉnh; trình UBND tỉnh trong Quý II/2025.',
        ),
        p(
          'b) Rà soát, đề xuất bãi bỏ các quy định của tỉnh không còn phù hợp, cản trở hoạt động khoa học, công nghệ và đổi mới sáng tạo; hoàn thành trước ngày 30/6/2025.',
        ),
        p('3. Phát triển hạ tầng số, chuyển đổi số và nhân lực: các nhiệm vụ cụ thể theo bảng dưới đây:', { bold: true }),
        table,
        p(''),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: là cơ quan thường trực giúp UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ 6 tháng, năm tổng hợp báo cáo UBND tỉnh trước ngày 10/6 và 10/12.',
        ),
        p(
          '2. Sở Tài chính, Sở Kế hoạch và Đầu tư: cân đối, bố trí nguồn lực, bảo đảm tỷ lệ chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo mục tiêu của Kế hoạch; hoàn thành việc tham mưu phân bổ dự toán chi năm 2025 cho các nhiệm vụ trong tháng 3/2025.',
        ),
        p(
          '3. Sở Nội vụ: tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại thi đua hằng năm của các cơ quan, đơn vị và người đứng đầu.',
        ),
        p(
          'Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, chỉ đạo./.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Văn phòng Chính phủ (b/c);'),
        p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
        p('- Các sở, ban, ngành;'),
        p('- UBND các huyện, thị xã, thành phố;'),
        p('- Lưu: VT, KGVX.'),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true, right: true }),
        p('KT. CHỦ TỊCH', { bold: true, right: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
        p('Phạm Đức Khang', { bold: true, right: true }),
      ],
    },
  ],
});

writeFileSync(join(here, 'hnam-2025-kh-nq57.docx'), await Packer.toBuffer(doc));
console.log('wrote hnam-2025-kh-nq57.docx');
