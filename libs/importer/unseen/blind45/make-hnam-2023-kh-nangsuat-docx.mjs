// Builds hnam-2023-kh-nangsuat.docx beside this script (npm package `docx` from /work/main/node_modules).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font: FONT, size: 26 })],
  });
const runs = (...parts) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: parts.map(([text, bold]) => new TextRun({ text, bold: !!bold, font: FONT, size: 26 })),
  });
const bullet = (text) =>
  new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [new TextRun({ text, font: FONT, size: 26 })] });

const cell = (text, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 24 })] })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], true),
    row([
      '1',
      'Đầu tư nâng cấp phòng thử nghiệm, đo lường phục vụ kiểm định phương tiện đo nhóm 2',
      'Sở KH&CN',
      'Sở Tài chính, Sở Kế hoạch và Đầu tư',
      'Năm 2024',
    ]),
    row([
      '2',
      'Xây dựng cơ sở dữ liệu tiêu chuẩn, quy chuẩn kỹ thuật áp dụng trong sản xuất nông nghiệp',
      'Sở Nông nghiệp và PTNT',
      'Sở KH&CN',
      'Quý IV/2023',
    ]),
    row([
      '3',
      'Kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng kinh doanh xăng dầu',
      'Sở KH&CN; Sở Công thương',
      'UBND các huyện, thị xã, thành phố',
      'Hằng năm',
    ]),
    row([
      '4',
      'Hỗ trợ xây dựng hệ thống truy xuất nguồn gốc cho sản phẩm OCOP đạt 4 sao trở lên',
      'Sở NN&PTNT',
      'Sở Công thương; UBND các huyện, thị xã, thành phố',
      '2024 - 2025',
    ]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true, center: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
        p('Số: 2456/KH-UBND'),
        p('Hà Nam, ngày 21 tháng 8 năm 2023', { italics: true, right: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p(
          'Triển khai Chương trình nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh Hà Nam giai đoạn 2023 - 2030',
          { bold: true, center: true },
        ),
        p(
          'Thực hiện Quyết định số 1049/QĐ-TTg ngày 10/7/2023 của Thủ tướng Chính phủ phê duyệt Chương trình nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2023 - 2030, Ủy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch triển khai như sau:',
        ),
        p('I. MỤC TIÊU', { bold: true }),
        p(
          'Nâng cao năng suất lao động, năng suất các nhân tố tổng hợp của các doanh nghiệp trên địa bàn tỉnh thông qua ứng dụng khoa học, công nghệ và đổi mới sáng tạo. Phấn đấu đến năm 2025 có ít nhất 30 doanh nghiệp được hỗ trợ áp dụng công cụ cải tiến năng suất; đến năm 2030 có khoảng 100 doanh nghiệp.',
        ),
        p('II. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
        p('Tuyên truyền, nâng cao nhận thức về năng suất', { bold: true }),
        bullet(
          'Sở Khoa học và Công nghệ chủ trì xây dựng chuyên mục "Năng suất và chất lượng" trên Báo Hà Nam, Đài Phát thanh và Truyền hình tỉnh; hằng năm.',
        ),
        bullet(
          'Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về phong trào năng suất; thực hiện thường xuyên.',
        ),
        p('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất', { bold: true }),
        bullet('Hỗ trợ ít nhất 30 doanh nghiệp áp dụng ISO 9001, ISO 14001, 5S, Kaizen, Lean;'),
        bullet('Tổ chức đánh giá, tôn vinh doanh nghiệp điển hình về năng suất;'),
        bullet('Xây dựng 03 mô hình điểm về cải tiến năng suất tại các khu công nghiệp.'),
        p('Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Công thương thực hiện; thời gian: 2023 - 2025.'),
        runs(
          ['Đào tạo, phát triển đội ngũ chuyên gia năng suất. ', true],
          [
            'Giao Sở Nội vụ chủ trì, phối hợp với Sở KH&CN tổ chức đào tạo, bồi dưỡng ít nhất 20 chuyên gia năng suất cho các cơ quan, doanh nghiệp trên địa bàn; hoàn thành trước ngày 30/11/2024.',
          ],
        ),
        p('Phát triển hạ tầng chất lượng quốc gia tại địa phương', { bold: true }),
        p('Các nhiệm vụ cụ thể như bảng sau:'),
        table,
        p(''),
        p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị triển khai Kế hoạch; định kỳ trước ngày 15/12 hằng năm tổng hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ kết quả thực hiện.',
        ),
        p(
          '2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp khoa học và công nghệ; hướng dẫn sử dụng, thanh quyết toán theo quy định.',
        ),
        p(
          '3. UBND các huyện, thị xã, thành phố: Tuyên truyền, hướng dẫn doanh nghiệp trên địa bàn tham gia Chương trình; báo cáo kết quả thực hiện năm 2023 về Sở Khoa học và Công nghệ trước ngày 05/12/2023.',
        ),
        p(
          'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh./.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ Khoa học và Công nghệ (b/c);'),
        p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
        p('- Chủ tịch, các PCT UBND tỉnh;'),
        p('- Các Sở, ban, ngành;'),
        p('- UBND các huyện, thị xã, thành phố;'),
        p('- Lưu: VT, KGVX.'),
        p('KT. CHỦ TỊCH', { bold: true, right: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
        p('Lê Thị Thanh Hà', { bold: true, right: true }),
      ],
    },
  ],
});

writeFileSync(join(here, 'hnam-2023-kh-nangsuat.docx'), await Packer.toBuffer(doc));
console.log('wrote hnam-2023-kh-nangsuat.docx');
