// Generates bgiang-2024-kh-truyxuat.docx (blind13) with the npm package `docx` from /work/main.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle } = require('docx');

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });
const cell = (lines, bold = false) =>
  new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => p(l, { center: true, bold })) });
const twoCols = (left, right) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, true), cell(right, true)] })],
  });

const body = [
  twoCols(
    ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'Số: 41/KH-UBND'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Giang, ngày 26 tháng 02 năm 2024'],
  ),
  p('KẾ HOẠCH', { center: true, bold: true }),
  p('Triển khai hệ thống truy xuất nguồn gốc sản phẩm nông sản chủ lực tỉnh Bắc Giang năm 2024 - 2025', { center: true, bold: true }),
  p(
    'Thực hiện Quyết định số 100/QĐ-TTg ngày 19/01/2019 của Thủ tướng Chính phủ phê duyệt Đề án triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc; Kế hoạch số 2306/KH-BNN-CCPT ngày 12/4/2023 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh Bắc Giang ban hành Kế hoạch triển khai như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Từng bước áp dụng truy xuất nguồn gốc cho các sản phẩm nông sản chủ lực của tỉnh (vải thiều, cam, bưởi, gà đồi Yên Thế), nâng cao uy tín, giá trị sản phẩm, đáp ứng yêu cầu của thị trường xuất khẩu. Đến hết năm 2025 có ít nhất 60% sản phẩm OCOP của tỉnh áp dụng tem truy xuất nguồn gốc.',
  ),
  p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p(
    '1. Tuyên truyền, nâng cao nhận thức về truy xuất nguồn gốc cho doanh nghiệp, hợp tác xã, hộ sản xuất. Sở Nông nghiệp và PTNT chủ trì, phối hợp với Sở Thông tin và Truyền thông, UBND các huyện, thành phố thực hiện thường xuyên.',
  ),
  p('2. Xây dựng, vận hành Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Bắc Giang', { bold: true }),
  p(
    'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Thông tin và Truyền thông xây dựng, đưa vào vận hành Cổng thông tin truy xuất nguồn gốc của tỉnh, kết nối với Cổng thông tin truy xuất nguồn gốc sản phẩm hàng hóa quốc gia, hoàn thành trước ngày 30/9/2024.',
  ),
  p('3. Hỗ trợ các chủ thể sản xuất, kinh doanh áp dụng truy xuất nguồn gốc', { bold: true }),
  p('3.1. Đối với nông sản tươi (vải thiều, cam, bưởi): Sở NN&PTNT chủ trì; UBND các huyện, thành phố phối hợp; năm 2024.'),
  p(
    '3.2. Đối với sản phẩm OCOP, hàng hóa tiêu thụ tại siêu thị, chợ đầu mối: Sở Công Thương chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn; 2024 - 2025.',
  ),
  p(
    '3.3. Cấp, quản lý mã số vùng trồng, mã số cơ sở đóng gói phục vụ xuất khẩu vải thiều: UBND huyện Lục Ngạn, UBND huyện Lục Nam chủ trì, phối hợp với Sở NN&PTNT (Chi cục Trồng trọt và Bảo vệ thực vật), hoàn thành trong tháng 5/2024, trước vụ thu hoạch vải thiều.',
  ),
  p(
    '4. Kiểm tra, giám sát việc sử dụng tem truy xuất nguồn gốc, xử lý các hành vi gian lận thông tin truy xuất: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng) chủ trì, phối hợp với Sở Công Thương, Công an tỉnh thực hiện hằng năm.',
  ),
  p('III. KINH PHÍ THỰC HIỆN', { bold: true }),
  p(
    'Kinh phí thực hiện từ nguồn ngân sách tỉnh bố trí trong dự toán của các cơ quan, đơn vị và nguồn xã hội hóa. Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh bố trí kinh phí năm 2024 trong Quý II/2024.',
  ),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Nông nghiệp và Phát triển nông thôn, Sở Khoa học và Công nghệ: Theo chức năng, nhiệm vụ hướng dẫn các tổ chức, cá nhân áp dụng truy xuất nguồn gốc; Sở Nông nghiệp và Phát triển nông thôn tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.',
  ),
  p(
    '2. UBND các huyện, thành phố: Chỉ đạo UBND các xã, thị trấn rà soát, lập danh sách các chủ thể sản xuất có nhu cầu áp dụng truy xuất nguồn gốc; bố trí kinh phí từ ngân sách cấp huyện để hỗ trợ.',
  ),
  p(
    'Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) để xem xét, giải quyết./.',
  ),
  twoCols(
    [
      'Nơi nhận:',
      '- Bộ NN&PTNT (b/c);',
      '- TT Tỉnh ủy, TT HĐND tỉnh;',
      '- Các sở, ngành;',
      '- UBND các huyện, thành phố;',
      '- Lưu: VT, KTN.',
    ],
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Phan Thế Long'],
  ),
];

const doc = new Document({ sections: [{ children: body }] });
const out = join(dirname(fileURLToPath(import.meta.url)), 'bgiang-2024-kh-truyxuat.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
