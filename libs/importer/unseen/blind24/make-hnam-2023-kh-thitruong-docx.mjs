// Builds hnam-2023-kh-thitruong.docx beside this script.
// Run: node make-hnam-2023-kh-thitruong-docx.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/package.json');
const { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'hnam-2023-kh-thitruong.docx');

/** A paragraph of one run; options: bold, italics, center, indent. */
function p(text, { bold = false, italics = false, center = false, indent = false } = {}) {
  return new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: 567 } : undefined,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold, italics, font: 'Times New Roman', size: 26 })],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text, { bold = false, width } = {}) {
  return new TableCell({
    borders,
    width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
    children: [p(text, { bold })],
  });
}

const widths = [6, 44, 18, 18, 14];

function row(cells, bold = false) {
  return new TableRow({ children: cells.map((text, i) => cell(text, { bold, width: widths[i] })) });
}

const taskTable = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'], true),
    row([
      '1',
      'Số hóa, tích hợp dữ liệu sở hữu trí tuệ của tỉnh lên nền tảng số dùng chung',
      'Sở Thông tin và Truyền thông',
      'Sở KH&CN',
      '30/9/2023',
    ]),
    row(['2', 'Đào tạo, bồi dưỡng nhân lực môi giới, chuyển giao công nghệ', 'Sở Nội vụ', 'Sở KH&CN, Sở GD&ĐT', '2024 - 2025']),
    row([
      '3',
      'Bố trí kinh phí sự nghiệp KH&CN cho các nhiệm vụ phát triển thị trường KH&CN',
      'Sở Tài chính',
      'Sở Kế hoạch và Đầu tư',
      'Hằng năm',
    ]),
  ],
});

const children = [
  p('ỦY BAN NHÂN DÂN', { bold: true, center: true }),
  p('TỈNH HÀ NAM', { bold: true, center: true }),
  p('Số: 812/KH-UBND', { center: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
  p('Hà Nam, ngày 17 tháng 3 năm 2023', { italics: true, center: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Phát triển thị trường khoa học và công nghệ tỉnh Hà Nam giai đoạn 2023 - 2025', { bold: true, center: true }),
  p(
    'Thực hiện Quyết định số 1158/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển ' +
      'thị trường khoa học và công nghệ quốc gia đến năm 2030; theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình ' +
      'số 09/TTr-SKHCN ngày 02/3/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    { indent: true },
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Phát triển thị trường khoa học và công nghệ trở thành kênh quan trọng để chuyển giao, ứng dụng kết quả ' +
      'nghiên cứu vào sản xuất, kinh doanh trên địa bàn tỉnh.',
  ),
  p('- Phân công cụ thể, rõ trách nhiệm; bảo đảm sự phối hợp giữa các cơ quan, đơn vị.'),
  p('II. MỤC TIÊU ĐẾN NĂM 2025', { bold: true }),
  p(
    '- Giá trị giao dịch công nghệ trên địa bàn tỉnh tăng trung bình 10%/năm; có ít nhất 02 tổ chức trung gian ' +
      'của thị trường khoa học và công nghệ; 15 - 20 công nghệ được chuyển giao cho doanh nghiệp, hợp tác xã.',
  ),
  p('III. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
  p('1. Sở Khoa học và Công nghệ chủ trì thực hiện các nhiệm vụ sau:', { bold: true }),
  p(
    'a) Xây dựng cơ sở dữ liệu về công nghệ, chuyên gia, tổ chức trung gian của thị trường khoa học và công nghệ ' +
      'tỉnh, hoàn thành trong năm 2023.',
  ),
  p('b) Tổ chức Hội chợ, kết nối cung - cầu công nghệ (Techmart) cấp tỉnh; năm 2024.'),
  p('c) Hỗ trợ hình thành 02 tổ chức trung gian của thị trường KH&CN (tư vấn, đánh giá, định giá công nghệ), ' + 'giai đoạn 2023 - 2025.'),
  p(
    'd) Phối hợp với Sở Tài chính hướng dẫn doanh nghiệp trích lập, sử dụng Quỹ phát triển khoa học và công nghệ ' +
      'của doanh nghiệp; thường xuyên.',
  ),
  p('2. Thúc đẩy thương mại hóa kết quả nghiên cứu', { bold: true }),
  p(
    'Rà soát các kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh đã nghiệm thu giai đoạn 2016 - 2022 để lựa chọn, ' +
      'hỗ trợ hoàn thiện và thương mại hóa, bao gồm:',
  ),
  p('- danh mục kết quả có khả năng ứng dụng, chuyển giao;'),
  p('- báo cáo đánh giá, đề xuất phương án khai thác, định giá;'),
  p('- hồ sơ hỗ trợ chuyển giao cho doanh nghiệp, hợp tác xã.'),
  p('Sở KH&CN chủ trì, phối hợp với Sở Nông nghiệp và PTNT, Sở Công thương; hoàn thành Quý II/2024.', { italics: true }),
  p(
    '3. Sở Công thương: Lồng ghép hoạt động giới thiệu, trình diễn công nghệ, thiết bị tại các hội chợ, triển lãm ' +
      'xúc tiến thương mại của tỉnh; hằng năm.',
  ),
  p(
    '4. Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố hỗ trợ hợp tác xã, trang trại ' +
      'ứng dụng công nghệ mới trong sản xuất, bảo quản nông sản; thực hiện 2023 - 2024.',
  ),
  p('5. Một số nhiệm vụ phối hợp khác (chi tiết tại bảng dưới đây):'),
  taskTable,
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND ' +
      'tỉnh trước ngày 10/12 hằng năm.',
  ),
  p(
    '2. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố: Căn cứ nhiệm vụ được giao triển khai thực hiện; ' +
      'báo cáo kết quả năm 2023 về Sở KH&CN trước ngày 25/11/2023 để tổng hợp.',
  ),
  p('Nơi nhận:', { bold: true, italics: true }),
  p('- Bộ Khoa học và Công nghệ (b/c);'),
  p('- TTTU, TTHĐND tỉnh (b/c);'),
  p('- Chủ tịch, các PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành, UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true, center: true }),
  p('KT. CHỦ TỊCH', { bold: true, center: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
  p('Vũ Thị Hồng Nhung', { bold: true, center: true }),
];

const doc = new Document({ sections: [{ children }] });
writeFileSync(out, await Packer.toBuffer(doc));
console.log(`wrote ${out}`);
