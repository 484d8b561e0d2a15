// Builds bgiang-2019-kh-khoinghiep.docx beside this script (npm package `docx` from /work/main/node_modules).
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
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: 26, font: 'Times New Roman' })],
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

// Letterhead: two columns without borders, as offices set it.
const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        new TableCell({
          width: { size: 40, type: WidthType.PERCENTAGE },
          children: [
            p('ỦY BAN NHÂN DÂN', { center: true }),
            p('TỈNH BẮC GIANG', { center: true, bold: true }),
            p('Số: 176/KH-UBND', { center: true }),
          ],
        }),
        new TableCell({
          width: { size: 60, type: WidthType.PERCENTAGE },
          children: [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
            p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
            p('Bắc Giang, ngày 12 tháng 8 năm 2019', { center: true, italics: true }),
          ],
        }),
      ],
    }),
  ],
});

const cell = (text, bold = false) => new TableCell({ children: text.split('\n').map((t) => p(t, { bold })) });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const appendix = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'], true),
    row([
      '1',
      'Xây dựng, vận hành Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang',
      'Sở Khoa học và Công nghệ',
      'Sở Kế hoạch và Đầu tư',
      'Quý II/2020',
    ]),
    row([
      '2',
      'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh; lựa chọn dự án tham gia Techfest quốc gia',
      'Sở KH&CN; Tỉnh đoàn',
      'Sở Công Thương',
      'Hằng năm',
    ]),
    row([
      '3',
      'Hỗ trợ hình thành ít nhất 10 dự án khởi nghiệp trong lĩnh vực nông nghiệp công nghệ cao, chế biến nông sản (vải thiều, gà đồi Yên Thế...)',
      'Sở Nông nghiệp và PTNT',
      'Sở KH&CN, UBND các huyện, thành phố',
      '2020 - 2025',
    ]),
    row([
      '4',
      'Đưa nội dung kiến thức khởi nghiệp vào hoạt động ngoại khóa của học sinh trung học phổ thông, giáo dục nghề nghiệp',
      'Sở Giáo dục và Đào tạo',
      'Tỉnh đoàn; các trường cao đẳng trên địa bàn',
      'Thường xuyên',
    ]),
    row([
      '5',
      'Hình thành cơ sở ươm tạo doanh nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh',
      'Sở Kế hoạch và Đầu tư',
      'Sở KH&CN; Ban Quản lý các Khu công nghiệp tỉnh',
      'Năm 2021',
    ]),
    row([
      '6',
      'Kết nối doanh nghiệp khởi nghiệp với các quỹ đầu tư, nhà đầu tư thiên thần trong và ngoài nước',
      'Sở Công Thương chủ trì; Sở KH&CN phối hợp',
      '',
      '6 tháng đầu năm 2020',
    ]),
  ],
});

const body = [
  header,
  p(''),
  p('KẾ HOẠCH', { center: true, bold: true }),
  p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang đến năm 2025', { center: true, bold: true }),
  p(
    'Thực hiện Quyết định số 925/QĐ-TTg ngày 21/5/2019 của Thủ tướng Chính phủ về việc phê duyệt Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tại các địa phương đến năm 2025; UBND tỉnh Bắc Giang ban hành Kế hoạch thực hiện như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới. Huy động sự tham gia của các cấp, các ngành, đoàn thể, doanh nghiệp trong hỗ trợ khởi nghiệp.',
  ),
  p('II. MỤC TIÊU ĐẾN NĂM 2025', { bold: true }),
  p('- Hỗ trợ khoảng 50 dự án khởi nghiệp đổi mới sáng tạo; 10-15 doanh nghiệp khởi nghiệp gọi được vốn từ nhà đầu tư mạo hiểm.'),
  p('- Hình thành ít nhất 01 cơ sở ươm tạo, 01 không gian làm việc chung cho khởi nghiệp.'),
  p('III. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
  p(
    '1. Hoàn thiện cơ chế, chính sách hỗ trợ khởi nghiệp: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính xây dựng, trình UBND tỉnh ban hành Quy định chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh; hoàn thành trong Quý IV/2019.',
  ),
  p('2. Các nhiệm vụ, hoạt động cụ thể giai đoạn 2019 - 2025: chi tiết tại Phụ lục kèm theo Kế hoạch này.'),
  p('IV. KINH PHÍ', { bold: true }),
  p(
    'Kinh phí thực hiện từ nguồn sự nghiệp khoa học và công nghệ, ngân sách địa phương, nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định.',
  ),
  p('V. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, hướng dẫn, theo dõi, kiểm tra việc thực hiện; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.',
  ),
  p(
    '2. Sở Kế hoạch và Đầu tư, Sở Tài chính: Cân đối, tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách hằng năm của tỉnh.',
  ),
  p(
    '3. UBND các huyện, thành phố: Tuyên truyền, phát hiện, giới thiệu các ý tưởng, dự án khởi nghiệp trên địa bàn; báo cáo sơ kết 03 năm thực hiện Kế hoạch gửi Sở Khoa học và Công nghệ trước ngày 31/10/2022.',
  ),
  p(
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ Khoa học và Công nghệ (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- Các sở, ban, ngành thuộc UBND tỉnh;'),
  p('- UBND các huyện, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { center: true, bold: true }),
  p('KT. CHỦ TỊCH', { center: true, bold: true }),
  p('PHÓ CHỦ TỊCH', { center: true, bold: true }),
  p('Hoàng Đình Cường', { center: true, bold: true }),
  p(''),
  p('PHỤ LỤC', { center: true, bold: true }),
  p('CÁC NHIỆM VỤ CỤ THỂ HỖ TRỢ KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH BẮC GIANG ĐẾN NĂM 2025', { center: true, bold: true }),
  p('(Kèm theo Kế hoạch số 176/KH-UBND ngày 12/8/2019 của UBND tỉnh Bắc Giang)', { center: true, italics: true }),
  appendix,
];

const doc = new Document({ sections: [{ children: body }] });
const out = join(here, 'bgiang-2019-kh-khoinghiep.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
