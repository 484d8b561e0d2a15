// Generates bg-2023-kh-nangsuat.docx (Sở KH&CN Bắc Giang, 2023) with the npm package `docx`.
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

const header = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];
const rows = [
  [
    '1',
    'Tuyên truyền, phổ biến về năng suất, chất lượng trên Trang thông tin điện tử của Sở và Tạp chí Khoa học và Công nghệ Bắc Giang',
    'Trung tâm Thông tin và Thống kê Khoa học và Công nghệ',
    'Văn phòng Sở',
    'Thường xuyên',
    'Tin, bài, chuyên mục',
  ],
  [
    '2',
    'Hướng dẫn doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015',
    'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    'Quý III/2023',
    '10 doanh nghiệp được hướng dẫn',
  ],
  [
    '3',
    'Xây dựng 02 mô hình điểm áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) tại doanh nghiệp sản xuất',
    'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    'Tháng 11/2023',
    '02 mô hình',
  ],
  [
    '4',
    'Tổ chức sơ tuyển Giải thưởng Chất lượng quốc gia năm 2023 tại tỉnh',
    'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    'Sở Công Thương',
    'Trước ngày 15/8/2023',
    'Hồ sơ đề nghị xét thưởng',
  ],
  [
    '5',
    'Thẩm định, tham mưu bố trí kinh phí hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ năng suất',
    'Phòng Kế hoạch Tài chính',
    'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    '6 tháng đầu năm 2023',
    'Quyết định phân bổ kinh phí',
  ],
  [
    '6',
    'Kiểm tra việc sử dụng kinh phí hỗ trợ và kết quả áp dụng tại doanh nghiệp',
    'Thanh tra Sở',
    'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    'Quý IV/2023',
    'Kết luận kiểm tra',
  ],
  [
    '7',
    'Đề xuất đặt hàng nhiệm vụ khoa học và công nghệ về nâng cao năng suất cho năm 2024',
    'Phòng Quản lý Khoa học',
    'Phòng Quản lý chuyên ngành',
    'Tháng 6/2023',
    'Danh mục đề xuất',
  ],
  [
    '8',
    'Hỗ trợ doanh nghiệp đổi mới công nghệ, ứng dụng công nghệ số trong quản trị sản xuất',
    'Phòng Quản lý Công nghệ và Thị trường công nghệ; Trung tâm Ứng dụng khoa học và công nghệ',
    'Sở Công Thương',
    '2023 - 2024',
    '05 doanh nghiệp được hỗ trợ',
  ],
  [
    '9',
    'Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2023',
    'Văn phòng Sở',
    'Các phòng, đơn vị trực thuộc Sở',
    'Trước ngày 05/12/2023',
    'Báo cáo',
  ],
];

const doc = new Document({
  sections: [
    {
      children: [
        p('UBND TỈNH BẮC GIANG', { bold: false }),
        p('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { bold: true }),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
        p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
        p('Số: 45/KH-KHCN'),
        p('Bắc Giang, ngày 10 tháng 3 năm 2023', { italics: true }),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Triển khai nhiệm vụ nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2023', { bold: true, center: true }),
        p(
          'Thực hiện Kế hoạch số 27/KH-UBND ngày 08/02/2023 của UBND tỉnh Bắc Giang về nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp trên địa bàn tỉnh năm 2023, Sở Khoa học và Công nghệ xây dựng Kế hoạch triển khai như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p('- Cụ thể hóa các nhiệm vụ UBND tỉnh giao cho Sở Khoa học và Công nghệ, phân công rõ đơn vị chủ trì, thời gian và sản phẩm.'),
        p('- Phấn đấu năm 2023 có ít nhất 15 doanh nghiệp được hỗ trợ áp dụng hệ thống quản lý, công cụ cải tiến năng suất.'),
        p('II. NHIỆM VỤ CỤ THỂ', { bold: true }),
        p('Các nhiệm vụ cụ thể được phân công tại bảng dưới đây:'),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r))] }),
        p('III. KINH PHÍ', { bold: true }),
        p(
          'Kinh phí thực hiện từ nguồn sự nghiệp khoa học và công nghệ năm 2023 đã được UBND tỉnh giao tại Quyết định số 1205/QĐ-UBND ngày 15/12/2022, dự kiến 850 triệu đồng.',
        ),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Các phòng, đơn vị trực thuộc Sở căn cứ nhiệm vụ được phân công xây dựng kế hoạch chi tiết, tổ chức thực hiện và báo cáo kết quả về Văn phòng Sở trước ngày 25/11/2023.',
        ),
        p('Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Giám đốc Sở (qua Văn phòng Sở) để xem xét, giải quyết./.'),
        p('Nơi nhận:', { bold: true }),
        p('- UBND tỉnh (b/c);'),
        p('- Lãnh đạo Sở;'),
        p('- Các phòng, đơn vị trực thuộc Sở;'),
        p('- Lưu: VT, TĐC.'),
        p('GIÁM ĐỐC', { bold: true }),
        p('(Đã ký)'),
        p('Nguyễn Văn Phong', { bold: true }),
      ],
    },
  ],
});

writeFileSync(join(here, 'bg-2023-kh-nangsuat.docx'), await Packer.toBuffer(doc));
console.log('wrote bg-2023-kh-nangsuat.docx');
