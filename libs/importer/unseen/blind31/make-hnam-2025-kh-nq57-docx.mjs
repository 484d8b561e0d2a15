// Builds hnam-2025-kh-nq57.docx (blind31) with the npm package `docx` from the repository's node_modules.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    indent: opts.indent ? { firstLine: 567 } : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font: FONT, size: 26 })],
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const headerTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        new TableCell({
          width: { size: 38, type: WidthType.PERCENTAGE },
          children: [
            p('ỦY BAN NHÂN DÂN', { center: true, bold: true }),
            p('TỈNH HÀ NAM', { center: true, bold: true }),
            p('Số: 712/KH-UBND', { center: true }),
          ],
        }),
        new TableCell({
          width: { size: 62, type: WidthType.PERCENTAGE },
          children: [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
            p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
            p('Hà Nam, ngày 20 tháng 3 năm 2025', { center: true, italics: true }),
          ],
        }),
      ],
    }),
  ],
});

const cell = (text, bold = false, w) =>
  new TableCell({
    width: w ? { size: w, type: WidthType.PERCENTAGE } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 24 })] })],
  });

const rows = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
  [
    '1',
    'Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam đến năm 2030',
    'Sở Khoa học và Công nghệ',
    'Sở Tài chính, Sở Công Thương',
    'Quý III/2025',
    'Đề án trình UBND tỉnh',
  ],
  [
    '2',
    'Chuyển đổi, nâng cấp hạ tầng số, Trung tâm dữ liệu tỉnh phục vụ chính quyền số',
    'Sở Khoa học và Công nghệ',
    'Công an tỉnh, Văn phòng UBND tỉnh',
    '2025 - 2026',
    'Trung tâm dữ liệu được nâng cấp',
  ],
  [
    '3',
    'Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử đến cấp xã',
    'Công an tỉnh',
    'Sở KH&CN, UBND các huyện, thị xã, thành phố',
    'Thường xuyên',
    'Báo cáo định kỳ',
  ],
  [
    '4',
    'Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, tham gia sàn thương mại điện tử',
    'Sở Công Thương',
    'Sở KH&CN',
    'Năm 2025',
    'Ít nhất 50 doanh nghiệp được hỗ trợ',
  ],
  [
    '5',
    'Hoàn thiện cơ sở dữ liệu đất đai, kết nối với cơ sở dữ liệu quốc gia',
    'Sở Nông nghiệp và Môi trường',
    'UBND các huyện, thị xã, thành phố',
    'Tháng 10/2025',
    'Cơ sở dữ liệu vận hành',
  ],
  [
    '6',
    'Triển khai hồ sơ sức khỏe điện tử, bệnh án điện tử tại các cơ sở khám chữa bệnh công lập',
    'Sở Y tế',
    '',
    '30/9/2025',
    '100% bệnh viện tuyến tỉnh',
  ],
];
const widths = [5, 37, 15, 17, 12, 14];
const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c, j) => cell(c, i === 0, widths[j])) })),
});

const children = [
  headerTable,
  p(''),
  p('KẾ HOẠCH', { center: true, bold: true }),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Hà Nam',
    { center: true, bold: true },
  ),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (Nghị quyết số 57-NQ/TW); Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; Kế hoạch số 211-KH/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
    { indent: true },
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 57-NQ/TW phù hợp với điều kiện thực tế của tỉnh; xác định rõ nhiệm vụ, thời hạn và trách nhiệm của các cơ quan, đơn vị.',
    { indent: true },
  ),
  p('- Việc triển khai phải quyết liệt, đồng bộ, gắn với sắp xếp tổ chức bộ máy; lấy người dân, doanh nghiệp làm trung tâm.', {
    indent: true,
  }),
  p('II. MỤC TIÊU ĐẾN NĂM 2030', { bold: true }),
  p('- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt trên 80%; kinh tế số đạt tối thiểu 30% GRDP;', { indent: true }),
  p('- Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đạt ít nhất 3% tổng chi ngân sách của tỉnh hằng năm;', {
    indent: true,
  }),
  p('- Có khoảng 20 doanh nghiệp khởi nghiệp đổi mới sáng tạo được hỗ trợ.', { indent: true }),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('1. Nâng cao nhận thức, tạo đột phá về đổi mới tư duy', { bold: true }),
  p(
    'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW đến cán bộ, công chức, viên chức và người lao động; hoàn thành trong tháng 4/2025.',
    { indent: true },
  ),
  p('2. Hoàn thiện thể chế, chính sách', { bold: true }),
  p(
    'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính tham mưu xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh, trình HĐND tỉnh trong Quý II/2025.',
    { indent: true },
  ),
  p('3. Tăng cường đầu tư cho khoa học, công nghệ và chuyển đổi số', { bold: true }),
  p(
    'Sở Tài chính chủ trì tham mưu bố trí tối thiểu 3% tổng chi ngân sách hằng năm cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, ưu tiên các nhiệm vụ đặt hàng; thực hiện từ năm 2025.',
    { indent: true },
  ),
  p('4. Phát triển nguồn nhân lực chất lượng cao', { bold: true }),
  p(
    'a) Sở Nội vụ: Xây dựng chính sách thu hút chuyên gia, nhà khoa học, kỹ sư công nghệ số về làm việc tại tỉnh; trình UBND tỉnh Quý III/2025.',
    { indent: true },
  ),
  p('b) Sở Giáo dục và Đào tạo: Đẩy mạnh giáo dục STEM, kỹ năng số trong các trường phổ thông; thường xuyên.', { indent: true }),
  p('5. Các nhiệm vụ cụ thể: chi tiết tại Phụ lục kèm theo Kế hoạch này.', { bold: true }),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy, UBND tỉnh kết quả thực hiện năm 2025 trước ngày 05/12/2025.',
    { indent: true },
  ),
  p(
    '2. Sở Tài chính cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định.',
    { indent: true },
  ),
  p(
    '3. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị mình; định kỳ báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 25/11 hằng năm để tổng hợp.',
    { indent: true },
  ),
  p(
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh./.',
    { indent: true },
  ),
  p('Nơi nhận:', { bold: true, italics: true }),
  p('- Ban Thường vụ Tỉnh ủy (b/c);'),
  p('- TT HĐND tỉnh (b/c);'),
  p('- Chủ tịch, các PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành;'),
  p('- UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('KT. CHỦ TỊCH', { right: true, bold: true }),
  p('PHÓ CHỦ TỊCH', { right: true, bold: true }),
  p('Lê Thị Thu Ngân', { right: true, bold: true }),
  p('PHỤ LỤC', { center: true, bold: true }),
  p('DANH MỤC NHIỆM VỤ CỤ THỂ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW', { center: true, bold: true }),
  p('(Kèm theo Kế hoạch số 712/KH-UBND ngày 20/3/2025 của UBND tỉnh Hà Nam)', { center: true, italics: true }),
  taskTable,
];

const doc = new Document({ sections: [{ children }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'hnam-2025-kh-nq57.docx'), buf);
console.log('wrote', join(here, 'hnam-2025-kh-nq57.docx'), buf.length, 'bytes');
