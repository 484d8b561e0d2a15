// Builds gialai-2023-kh-truyxuat.docx beside this script (blind set 36).
// Usage: node make-gialai-2023-kh-truyxuat-docx.mjs
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

const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'], true),
    row([
      '1',
      'Xây dựng, vận hành Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Gia Lai, kết nối với Cổng thông tin truy xuất nguồn gốc sản phẩm hàng hóa quốc gia',
      'Sở Khoa học và Công nghệ',
      'Sở Thông tin và Truyền thông',
      'Quý IV/2023',
    ]),
    row([
      '2',
      'Triển khai truy xuất nguồn gốc đối với sản phẩm cà phê, hồ tiêu, chanh dây, sầu riêng chủ lực của tỉnh',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'UBND các huyện, thị xã, thành phố; Sở KH&CN',
      '2023 - 2025',
    ]),
    row([
      '3',
      'Hỗ trợ các chủ thể sản phẩm OCOP áp dụng tem, mã truy xuất nguồn gốc',
      'Sở Công Thương; Sở Nông nghiệp và Phát triển nông thôn',
      'Sở KH&CN',
      'Năm 2024',
    ]),
    row([
      '4',
      'Kiểm tra, giám sát việc sử dụng tem, mã truy xuất nguồn gốc của các tổ chức, cá nhân sản xuất, kinh doanh',
      'Sở Khoa học và Công nghệ',
      'Cục Quản lý thị trường tỉnh, Sở Công Thương',
      'Thường xuyên',
    ]),
    row([
      '5',
      'Bồi dưỡng cán bộ quản lý cấp huyện, cấp xã về truy xuất nguồn gốc',
      'UBND các huyện, thị xã, thành phố',
      'Sở KH&CN',
      'Trước 30/6/2024',
    ]),
  ],
});

const children = [
  p('ỦY BAN NHÂN DÂN', { bold: true }),
  p('TỈNH GIA LAI', { bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  p('Số: 1127/KH-UBND'),
  p('Gia Lai, ngày 05 tháng 6 năm 2023', { italics: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Triển khai Đề án "Triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc" trên địa bàn tỉnh Gia Lai giai đoạn 2023 - 2025', {
    bold: true,
    center: true,
  }),
  p(
    'Thực hiện Quyết định số 100/QĐ-TTg ngày 19/01/2019 của Thủ tướng Chính phủ phê duyệt Đề án "Triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc"; Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch thực hiện trên địa bàn tỉnh như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Từng bước áp dụng hệ thống truy xuất nguồn gốc đối với các sản phẩm chủ lực, sản phẩm OCOP của tỉnh, nâng cao giá trị và uy tín của sản phẩm trên thị trường.',
  ),
  p('- Đến năm 2025, ít nhất 50% sản phẩm OCOP từ 3 sao trở lên áp dụng truy xuất nguồn gốc.'),
  p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('1. Tuyên truyền, nâng cao nhận thức', { bold: true }),
  p(
    'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương tổ chức tuyên truyền, tập huấn về truy xuất nguồn gốc cho doanh nghiệp, hợp tác xã, cơ sở sản xuất; thực hiện hằng năm.',
  ),
  p('2. Xây dựng hạ tầng và triển khai áp dụng truy xuất nguồn gốc: các nhiệm vụ cụ thể theo bảng sau:', { bold: true }),
  table,
  p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: là cơ quan thường trực, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/12 hằng năm.',
  ),
  p(
    '2. Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn vị theo phân cấp.',
  ),
  p(
    '3. Sở Thông tin và Truyền thông: hướng dẫn bảo đảm an toàn thông tin cho Cổng thông tin truy xuất nguồn gốc của tỉnh; hoàn thành việc kết nối, chia sẻ dữ liệu với nền tảng tích hợp của tỉnh trước ngày 31/10/2023.',
  ),
  p(
    '4. UBND các huyện, thị xã, thành phố: chỉ đạo các phòng chuyên môn, UBND cấp xã hướng dẫn hợp tác xã, hộ sản xuất tham gia hệ thống truy xuất nguồn gốc; báo cáo kết quả cùng kỳ báo cáo của Sở Khoa học và Công nghệ.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ Khoa học và Công nghệ (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- Các sở, ban, ngành;'),
  p('- UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KTTH.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
  p('KT. CHỦ TỊCH', { bold: true }),
  p('PHÓ CHỦ TỊCH', { bold: true }),
  p('Nguyễn Hữu Quế', { bold: true }),
];

const doc = new Document({ sections: [{ children }] });
const buffer = await Packer.toBuffer(doc);
writeFileSync(join(here, 'gialai-2023-kh-truyxuat.docx'), buffer);
console.log('wrote gialai-2023-kh-truyxuat.docx', buffer.length, 'bytes');
