// Builds pt-2026-kh-nq57.docx (blind29) with the npm package `docx`.
// Run: node make-pt-2026-kh-nq57-docx.mjs
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

const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });

const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'];
const rows = [
  [
    '1',
    'Phát triển hạ tầng số: phủ sóng 5G đến 100% trung tâm xã, phường và các khu công nghiệp',
    'Sở Khoa học và Công nghệ',
    'Các doanh nghiệp viễn thông; UBND các xã, phường',
    'Quý III/2026',
    'Hạ tầng 5G',
  ],
  [
    '2',
    'Xây dựng Trung tâm dữ liệu tỉnh, tích hợp dữ liệu của tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình (cũ)',
    'Sở Khoa học và Công nghệ',
    'Công an tỉnh; Sở Tài chính',
    'Tháng 12/2026',
    'Trung tâm dữ liệu',
  ],
  [
    '3',
    'Tham mưu HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ hoạt động đổi mới sáng tạo, khởi nghiệp sáng tạo',
    'Sở Khoa học và Công nghệ',
    'Sở Tài chính; Sở Tư pháp',
    'Trước 30/6/2026',
    'Nghị quyết của HĐND tỉnh',
  ],
  [
    '4',
    'Đào tạo, bồi dưỡng kỹ năng số, ứng dụng trí tuệ nhân tạo cho cán bộ, công chức cấp xã',
    'Sở Nội vụ',
    'Sở Khoa học và Công nghệ',
    'Năm 2026',
    'Cán bộ được bồi dưỡng',
  ],
  [
    '5',
    'Đưa nội dung giáo dục STEM, trí tuệ nhân tạo vào hoạt động giáo dục trong trường phổ thông',
    'Sở Giáo dục và Đào tạo',
    '',
    'Thường xuyên',
    'Kế hoạch giáo dục',
  ],
  [
    '6',
    'Chuyển đổi số trong nông nghiệp; cấp mã số vùng trồng, truy xuất nguồn gốc nông sản chủ lực',
    'Sở Nông nghiệp và Môi trường',
    'UBND các xã, phường',
    'Quý IV/2026',
    'Cơ sở dữ liệu vùng trồng',
  ],
  [
    '7',
    'Làm sạch dữ liệu dân cư, đất đai phục vụ cung cấp dịch vụ công trực tuyến toàn trình',
    'Công an tỉnh; Sở Nông nghiệp và Môi trường',
    'UBND các xã, phường',
    '6 tháng đầu năm 2026',
    'Dữ liệu "đúng, đủ, sạch, sống"',
  ],
  [
    '8',
    'Bố trí tối thiểu 3% tổng chi ngân sách tỉnh cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    'Sở Tài chính',
    'Sở Khoa học và Công nghệ',
    'Hằng năm',
    'Dự toán ngân sách',
  ],
];

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [row(header, true), ...rows.map((r) => row(r))],
});

const body = [
  p('ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ', { bold: true, center: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
  p('Số: 38/KH-UBND', { center: true }),
  p('Phú Thọ, ngày 20 tháng 01 năm 2026', { italics: true, right: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Phú Thọ năm 2026',
    { bold: true, center: true },
  ),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Chương trình hành động số 09-CTr/TU ngày 15/10/2025 của Ban Chấp hành Đảng bộ tỉnh Phú Thọ; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '1. Tổ chức thực hiện đồng bộ, hiệu quả Nghị quyết số 57-NQ/TW sau khi hợp nhất tỉnh Phú Thọ, tỉnh Vĩnh Phúc và tỉnh Hòa Bình; bảo đảm chính quyền địa phương hai cấp vận hành thông suốt trên môi trường số.',
  ),
  p('2. Xác định rõ nhiệm vụ, cơ quan chủ trì, thời hạn hoàn thành và sản phẩm; gắn trách nhiệm người đứng đầu với kết quả thực hiện.'),
  p('II. CHỈ TIÊU CHỦ YẾU NĂM 2026', { bold: true }),
  p('- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt trên 80%;'),
  p('- Kinh tế số chiếm khoảng 18% GRDP;'),
  p('- Ít nhất 40 doanh nghiệp được hỗ trợ đổi mới công nghệ, chuyển đổi số.'),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p(
    'Các sở, ban, ngành, UBND các xã, phường tập trung thực hiện 5 nhóm giải pháp của Nghị quyết số 57-NQ/TW: nâng cao nhận thức, hoàn thiện thể chế, phát triển hạ tầng, phát triển nguồn nhân lực, thúc đẩy ứng dụng khoa học, công nghệ trong doanh nghiệp. Các nhiệm vụ cụ thể năm 2026 được phân công tại Phụ lục kèm theo Kế hoạch này.',
  ),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; định kỳ hằng quý (trước ngày 20 tháng cuối quý) tổng hợp, báo cáo Ban Chỉ đạo tỉnh và UBND tỉnh.',
  ),
  p(
    '2. Sở Tài chính: Cân đối, bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch; hướng dẫn các cơ quan, đơn vị lập dự toán, thanh quyết toán theo quy định.',
  ),
  p(
    '3. Các sở, ban, ngành; UBND các xã, phường: Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện; báo cáo kết quả thực hiện năm 2026 về Sở Khoa học và Công nghệ trước ngày 05/12/2026.',
  ),
  p(
    'Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Văn phòng Trung ương Đảng; Bộ KH&CN;'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh;'),
  p('- Chủ tịch, các PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành; UBND các xã, phường;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true, right: true }),
  p('KT. CHỦ TỊCH', { bold: true, right: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
  p('Nguyễn Đình Khoa', { bold: true, right: true }),
  p('PHỤ LỤC', { bold: true, center: true }),
  p('NHIỆM VỤ CỤ THỂ NĂM 2026', { bold: true, center: true }),
  p('(Kèm theo Kế hoạch số 38/KH-UBND ngày 20/01/2026 của UBND tỉnh Phú Thọ)', { italics: true, center: true }),
  table,
];

const doc = new Document({ sections: [{ children: body }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'pt-2026-kh-nq57.docx'), buf);
console.log('wrote pt-2026-kh-nq57.docx', buf.length, 'bytes');
