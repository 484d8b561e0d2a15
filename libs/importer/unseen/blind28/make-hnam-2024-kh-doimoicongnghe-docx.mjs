// Builds hnam-2024-kh-doimoicongnghe.docx beside this script (npm package `docx` from /work/main/node_modules).
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
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });
const cell = (text, bold = false) => new TableCell({ children: text.split('\n').map((t) => p(t, { bold })) });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const header = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];
const rows = [
  [
    '1',
    'Xây dựng Đề án hỗ trợ doanh nghiệp đổi mới, hoàn thiện công nghệ giai đoạn 2024 - 2030',
    'Sở Khoa học và Công nghệ',
    'Sở Kế hoạch và Đầu tư, Sở Tài chính',
    'Quý III/2024',
    'Đề án trình UBND tỉnh',
  ],
  [
    '2',
    'Điều tra, đánh giá trình độ công nghệ sản xuất ngành dệt may, cơ khí, điện tử trên địa bàn tỉnh',
    'Sở KH&CN chủ trì; Sở Công thương phối hợp',
    '',
    '2024 - 2025',
    'Báo cáo đánh giá',
  ],
  [
    '3',
    'Hỗ trợ chuyển giao, ứng dụng công nghệ số, công nghệ sinh học trong sản xuất nông nghiệp',
    'Sở Nông nghiệp và PTNT',
    'Sở KH&CN; UBND các huyện, thị xã, thành phố',
    'Hằng năm',
    'Mô hình ứng dụng',
  ],
  [
    '4',
    'Số hóa quy trình quản lý nhiệm vụ KH&CN; xây dựng nền tảng kết nối cung - cầu công nghệ của tỉnh',
    'Sở Thông tin và Truyền thông',
    'Sở Khoa học và Công nghệ',
    '6 tháng cuối năm 2024',
    'Nền tảng số được vận hành',
  ],
  [
    '5',
    'Tập huấn quản trị công nghệ, quản trị đổi mới sáng tạo cho doanh nghiệp nhỏ và vừa',
    'Sở KH&CN',
    'Hiệp hội Doanh nghiệp tỉnh',
    'Trước ngày 30/11/2024',
    '03 lớp tập huấn',
  ],
  [
    '6',
    'Thẩm định, cân đối kinh phí hỗ trợ đổi mới công nghệ theo Nghị quyết số 18/2023/NQ-HĐND',
    'Sở Tài chính',
    'Sở KH&CN',
    'Hằng năm',
    '',
  ],
  [
    '7',
    'Hỗ trợ các bệnh viện tuyến tỉnh ứng dụng kỹ thuật, công nghệ mới trong khám, chữa bệnh',
    'Sở Y tế',
    '',
    'Năm 2025',
    'Kỹ thuật mới được áp dụng',
  ],
];

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [row(header, true), ...rows.map((r) => row(r))],
});

const body = [
  p('ỦY BAN NHÂN DÂN', { bold: true }),
  p('TỈNH HÀ NAM', { bold: true }),
  p('Số: 1873/KH-UBND'),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  p('Hà Nam, ngày 26 tháng 6 năm 2024', { italics: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Thúc đẩy đổi mới công nghệ trong doanh nghiệp trên địa bàn tỉnh Hà Nam năm 2024 - 2025', { bold: true, center: true }),
  p(
    'Thực hiện Nghị quyết số 18/2023/NQ-HĐND ngày 07/12/2023 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ đổi mới công nghệ, chuyển giao công nghệ trên địa bàn tỉnh Hà Nam; căn cứ Quyết định số 118/QĐ-TTg ngày 25/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình đổi mới công nghệ quốc gia đến năm 2030, UBND tỉnh ban hành Kế hoạch thực hiện như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Đưa chính sách của Nghị quyết số 18/2023/NQ-HĐND sớm đi vào cuộc sống; khuyến khích doanh nghiệp đầu tư đổi mới, hoàn thiện công nghệ.',
  ),
  p('- Phấn đấu đến hết năm 2025 có khoảng 25 doanh nghiệp được hỗ trợ đổi mới công nghệ; tốc độ đổi mới công nghệ đạt 15-20%/năm.'),
  p('II. NHIỆM VỤ CỤ THỂ', { bold: true }),
  p('Các nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian thực hiện như sau:'),
  table,
  p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: chủ trì, hướng dẫn các doanh nghiệp lập hồ sơ đề nghị hỗ trợ; theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2024 trước ngày 20/12/2024.',
  ),
  p(
    '2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: căn cứ nhiệm vụ được giao chủ động triển khai; định kỳ hằng năm báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/11 để tổng hợp.',
  ),
  p(
    '3. Sở Thông tin và Truyền thông, Báo Hà Nam, Đài Phát thanh và Truyền hình tỉnh: đẩy mạnh tuyên truyền về chính sách hỗ trợ đổi mới công nghệ, các mô hình, doanh nghiệp điển hình.',
  ),
  p(
    'Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- TTTU, TTHĐND tỉnh (để b/c);'),
  p('- Chủ tịch, các PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành;'),
  p('- UBND các huyện, thị xã, thành phố;'),
  p('- VPUB: LĐVP, KGVX;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
  p('KT. CHỦ TỊCH', { bold: true }),
  p('PHÓ CHỦ TỊCH', { bold: true }),
  p('Lê Thị Hồng Nhung', { bold: true }),
];

const doc = new Document({ sections: [{ children: body }] });
writeFileSync(join(here, 'hnam-2024-kh-doimoicongnghe.docx'), await Packer.toBuffer(doc));
console.log('written');
