// Builds bk-2023-qd-kh-truyxuat.docx (blind46). Run: node make-bk-2023-qd-kh-truyxuat-docx.mjs
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
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });
// A paragraph whose first words (an agency's name) are bold.
const duty = (lead, rest) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: lead, bold: true }), new TextRun(rest)] });
const cell = (text, bold = false) => new TableCell({ children: [p(text, { bold })] });
const row = (cells, bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], true),
    row([
      '1',
      'Áp dụng truy xuất nguồn gốc đối với sản phẩm miến dong, gạo Bao thai, cam quýt',
      'Sở Nông nghiệp và PTNT',
      'Sở KH&CN; UBND các huyện, thành phố',
      'Năm 2024',
    ]),
    row([
      '2',
      'Áp dụng truy xuất nguồn gốc đối với các sản phẩm OCOP đạt 4 sao trở lên',
      'Sở Nông nghiệp và PTNT',
      'Sở Công thương',
      '2024 - 2025',
    ]),
    row([
      '3',
      'Thí điểm truy xuất nguồn gốc dược liệu (giảo cổ lam, khôi nhung, hà thủ ô)',
      'Sở Y tế',
      'Sở Khoa học và Công nghệ',
      'Quý IV/2024',
    ]),
    row([
      '4',
      'Kiểm tra việc sử dụng tem, mã truy xuất nguồn gốc tại chợ, siêu thị, cửa hàng tiện lợi',
      'Sở Công thương chủ trì; Sở KH&CN phối hợp',
      '',
      'Hằng năm',
    ]),
    row([
      '5',
      'Tập huấn nghiệp vụ truy xuất nguồn gốc cho cán bộ quản lý và doanh nghiệp, hợp tác xã',
      'Sở KH&CN',
      'Các Sở, Ngành liên quan',
      'Tháng 6/2024',
    ]),
  ],
});

const children = [
  p('ỦY BAN NHÂN DÂN', { bold: true }),
  p('TỈNH BẮC KẠN', { bold: true }),
  p('Số: 1890/QĐ-UBND'),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  p('Bắc Kạn, ngày 12 tháng 10 năm 2023', { italics: true, right: true }),
  p('QUYẾT ĐỊNH', { bold: true, center: true }),
  p(
    'Ban hành Kế hoạch triển khai Đề án phát triển hệ sinh thái truy xuất nguồn gốc sản phẩm, hàng hóa trên địa bàn tỉnh Bắc Kạn giai đoạn 2023 - 2025',
    { bold: true, center: true },
  ),
  p('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN', { bold: true, center: true }),
  p(
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;',
  ),
  p(
    'Căn cứ Quyết định số 100/QĐ-TTg ngày 19/01/2019 của Thủ tướng Chính phủ phê duyệt Đề án triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc;',
  ),
  p('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 118/TTr-SKHCN ngày 28/9/2023.'),
  p('QUYẾT ĐỊNH:', { bold: true, center: true }),
  p(
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án phát triển hệ sinh thái truy xuất nguồn gốc sản phẩm, hàng hóa trên địa bàn tỉnh Bắc Kạn giai đoạn 2023 - 2025.',
  ),
  p('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'),
  p(
    'Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Khoa học và Công nghệ, Nông nghiệp và Phát triển nông thôn, Công thương, Y tế; Thủ trưởng các cơ quan, đơn vị có liên quan; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.',
  ),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true, right: true }),
  p('KT. CHỦ TỊCH', { bold: true, right: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
  p('Hà Quang Thiện', { bold: true, right: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Triển khai Đề án phát triển hệ sinh thái truy xuất nguồn gốc sản phẩm, hàng hóa trên địa bàn tỉnh Bắc Kạn giai đoạn 2023 - 2025', {
    bold: true,
    center: true,
  }),
  p('(Ban hành kèm theo Quyết định số 1890/QĐ-UBND ngày 12/10/2023 của UBND tỉnh Bắc Kạn)', { italics: true, center: true }),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Từng bước hình thành hệ thống truy xuất nguồn gốc sản phẩm, hàng hóa của tỉnh kết nối với Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia; đến năm 2025 có ít nhất 30 cơ sở sản xuất, kinh doanh áp dụng truy xuất nguồn gốc.',
  ),
  p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p(
    '1. Hoàn thiện hạ tầng truy xuất nguồn gốc: Sở KH&CN chủ trì, phối hợp với Sở Thông tin và Truyền thông xây dựng, vận hành Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Bắc Kạn, kết nối với Cổng quốc gia; đưa vào vận hành trong Quý II/2024.',
  ),
  p(
    '2. Tuyên truyền, phổ biến về truy xuất nguồn gốc trên các phương tiện thông tin đại chúng, mạng xã hội, hệ thống thông tin cơ sở để người tiêu dùng nhận biết và sử dụng tem truy xuất. Sở Thông tin và Truyền thông chủ trì; thực hiện thường xuyên.',
  ),
  p('3. Triển khai áp dụng truy xuất nguồn gốc đối với các nhóm sản phẩm chủ lực (chi tiết tại bảng dưới đây):'),
  table,
  p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
  duty(
    '1. Sở Khoa học và Công nghệ: ',
    'Là cơ quan đầu mối giúp UBND tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra các đơn vị; định kỳ 6 tháng, hằng năm tổng hợp báo cáo UBND tỉnh (báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12).',
  ),
  duty(
    '2. Sở Tài chính: ',
    'Chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn vị theo phân cấp.',
  ),
  duty(
    '3. UBND các huyện, thành phố: ',
    'Rà soát, tổng hợp danh sách các cơ sở sản xuất, hợp tác xã đủ điều kiện áp dụng truy xuất nguồn gốc, gửi Sở Khoa học và Công nghệ trước ngày 31/12/2023; chỉ đạo UBND các xã, phường, thị trấn tuyên truyền, vận động.',
  ),
  duty(
    '4. Các Sở, Ngành liên quan: ',
    'Theo chức năng, nhiệm vụ phối hợp triển khai các nội dung của Kế hoạch; lồng ghép với các chương trình, đề án do ngành quản lý.',
  ),
  p(
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ KH&CN (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- Như Điều 3;'),
  p('- Lưu: VT, KGVX.'),
];

const doc = new Document({ sections: [{ children }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'bk-2023-qd-kh-truyxuat.docx'), buf);
console.log('wrote bk-2023-qd-kh-truyxuat.docx', buf.length, 'bytes');
