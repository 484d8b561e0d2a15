// Builds bkan-2023-kh-khoinghiep.docx (a blind test document) with the npm package `docx`.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const font = 'Times New Roman';
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font, size: 26 })],
  });
const runs = (...parts) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: parts.map(([text, bold]) => new TextRun({ text, bold: !!bold, font, size: 26 })),
  });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['STT', 'Nội dung hoạt động', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'], true),
    row([
      '1',
      'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn (Techfest Bắc Kạn)',
      'Sở KH&CN',
      'Sở Công Thương, Tỉnh Đoàn',
      'Tháng 10/2023',
    ]),
    row([
      '2',
      'Hỗ trợ ít nhất 05 dự án khởi nghiệp tham gia ươm tạo, hoàn thiện sản phẩm mẫu',
      'Sở Khoa học và Công nghệ',
      'Sở Tài chính',
      '2024 - 2025',
    ]),
    row([
      '3',
      'Kết nối sản phẩm khởi nghiệp, sản phẩm OCOP với các sàn thương mại điện tử',
      'Sở Công Thương',
      'UBND các huyện, thành phố',
      'Hằng năm',
    ]),
    row([
      '4',
      'Bố trí không gian làm việc chung cho các nhóm khởi nghiệp tại Trung tâm Hỗ trợ doanh nghiệp',
      'Sở Kế hoạch và Đầu tư',
      'Sở KH&CN; Sở Tài chinh',
      'Quý II/2024',
    ]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN', { bold: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
        p('Số: 412/KH-UBND'),
        p('Bắc Kạn, ngày 26 tháng 6 năm 2023', { italics: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn giai đoạn 2023 - 2025', { bold: true, center: true }),
        p(
          'Thực hiện Quyết định số 1188/QĐ-TTg ngày 13/02/2022 của Thủ tướng Chính phủ về Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025, định hướng đến năm 2030; Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch thực hiện như sau:',
        ),
        p('MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '- Tạo môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển các doanh nghiệp khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh.',
        ),
        p('- Phấn đấu đến năm 2025 hỗ trợ khoảng 10 dự án khởi nghiệp; có ít nhất 02 doanh nghiệp khởi nghiệp gọi được vốn đầu tư.'),
        p('NHIỆM VỤ TRỌNG TÂM', { bold: true }),
        p(
          '1. Hoàn thiện cơ chế, chính sách hỗ trợ khởi nghiệp. Sở Khoa học và Công nghệ chủ trì tham mưu sửa đổi, bổ sung Nghị quyết số 08/2019/NQ-HĐND về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo, trình HĐND tỉnh tại kỳ họp cuối năm 2023.',
        ),
        p(
          '2. Nâng cấp Cổng thông tin khởi nghiệp đổi mới sáng tạo của tỉnh, kết nối với Cổng thông tin khởi nghiệp quốc gia (Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở KH&CN; hoàn thành Quý I/2024).',
        ),
        p('3. Thúc đẩy tinh thần khởi nghiệp trong thanh niên, học sinh, sinh viên', { bold: true }),
        p('- Tỉnh Đoàn tổ chức Cuộc thi ý tưởng khởi nghiệp thanh niên tỉnh Bắc Kạn; thực hiện hằng năm.'),
        p(
          '- Sở Giáo dục và Đào tạo triển khai các hoạt động hỗ trợ học sinh khởi nghiệp trong các trường trung học phổ thông, hoàn thành trong năm 2024.',
        ),
        p('- Trường Cao đẳng Bắc Kạn thành lập Câu lạc bộ khởi nghiệp của nhà trường, Quý IV/2023.'),
        p('4. Các hoạt động hỗ trợ cụ thể (chi tiết tại bảng dưới đây):'),
        table,
        p('PHÂN CÔNG TỔ CHỨC THỰC HIỆN', { bold: true }),
        runs(
          ['Sở Khoa học và Công nghệ: ', true],
          [
            'Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng kết, báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh trước ngày 15/12/2025.',
          ],
        ),
        runs(
          ['Sở Tài chính: ', true],
          ['Hằng năm, căn cứ dự toán được duyệt, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.'],
        ),
        runs(
          ['UBND các huyện, thành phố: ', true],
          [
            'Tuyên truyền, phát hiện và giới thiệu các dự án, ý tưởng khởi nghiệp tiềm năng; phối hợp với Sở Công Thương hỗ trợ tiêu thụ sản phẩm khởi nghiệp của địa phương.',
          ],
        ),
        p(
          'Trên đây là Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn giai đoạn 2023 - 2025; yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ KH&CN (b/c);'),
        p('- CT, PCT UBND tỉnh;'),
        p('- Các sở, ngành liên quan;'),
        p('- UBND các huyện, thành phố;'),
        p('- Lưu: VT, Hoàng.'),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true, right: true }),
        p('KT. CHỦ TỊCH', { bold: true, right: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
        p('Phạm Thị Lan Anh', { bold: true, right: true }),
      ],
    },
  ],
});

const buffer = await Packer.toBuffer(doc);
writeFileSync(join(here, 'bkan-2023-kh-khoinghiep.docx'), buffer);
console.log('wrote bkan-2023-kh-khoinghiep.docx', buffer.length, 'bytes');
