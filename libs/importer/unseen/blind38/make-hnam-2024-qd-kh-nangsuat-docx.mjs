// Builds hnam-2024-qd-kh-nangsuat.docx beside this script (node make-hnam-2024-qd-kh-nangsuat-docx.mjs).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font: 'Times New Roman', size: 26 })],
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const cell = (lines, opts = {}) =>
  new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: lines.map((l) => p(l, { bold: opts.bold, center: opts.center })),
  });

// Letterhead: a borderless two-column table, as offices lay it out.
const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'Số: 1182/QĐ-UBND'], { center: true, width: 40 }),
        cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nam, ngày 19 tháng 8 năm 2024'], {
          center: true,
          width: 60,
        }),
      ],
    }),
  ],
});

const taskRows = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'],
  [
    '1',
    'Tuyên truyền, nâng cao nhận thức của doanh nghiệp, người lao động về năng suất, vai trò của năng suất lao động đối với tăng trưởng',
    'Sở Thông tin và Truyền thông',
    'Sở KH&CN; Báo Hà Nam; Đài PT-TH Hà Nam',
    'Hằng năm',
    'Chuyên trang, chuyên mục',
  ],
  [
    '2',
    'Xây dựng bộ chỉ tiêu theo dõi, đánh giá năng suất lao động cấp tỉnh, theo ngành, lĩnh vực',
    'Sở Kế hoạch và Đầu tư',
    'Cục Thống kê tỉnh',
    'Quý IV/2024',
    'Bộ chỉ tiêu được UBND tỉnh phê duyệt',
  ],
  [
    '3',
    'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất lượng (5S, Kaizen, Lean, TPM)',
    'Sở Khoa học và Công nghệ',
    'Sở Công thương',
    '2024 - 2026',
    'Ít nhất 30 doanh nghiệp được hỗ trợ',
  ],
  [
    '4',
    'Đào tạo, nâng cao kỹ năng nghề cho người lao động gắn với nhu cầu của doanh nghiệp',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở Giáo dục và Đào tạo',
    'Năm 2025',
    'Kế hoạch đào tạo',
  ],
  [
    '5',
    'Đẩy mạnh cơ giới hóa, ứng dụng công nghệ cao trong sản xuất nông nghiệp',
    'Sở Nông nghiệp và PTNT',
    'UBND các huyện, thị xã, thành phố',
    'Thường xuyên',
    'Mô hình cơ giới hóa đồng bộ',
  ],
  [
    '6',
    'Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, sử dụng nền tảng số phục vụ quản trị, sản xuất kinh doanh',
    'Sở Thông tin và Truyền thông; Sở Công thương',
    '',
    '2025 - 2026',
    'Doanh nghiệp sử dụng nền tảng số',
  ],
  [
    '7',
    'Rà soát, đề xuất chính sách hỗ trợ doanh nghiệp đầu tư đổi mới công nghệ, nâng cao năng suất, trình HĐND tỉnh',
    'Sở Tài chính',
    'Sở Kế hoạch và Đầu tư, Sở KH&CN',
    'Trước 31/3/2025',
    'Dự thảo Nghị quyết',
  ],
];

const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: taskRows.map((r, i) => new TableRow({ children: r.map((c) => cell([c], { bold: i === 0, center: i === 0 })) })),
});

const children = [
  header,
  p(''),
  p('QUYẾT ĐỊNH', { bold: true, center: true }),
  p('Ban hành Kế hoạch thực hiện Chương trình quốc gia nâng cao năng suất lao động trên địa bàn tỉnh Hà Nam giai đoạn 2024 - 2030', {
    bold: true,
    center: true,
  }),
  p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true, center: true }),
  p(
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  ),
  p(
    'Căn cứ Quyết định số 1412/QĐ-TTg ngày 08 tháng 11 năm 2023 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia nâng cao năng suất lao động đến năm 2030;',
  ),
  p('Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 2087/TTr-SKHĐT ngày 06 tháng 8 năm 2024.'),
  p('QUYẾT ĐỊNH:', { bold: true, center: true }),
  p(
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình quốc gia nâng cao năng suất lao động trên địa bàn tỉnh Hà Nam giai đoạn 2024 - 2030.',
  ),
  p(
    'Điều 2. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.',
  ),
  p(
    'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Kế hoạch và Đầu tư, Khoa học và Công nghệ, Tài chính; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Như Điều 3;'),
  p('- Bộ Kế hoạch và Đầu tư (để b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);'),
  p('- Lưu: VT, KT.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true, right: true }),
  p('KT. CHỦ TỊCH', { bold: true, right: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
  p('Trần Xuân Dưỡng', { bold: true, right: true }),
  p(''),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Thực hiện Chương trình quốc gia nâng cao năng suất lao động trên địa bàn tỉnh Hà Nam giai đoạn 2024 - 2030', {
    bold: true,
    center: true,
  }),
  p('(Ban hành kèm theo Quyết định số 1182/QĐ-UBND ngày 19/8/2024 của UBND tỉnh Hà Nam)', { italics: true, center: true }),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Cụ thể hóa các mục tiêu, nhiệm vụ của Chương trình quốc gia nâng cao năng suất lao động phù hợp với điều kiện của tỉnh; tạo chuyển biến rõ nét về năng suất lao động trong các ngành, lĩnh vực.',
  ),
  p('- Xác định rõ trách nhiệm của các sở, ban, ngành, địa phương trong tổ chức thực hiện.'),
  p('II. MỤC TIÊU', { bold: true }),
  p('- Tốc độ tăng năng suất lao động bình quân giai đoạn 2024 - 2030 đạt trên 6,5%/năm.'),
  p('- Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35-40% vào năm 2030.'),
  p('- Khoảng 100 doanh nghiệp được hỗ trợ áp dụng công cụ cải tiến năng suất đến năm 2030.'),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('Các nhiệm vụ, giải pháp cụ thể được phân công tại bảng sau:'),
  taskTable,
  p(''),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Kế hoạch và Đầu tư: Là cơ quan đầu mối giúp UBND tỉnh theo dõi việc thực hiện Kế hoạch; chủ trì tổ chức sơ kết 3 năm thực hiện, báo cáo UBND tỉnh và Bộ Kế hoạch và Đầu tư trước ngày 30/11/2026.',
  ),
  p(
    '2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: Căn cứ chức năng, nhiệm vụ, lồng ghép nội dung nâng cao năng suất lao động vào kế hoạch phát triển của ngành, địa phương; định kỳ hằng năm báo cáo kết quả về Sở Kế hoạch và Đầu tư trước ngày 30 tháng 11 để tổng hợp.',
  ),
  p(
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Kế hoạch và Đầu tư để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
  ),
];

const doc = new Document({ sections: [{ children }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'hnam-2024-qd-kh-nangsuat.docx'), buf);
console.log('wrote', join(here, 'hnam-2024-qd-kh-nangsuat.docx'), buf.length, 'bytes');
