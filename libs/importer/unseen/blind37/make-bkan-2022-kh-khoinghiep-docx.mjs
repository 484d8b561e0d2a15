// Builds bkan-2022-kh-khoinghiep.docx with the npm package `docx` from the repository's node_modules.
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
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: 26, font: 'Times New Roman' })],
  });

const cell = (text, bold = false) => new TableCell({ children: text.split('\n').map((t) => p(t, { bold })) });

const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'], true),
    row([
      '1',
      'Khảo sát, lập danh sách các dự án, ý tưởng khởi nghiệp tiềm năng trên địa bàn tỉnh',
      'Sở KH&CN',
      'UBND các huyện, thành phố; Tỉnh Đoàn',
      'Quý II/2022',
    ]),
    row([
      '2',
      'Tổ chức 02 lớp tập huấn kỹ năng khởi nghiệp, sở hữu trí tuệ cho học sinh, sinh viên các trường trung học phổ thông, cao đẳng',
      'Sở Giáo dục và Đào tạo',
      'Sở KH&CN',
      '6 tháng cuối năm 2022',
    ]),
    row([
      '3',
      'Hỗ trợ 03 - 05 dự án khởi nghiệp hoàn thiện sản phẩm, thử nghiệm thị trường, đăng ký bảo hộ quyền sở hữu trí tuệ',
      'Sở Khoa học và Công nghệ',
      '',
      'Năm 2022',
    ]),
    row([
      '4',
      'Kết nối dự án khởi nghiệp với quỹ đầu tư, tổ chức tín dụng; hướng dẫn tiếp cận vốn vay ưu đãi',
      'Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn',
      'Sở Kế hoạch và Đầu tư',
      'Thường xuyên',
    ]),
    row([
      '5',
      'Hỗ trợ sản phẩm khởi nghiệp tham gia Chương trình OCOP, hội chợ, sàn thương mại điện tử',
      'Sở Công thương;\nSở NN&PTNT',
      'UBND các huyện, thành phố',
      '2022 - 2023',
    ]),
    row([
      '6',
      'Bố trí không gian làm việc chung hỗ trợ khởi nghiệp tại Trung tâm Ứng dụng tiến bộ KH&CN',
      'Sở KH&CN',
      'Sở Tài chính',
      'Trước 30/11/2022',
    ]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN', { bold: true, center: true }),
        p('TỈNH BẮC KẠN', { bold: true, center: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
        p('Số: 215/KH-UBND'),
        p('Bắc Kạn, ngày 28 tháng 3 năm 2022', { italics: true, right: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2022', { bold: true, center: true }),
        p(
          'Thực hiện Quyết định số 1860/QĐ-UBND ngày 15/10/2021 của UBND tỉnh phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn đến năm 2025"; xét đề nghị của Sở Khoa học và Công nghệ, UBND tỉnh ban hành Kế hoạch năm 2022 như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '- Tạo môi trường thuận lợi để hình thành, phát triển các dự án khởi nghiệp đổi mới sáng tạo, nhất là dự án khai thác tiềm năng, sản phẩm đặc thù của tỉnh.',
        ),
        p('- Phân công cụ thể, gắn trách nhiệm của các cơ quan, đơn vị; bảo đảm tiết kiệm, hiệu quả.'),
        p('II. NHIỆM VỤ', { bold: true }),
        p('1. Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2022', { bold: true }),
        p(
          'Gồm trưng bày sản phẩm, cuộc thi ý tưởng khởi nghiệp và diễn đàn kết nối nhà đầu tư. Sở KH&CN chủ trì, phối hợp với Tỉnh Đoàn, Sở Công thương, Hội Liên hiệp Phụ nữ tỉnh tổ chức; thời gian: tháng 9/2022.',
        ),
        p('2. Các nhiệm vụ hỗ trợ cụ thể', { bold: true }),
        taskTable,
        p('3. Truyền thông về khởi nghiệp đổi mới sáng tạo', { bold: true }),
        p(
          'Giao Sở Thông tin và Truyền thông chủ trì, phối hợp Đài Phát thanh - Truyền hình Bắc Kạn, Báo Bắc Kạn xây dựng chuyên trang, chuyên mục về khởi nghiệp; giới thiệu gương khởi nghiệp thành công. Thời gian: thường xuyên.',
        ),
        p('III. KINH PHÍ', { bold: true }),
        p(
          'Tổng kinh phí dự kiến: 1.250 triệu đồng, từ nguồn sự nghiệp khoa học và công nghệ năm 2022 (850 triệu đồng) và nguồn xã hội hóa (400 triệu đồng).',
        ),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: chủ trì, hướng dẫn, theo dõi việc triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm 2022 về UBND tỉnh trước ngày 20/12/2022.',
        ),
        p('2. Sở Tài chính: thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh, quyết toán theo quy định.'),
        p(
          '3. UBND các huyện, thành phố: giới thiệu dự án khởi nghiệp tiêu biểu của địa phương; bố trí kinh phí từ ngân sách huyện để hỗ trợ theo khả năng cân đối.',
        ),
        p(
          '4. Đề nghị Tỉnh Đoàn Bắc Kạn chỉ đạo các cơ sở Đoàn vận động đoàn viên, thanh niên tham gia cuộc thi ý tưởng và các hoạt động khởi nghiệp.',
        ),
        p(
          'Trên đây là Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2022. Các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ KH&CN (b/c);'),
        p('- CT, PCT UBND tỉnh;'),
        p('- Các sở, ngành, đoàn thể tỉnh;'),
        p('- UBND các huyện, thành phố;'),
        p('- Lưu: VT, Hoàng.'),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }),
        p('KT. CHỦ TỊCH', { bold: true, center: true }),
        p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
        p('Hà Văn Thuận', { bold: true, center: true }),
      ],
    },
  ],
});

const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'bkan-2022-kh-khoinghiep.docx'), buf);
console.log('wrote bkan-2022-kh-khoinghiep.docx', buf.length, 'bytes');
