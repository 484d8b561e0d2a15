// Builds bkan-2019-kh-khoinghiep.docx (blind40) with the npm package `docx` from the repository's node_modules.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic })],
  });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const tasks = [
  ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
  [
    '1',
    'Tuyên truyền về khởi nghiệp đổi mới sáng tạo trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh, Cổng thông tin điện tử tỉnh',
    'Sở KH&CN',
    'Sở Thông tin và Truyền thông; Báo Bắc Kạn',
    'Hằng năm',
  ],
  [
    '2',
    'Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn, kết nối với Cổng thông tin khởi nghiệp quốc gia',
    'Sở Khoa học và Công nghệ',
    'Sở Thông tin và Truyền thông',
    'Quý IV/2019',
  ],
  [
    '3',
    'Rà soát, tham mưu ban hành chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh',
    'Sở KH&ĐT chủ trì; Sở Tài chính, Sở KH&CN phối hợp',
    '',
    'Trước 31/10/2019',
  ],
  [
    '4',
    'Hỗ trợ dự án khởi nghiệp trong lĩnh vực nông nghiệp gắn với sản phẩm đặc sản địa phương (miến dong, quýt, chè Shan tuyết)',
    'Sở Nông nghiệp - Phát triển nông thôn',
    'UBND các huyện, thành phố',
    '2019 - 2020',
  ],
  [
    '5',
    'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2020',
    'Tỉnh đoàn Bắc Kạn',
    'Sở KH&CN; Sở Giáo dục và Đào tạo',
    'Tháng 10/2020',
  ],
  [
    '6',
    'Kết nối doanh nghiệp khởi nghiệp với các quỹ đầu tư, nhà đầu tư; hỗ trợ xúc tiến thương mại cho sản phẩm khởi nghiệp',
    'Sở Công thương',
    'Sở KH&CN',
    'Thường xuyên',
  ],
  [
    '7',
    'Đào tạo, tập huấn kiến thức khởi nghiệp cho học sinh, sinh viên',
    'Sở Giáo dục và Đào tạo, Trường Cao đẳng Bắc Kạn',
    'Tỉnh đoàn',
    '6 tháng đầu năm 2020',
  ],
];

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    new TableRow({
      children: [
        new TableCell({
          children: [
            p('ỦY BAN NHÂN DÂN', { bold: true, center: true }),
            p('TỈNH BẮC KẠN', { bold: true, center: true }),
            p('Số: 412/KH-UBND', { center: true }),
          ],
        }),
        new TableCell({
          children: [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
            p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
            p('Bắc Kạn, ngày 15 tháng 7 năm 2019', { italic: true, center: true }),
          ],
        }),
      ],
    }),
  ],
});

const body = [
  header,
  p(''),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn giai đoạn 2019 - 2020', { bold: true, center: true }),
  p(
    'Căn cứ Quyết định số 938/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025"; Kế hoạch số 2150/KH-BKHCN ngày 05/6/2019 của Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '1. Tạo lập môi trường thuận lợi để hỗ trợ cá nhân, nhóm cá nhân, doanh nghiệp khởi nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
  ),
  p(
    '2. Phấn đấu đến hết năm 2020 hỗ trợ ít nhất 05 dự án khởi nghiệp đổi mới sáng tạo, 02 doanh nghiệp khởi nghiệp gọi được vốn từ nhà đầu tư.',
  ),
  p('II. NHIỆM VỤ CỤ THỂ', { bold: true }),
  p('Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện theo Phụ lục kèm theo Kế hoạch này.'),
  p('III. KINH PHÍ THỰC HIỆN', { bold: true }),
  p('Từ nguồn sự nghiệp khoa học và công nghệ của tỉnh, lồng ghép các chương trình, dự án và nguồn xã hội hóa; dự kiến 1.200 triệu đồng.'),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Hướng dẫn các đơn vị xây dựng thuyết minh dự án khởi nghiệp; theo dõi, tổng hợp tình hình, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.',
  ),
  p('2. Sở Tài chính: Thẩm định dự toán, tham mưu bố trí kinh phí sự nghiệp khoa học để thực hiện các nhiệm vụ tại Phụ lục.'),
  p(
    '3. Các Sở, Ngành liên quan, UBND các huyện, thành phố: Căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo kết quả thực hiện năm 2019 về Sở KH&CN trước ngày 30/11/2019 để tổng hợp.',
  ),
  p(
    'Trên đây là Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn giai đoạn 2019 - 2020, yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ KH&CN (b/c);'),
  p('- CT, PCT UBND tỉnh;'),
  p('- Các Sở, Ngành liên quan;'),
  p('- UBND các huyện, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
  p('KT. CHỦ TỊCH', { bold: true }),
  p('PHÓ CHỦ TỊCH', { bold: true }),
  p('Phạm Duy Hưng', { bold: true }),
  p(''),
  p('PHỤ LỤC', { bold: true, center: true }),
  p('NHIỆM VỤ HỖ TRỢ HỆ SINH THÁI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH BẮC KẠN GIAI ĐOẠN 2019 - 2020', { bold: true, center: true }),
  p('(Kèm theo Kế hoạch số 412/KH-UBND ngày 15/7/2019 của UBND tỉnh Bắc Kạn)', { italic: true, center: true }),
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tasks.map((r, i) => row(r, i === 0)) }),
];

const doc = new Document({ sections: [{ children: body }] });
writeFileSync(join(here, 'bkan-2019-kh-khoinghiep.docx'), await Packer.toBuffer(doc));
console.log('wrote bkan-2019-kh-khoinghiep.docx');
