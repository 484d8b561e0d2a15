// Builds lan-2019-kh-doluong.docx beside this script with the npm package `docx`
// (loaded from the repository's node_modules). Run: node make-lan-2019-kh-doluong-docx.mjs
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
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: 26, font: 'Times New Roman' })],
  });
const cell = (text, opts = {}) =>
  new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: String(text)
      .split('\n')
      .map((t) => p(t, opts)),
  });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell('ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n--------', { center: true, bold: true, width: 40 }),
        cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------', { center: true, bold: true, width: 60 }),
      ],
    }),
    new TableRow({
      children: [
        cell('Số: 3421/KH-UBND', { center: true, width: 40 }),
        cell('Long An, ngày 18 tháng 9 năm 2019', { center: true, italics: true, width: 60 }),
      ],
    }),
  ],
});

const rows = [
  ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
  [
    '1',
    'Điều tra, khảo sát nhu cầu kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo của doanh nghiệp trên địa bàn tỉnh',
    'Sở Khoa học và Công nghệ',
    'Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh',
    'Quý IV/2019',
  ],
  [
    '2',
    'Hỗ trợ doanh nghiệp trong các khu, cụm công nghiệp xây dựng hệ thống quản lý đo lường, chuẩn đo lường nội bộ',
    'Ban Quản lý Khu kinh tế tỉnh',
    'Sở Khoa học và Công nghệ',
    '2019 - 2020',
  ],
  [
    '3',
    'Kiểm tra đo lường đối với cột đo xăng dầu, cân tại chợ, cơ sở kinh doanh vàng trang sức',
    'Sở Công Thương',
    'Sở Khoa học và Công nghệ;\nUBND các huyện, thị xã, thành phố',
    'Hằng năm',
  ],
  [
    '4',
    'Đầu tư bổ sung chuẩn đo lường, thiết bị thử nghiệm cho Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    'Sở Khoa học và Công nghệ',
    'Sở Kế hoạch và Đầu tư, Sở Tài chính',
    'Năm 2020',
  ],
  [
    '5',
    'Kiểm định, hiệu chuẩn phương tiện đo nhóm 2 sử dụng trong cơ sở khám bệnh, chữa bệnh',
    'Sở Y tế',
    'Sở Khoa học và Công nghệ',
    'Trước 30/6/2020',
  ],
  [
    '6',
    'Hướng dẫn các hợp tác xã, cơ sở thu mua thanh long, lúa gạo sử dụng phương tiện đo đúng quy định',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'UBND các huyện, thị xã, thành phố',
    'Tháng 12/2019',
  ],
];
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r, i) => new TableRow({ children: r.map((c) => cell(c, { bold: i === 0, center: i === 0 })) })),
});

const doc = new Document({
  sections: [
    {
      children: [
        header,
        p(''),
        p('KẾ HOẠCH', { center: true, bold: true }),
        p('Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp trên địa bàn tỉnh Long An giai đoạn 2019 - 2020', {
          center: true,
          bold: true,
        }),
        p(
          'Thực hiện Quyết định số 969/QĐ-TTg ngày 10/8/2018 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030”, UBND tỉnh Long An ban hành Kế hoạch thực hiện như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '- Nâng cao năng lực hoạt động đo lường của tỉnh, hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng sản phẩm, hàng hóa; bảo vệ quyền lợi người tiêu dùng.',
        ),
        p('- Phân công cụ thể nhiệm vụ cho các sở, ngành, địa phương; bảo đảm phối hợp chặt chẽ, hiệu quả.'),
        p('II. MỤC TIÊU ĐẾN NĂM 2020', { bold: true }),
        p('- Ít nhất 30 doanh nghiệp được hỗ trợ xây dựng hệ thống quản lý đo lường;'),
        p('- 100% phương tiện đo nhóm 2 trong lĩnh vực y tế, thương mại được kiểm định theo quy định.'),
        p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
        p('Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian thực hiện cụ thể như sau:'),
        table,
        p(''),
        p(
          'Ngoài các nhiệm vụ nêu trên, giao Sở Thông tin và Truyền thông phối hợp với Báo Long An, Đài Phát thanh và Truyền hình Long An tuyên truyền về hoạt động đo lường, quyền lợi người tiêu dùng trong đo lường; thực hiện thường xuyên.',
        ),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: Theo dõi, đôn đốc, hướng dẫn các đơn vị triển khai thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ kết quả thực hiện trước ngày 15/12 hằng năm.',
        ),
        p(
          '2. Sở Tài chính: Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán chi sự nghiệp khoa học và công nghệ theo phân cấp ngân sách.',
        ),
        p(
          '3. UBND các huyện, thị xã, thành phố: Phối hợp triển khai các nhiệm vụ trên địa bàn; chỉ đạo Ban quản lý chợ kiểm tra cân đối chứng; báo cáo kết quả thực hiện năm 2019 về Sở Khoa học và Công nghệ trước ngày 30/11/2019.',
        ),
        p(
          'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
        ),
        p('Nơi nhận:', { bold: true }),
        p('- Bộ KH&CN (b/c);'),
        p('- TT.TU, TT.HĐND tỉnh;'),
        p('- CT, PCT UBND tỉnh;'),
        p('- Các sở, ngành tỉnh;'),
        p('- UBND các huyện, TX, TP;'),
        p('- Lưu: VT, KGVX.'),
        p('TM. ỦY BAN NHÂN DÂN', { center: true, bold: true }),
        p('KT. CHỦ TỊCH', { center: true, bold: true }),
        p('PHÓ CHỦ TỊCH', { center: true, bold: true }),
        p(''),
        p('Phạm Văn Cảnh', { center: true, bold: true }),
      ],
    },
  ],
});

const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'lan-2019-kh-doluong.docx'), buf);
console.log('wrote', join(here, 'lan-2019-kh-doluong.docx'), buf.length, 'bytes');
