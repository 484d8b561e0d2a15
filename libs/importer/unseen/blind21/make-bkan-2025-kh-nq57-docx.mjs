import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic })],
  });
const cell = (t) => new TableCell({ children: [p(t)] });
const row = (cells) => new TableRow({ children: cells.map(cell) });

const body = [
  p('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN', { bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
  p('Độc lập - Tự do - Hạnh phúc', { center: true }),
  p('Số: 96/KH-UBND'),
  p('Bắc Kạn, ngày 18 tháng 3 năm 2025', { italic: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Bắc Kạn năm 2025',
    { bold: true, center: true },
  ),
  p(
    'Thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; Chương trình hành động số 28-CTr/TU ngày 14/02/2025 của Tỉnh ủy Bắc Kạn, UBND tỉnh ban hành Kế hoạch thực hiện năm 2025 như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 57-NQ/TW phù hợp với điều kiện của tỉnh; phân công rõ cơ quan chủ trì, thời hạn hoàn thành, sản phẩm đầu ra.',
  ),
  p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('1. Hoàn thiện thể chế, cơ chế, chính sách', { bold: true }),
  p(
    '1.1. Rà soát, đề xuất bãi bỏ, sửa đổi các văn bản quy phạm pháp luật của tỉnh không còn phù hợp, cản trở phát triển khoa học, công nghệ, đổi mới sáng tạo; Sở Tư pháp chủ trì, các sở, ngành phối hợp, hoàn thành trong tháng 5/2025.',
  ),
  p(
    '1.2. Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ đổi mới sáng tạo, khởi nghiệp và chuyển đổi số: giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính trình HĐND tỉnh tại kỳ họp giữa năm (trước ngày 15/6/2025).',
  ),
  p('2. Phát triển hạ tầng số và nguồn nhân lực (Sở Khoa học và Công nghệ chủ trì các nhiệm vụ tại mục này)', { bold: true }),
  p('- Hoàn thành kết nối mạng truyền số liệu chuyên dùng đến 100% cơ quan cấp xã, Quý II/2025;'),
  p('- Triển khai nền tảng dữ liệu dùng chung của tỉnh, tích hợp với Cổng dữ liệu quốc gia, thực hiện trong năm 2025;'),
  p('- Đào tạo kỹ năng số cho cán bộ, công chức, viên chức: thường xuyên.'),
  p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, theo dõi, đôn đốc; định kỳ hằng quý tổng hợp báo cáo UBND tỉnh và Ban Chỉ đạo của Tỉnh ủy.',
  ),
  p(
    '2. Sở Tài chính: Tham mưu bố trí tối thiểu 3% tổng chi ngân sách năm 2025 cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; hoàn thành việc phân bổ trước ngày 30/4/2025.',
  ),
  p(
    '3. Các Sở, Ngành có liên quan; UBND các huyện, thành phố: Xây dựng kế hoạch chi tiết của ngành, địa phương mình, gửi Sở Khoa học và Công nghệ trước ngày 10/4/2025.',
  ),
  p('(Chi tiết các nhiệm vụ cụ thể tại Phụ lục kèm theo)', { italic: true }),
  p('PHỤ LỤC: DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2025', { bold: true, center: true }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn']),
      row([
        '1',
        'Xây dựng Đề án phát triển sản phẩm chủ lực ứng dụng công nghệ cao trong nông nghiệp',
        'Sở Nông nghiệp và Môi trường',
        'Sở Khoa học và Công nghệ',
        'Tháng 9/2025',
      ]),
      row([
        '2',
        'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực',
        'Văn phòng UBND tỉnh',
        'Sở KH&CN; UBND các huyện, thành phố',
        '30/6/2025',
      ]),
      row([
        '3',
        'Tổ chức Ngày hội đổi mới sáng tạo và khởi nghiệp tỉnh Bắc Kạn năm 2025',
        'Sở KH&CN',
        'Sở Tài chính; Tỉnh đoàn',
        'Quý IV/2025',
      ]),
    ],
  }),
  p(''),
  p(
    'Nơi nhận: - Ban Chỉ đạo Trung ương (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - CT, PCT UBND tỉnh; - Các Sở, Ngành liên quan; - UBND các huyện, thành phố; - Lưu: VT.',
  ),
  p('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', { bold: true }),
  p('Phạm Duy Hưng', { bold: true }),
];

const doc = new Document({ sections: [{ children: body }] });
const out = join(dirname(fileURLToPath(import.meta.url)), 'bkan-2025-kh-nq57.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
