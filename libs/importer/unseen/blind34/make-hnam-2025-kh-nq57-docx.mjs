// Builds hnam-2025-kh-nq57.docx beside this script (npm package `docx` from the repository's node_modules).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    indent: opts.indent ? { firstLine: 567 } : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font: FONT, size: 26 })],
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const cell = (lines, opts = {}) =>
  new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: (Array.isArray(lines) ? lines : [lines]).map(
      (t) =>
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: t, bold: !!opts.bold, italics: !!opts.italics, font: FONT, size: 24 })],
        }),
    ),
  });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', '_______', 'Số: 58/KH-UBND'], { center: true, width: 40 }),
        cell(
          [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Độc lập - Tự do - Hạnh phúc',
            '_______________________',
            'Hà Nam, ngày 21 tháng 3 năm 2025',
          ],
          { center: true, width: 60 },
        ),
      ],
    }),
  ],
});

const rows = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
  [
    '1',
    'Ban hành Quy chế quản lý nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo cơ chế khoán chi đến sản phẩm cuối cùng',
    'Sở KH&CN',
    'Sở Tài chính, Sở Tư pháp',
    'Quý II/2025',
  ],
  ['2', 'Hoàn thành kết nối, chia sẻ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành của tỉnh', 'Công an tỉnh', 'Sở KH&CN', '6/2025'],
  [
    '3',
    'Bố trí tối thiểu 3% tổng chi ngân sách tỉnh cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    'Sở Tài chính',
    'Sở KH&CN',
    'Hằng năm',
  ],
  [
    '4',
    'Rà soát, sắp xếp các tổ chức khoa học và công nghệ công lập, đơn vị sự nghiệp công nghệ thông tin sau khi hợp nhất Sở',
    'Sở Nội vụ',
    'Sở KH&CN',
    'Quý III/2025',
  ],
  [
    '5',
    'Đưa giáo dục STEM, kỹ năng số vào trường phổ thông; phổ cập kỹ năng số cho học sinh',
    'Sở Giáo dục và Đào tạo',
    'Sở KH&CN',
    '2025 - 2026',
  ],
  [
    '6',
    'Triển khai bệnh án điện tử tại 100% bệnh viện công lập trên địa bàn tỉnh',
    'Sở Y tế',
    'Sở KH&CN; Bảo hiểm xã hội tỉnh',
    'Trước 30/9/2025',
  ],
  [
    '7',
    'Chuyển đổi số trong nông nghiệp; truy xuất nguồn gốc nông sản chủ lực của tỉnh',
    'Sở Nông nghiệp và Môi trường',
    'UBND các huyện, thị xã, thành phố',
    '2025 - 2026',
  ],
  ['8', 'Xây dựng Trung tâm Đổi mới sáng tạo tỉnh Hà Nam', 'Sở KH&CN', 'Sở Tài chính, Sở Xây dựng', '2025 - 2027'],
  [
    '9',
    'Phát triển thương mại điện tử; hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số',
    'Sở Công Thương',
    'Sở KH&CN, UBND các huyện, thị xã, thành phố',
    'Thường xuyên',
  ],
];

const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map(
    (r, i) =>
      new TableRow({
        tableHeader: i === 0,
        children: r.map((t, j) => cell(t, { bold: i === 0, center: i === 0 || j === 0 || j === 4 })),
      }),
  ),
});

const signature = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell(
          [
            'Nơi nhận:',
            '- Ban Thường vụ Tỉnh ủy (b/c);',
            '- TT HĐND tỉnh (b/c);',
            '- Chủ tịch, các PCT UBND tỉnh;',
            '- Các sở, ban, ngành;',
            '- UBND các huyện, thị xã, thành phố;',
            '- Lưu: VT, KGVX.',
          ],
          { width: 50 },
        ),
        cell(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Thị Hải Yến'], {
          center: true,
          bold: true,
          width: 50,
        }),
      ],
    }),
  ],
});

const doc = new Document({
  creator: 'UBND tỉnh Hà Nam',
  sections: [
    {
      children: [
        header,
        p(''),
        p('KẾ HOẠCH', { center: true, bold: true }),
        p(
          'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
          { center: true, bold: true },
        ),
        p(
          'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; Chương trình hành động số 28-CTr/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
          { indent: true },
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '1. Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 57-NQ/TW và Chương trình hành động của Tỉnh ủy thành các nhiệm vụ cụ thể, có địa chỉ, thời hạn hoàn thành.',
          { indent: true },
        ),
        p(
          '2. Sau khi sắp xếp, tổ chức lại bộ máy (Sở Khoa học và Công nghệ tiếp nhận chức năng, nhiệm vụ của Sở Thông tin và Truyền thông; Sở Tài chính tiếp nhận chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư), các cơ quan bảo đảm không để gián đoạn nhiệm vụ.',
          { indent: true },
        ),
        p('II. MỤC TIÊU', { bold: true }),
        p(
          'Đến năm 2030, tỉnh Hà Nam thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chỉ số đổi mới sáng tạo cấp địa phương (PII); kinh tế số đạt tối thiểu 30% GRDP; tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.',
          { indent: true },
        ),
        p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
        p('Các nhiệm vụ cụ thể được phân công như sau:', { indent: true }),
        taskTable,
        p(''),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p('1. Sở Khoa học và Công nghệ', { bold: true }),
        p('- Là cơ quan thường trực giúp UBND tỉnh theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch;'),
        p('- Định kỳ hằng quý (trước ngày 15 tháng cuối quý) tổng hợp, báo cáo UBND tỉnh, Ban Thường vụ Tỉnh ủy kết quả thực hiện.'),
        p(
          '2. Sở Tài chính: Chủ trì tham mưu phân bổ nguồn vốn đầu tư công trung hạn giai đoạn 2026 - 2030 cho các dự án khoa học, công nghệ, chuyển đổi số; trình UBND tỉnh trong tháng 9/2025.',
          { indent: true },
        ),
        p(
          '3. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: căn cứ nhiệm vụ được giao xây dựng kế hoạch triển khai của ngành, địa phương; báo cáo sơ kết 6 tháng đầu năm 2025 về Sở Khoa học và Công nghệ trước ngày 10/6/2025 để tổng hợp.',
          { indent: true },
        ),
        p(
          'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, giải quyết./.',
          { indent: true },
        ),
        p(''),
        signature,
      ],
    },
  ],
});

writeFileSync(join(here, 'hnam-2025-kh-nq57.docx'), await Packer.toBuffer(doc));
console.log('wrote hnam-2025-kh-nq57.docx');
