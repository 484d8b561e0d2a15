// Generates hnam-2021-kh-khoinghiep.docx (blind20) with the npm package `docx`.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']),
    row(['Số: 2967/KH-UBND', 'Hà Nam, ngày 08 tháng 10 năm 2021']),
  ],
});

const tasks = [
  [
    '1',
    'Thành lập và vận hành Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam',
    'Sở Khoa học và Công nghệ',
    'Sở Thông tin và Truyền thông',
    'Quý II/2022',
  ],
  [
    '2',
    'Ban hành Quy định về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh',
    'Sở KH&CN',
    'Sở Tài chính, Sở Tư pháp',
    'Trước ngày 31/12/2021',
  ],
  [
    '3',
    'Tổ chức Cuộc thi "Ý tưởng khởi nghiệp sáng tạo" cho học sinh, sinh viên',
    'Sở Giáo dục và Đào tạo; Tỉnh đoàn',
    'Sở KH&CN',
    'Hằng năm',
  ],
  [
    '4',
    'Đưa nội dung khởi nghiệp vào chương trình đào tạo, hướng nghiệp tại các cơ sở giáo dục nghề nghiệp',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở GD&ĐT',
    '2022 - 2023',
  ],
  [
    '5',
    'Hỗ trợ thành lập cơ sở ươm tạo, khu làm việc chung tại Khu Đại học Nam Cao',
    'Sở Kế hoạch và Đầu tư',
    'Sở KH&CN, UBND thành phố Phủ Lý',
    'Năm 2023',
  ],
  [
    '6',
    'Kết nối doanh nghiệp khởi nghiệp với quỹ đầu tư, nhà đầu tư thiên thần; tổ chức diễn đàn, hội chợ khởi nghiệp',
    '',
    'Sở Công thương',
    'Tháng 11/2022',
  ],
];
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [row(['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'], true), ...tasks.map((t) => row(t))],
});

const doc = new Document({
  sections: [
    {
      children: [
        header,
        p(''),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam giai đoạn 2021 - 2025', { bold: true, center: true }),
        p(
          'Thực hiện Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ và Nghị quyết số 12-NQ/TU ngày 20/4/2021 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
        ),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          '- Tạo lập môi trường thuận lợi để hình thành, phát triển doanh nghiệp khởi nghiệp đổi mới sáng tạo; đến năm 2025 hỗ trợ ít nhất 25 dự án, 10 doanh nghiệp khởi nghiệp.',
        ),
        p('- Phân công cụ thể nhiệm vụ cho các cơ quan, đơn vị; bảo đảm tiến độ, hiệu quả.'),
        p('II. NHIỆM VỤ', { bold: true }),
        p('Các nhiệm vụ cụ thể như sau:'),
        table,
        p('III. KINH PHÍ', { bold: true }),
        p('Từ nguồn sự nghiệp khoa học và công nghệ, nguồn xã hội hóa và các nguồn huy động hợp pháp khác.'),
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính hướng dẫn các đơn vị xây dựng dự toán; theo dõi, tổng hợp tình hình thực hiện, báo cáo UBND tỉnh trước ngày 30/11 hằng năm.',
        ),
        p(
          '2. Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ chủ động triển khai các nhiệm vụ được giao; định kỳ gửi báo cáo về Sở KH&CN trước ngày 01/11 hằng năm.',
        ),
        p(
          '3. UBND các huyện, thị xã, thành phố: Tuyên truyền, phát hiện, giới thiệu các ý tưởng, dự án khởi nghiệp trên địa bàn; bố trí kinh phí hỗ trợ khởi nghiệp trong dự toán ngân sách hằng năm của địa phương.',
        ),
        p(
          'Nơi nhận: Bộ KH&CN (b/c); TT TU, TT HĐND tỉnh; Chủ tịch, các PCT UBND tỉnh; các sở, ban, ngành; UBND các huyện, thị xã, thành phố; Lưu: VT, KGVX.',
          { italics: true },
        ),
        p('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }),
        p('KT. CHỦ TỊCH - PHÓ CHỦ TỊCH', { bold: true, center: true }),
        p('(đã ký)', { center: true }),
        p('Trương Quốc Huy', { bold: true, center: true }),
      ],
    },
  ],
});
const out = join(dirname(fileURLToPath(import.meta.url)), 'hnam-2021-kh-khoinghiep.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
