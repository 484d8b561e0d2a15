// Generates hnam-2024-qd-chuyendoiso.docx (blind set 9) with the npm package `docx`.
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

const rows = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
  ['I', 'Phát triển hạ tầng số và dữ liệu số', '', '', ''],
  [
    '1',
    'Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ',
    'Sở Thông tin và Truyền thông',
    'Sở Tài chính',
    'Quý IV/2024',
  ],
  ['2', 'Xây dựng kho dữ liệu dùng chung và nền tảng chia sẻ dữ liệu của tỉnh', 'Sở TT&TT', 'Các sở, ban, ngành', 'Năm 2025'],
  [
    '3',
    'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực',
    'Văn phòng UBND tỉnh',
    'Sở Nội vụ; Sở TT&TT',
    'Trước ngày 31/12/2024',
  ],
  ['II', 'Chính quyền số, kinh tế số và xã hội số', '', '', ''],
  ['4', 'Triển khai hồ sơ sức khỏe điện tử tại các cơ sở khám, chữa bệnh', 'Sở Y tế', 'Sở TT&TT; Bảo hiểm xã hội tỉnh', '2024 - 2025'],
  ['5', 'Xây dựng học liệu số, bài giảng điện tử dùng chung cho các trường phổ thông', 'Sở Giáo dục và Đào tạo', '', 'Tháng 12/2024'],
  [
    '6',
    'Đưa sản phẩm OCOP, nông sản chủ lực lên các sàn thương mại điện tử',
    'Sở Công thương; Sở Nông nghiệp và PTNT',
    'UBND các huyện, thị xã, thành phố',
    'Thường xuyên',
  ],
  [
    '7',
    'Kiện toàn, duy trì hoạt động của Tổ công nghệ số cộng đồng tại thôn, tổ dân phố',
    'UBND các huyện, thị xã, thành phố',
    'Sở TT&TT',
    'Quý III/2024',
  ],
  ['8', 'Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức', 'Sở Nội vụ', 'Sở TT&TT; Sở Khoa học và Công nghệ', 'Hằng năm'],
];

const children = [
  p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  p('Độc lập - Tự do - Hạnh phúc'),
  p('Số: 1672/QĐ-UBND'),
  p('Hà Nam, ngày 15 tháng 8 năm 2024', { italics: true }),
  p('QUYẾT ĐỊNH', { bold: true, center: true }),
  p('Ban hành Kế hoạch thúc đẩy chuyển đổi số và phát triển dữ liệu số tỉnh Hà Nam năm 2024 - 2025', { bold: true, center: true }),
  p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true, center: true }),
  p(
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  ),
  p(
    'Căn cứ Quyết định số 1186/QĐ-TTg ngày 02/7/2024 của Thủ tướng Chính phủ phê duyệt Chương trình thúc đẩy phát triển và sử dụng dữ liệu số quốc gia giai đoạn 2024 - 2025;',
  ),
  p('Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 118/TTr-STTTT ngày 06/8/2024.'),
  p('QUYẾT ĐỊNH:', { bold: true, center: true }),
  p('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thúc đẩy chuyển đổi số và phát triển dữ liệu số tỉnh Hà Nam năm 2024 - 2025.'),
  p('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'),
  p(
    'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Thủ trưởng các ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  ),
  p('Nơi nhận: - Như Điều 3; - Bộ Thông tin và Truyền thông; - TTTU, TT HĐND tỉnh; - Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true }),
  p('KT. CHỦ TỊCH', { bold: true }),
  p('PHÓ CHỦ TỊCH', { bold: true }),
  p('Lê Đình Thuận', { bold: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Thúc đẩy chuyển đổi số và phát triển dữ liệu số tỉnh Hà Nam năm 2024 - 2025', { bold: true, center: true }),
  p('(Kèm theo Quyết định số 1672/QĐ-UBND ngày 15/8/2024 của UBND tỉnh Hà Nam)', { italics: true, center: true }),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '1. Triển khai có hiệu quả Quyết định số 1186/QĐ-TTg, tạo chuyển biến rõ nét về phát triển, khai thác và sử dụng dữ liệu số trong các cơ quan nhà nước của tỉnh.',
  ),
  p('2. Xác định rõ nhiệm vụ, cơ quan chủ trì, thời gian thực hiện; bảo đảm đồng bộ với Kế hoạch chuyển đổi số của tỉnh.'),
  p('II. MỤC TIÊU', { bold: true }),
  p(
    'Đến hết năm 2025: 100% cơ sở dữ liệu dùng chung của tỉnh được kết nối với nền tảng chia sẻ dữ liệu; ít nhất 80% hồ sơ thủ tục hành chính được số hóa; khoảng 70% dân số có hồ sơ sức khỏe điện tử.',
  ),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('Các nhiệm vụ cụ thể được phân công tại bảng sau:'),
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => row(r, i === 0)) }),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Thông tin và Truyền thông: Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
  ),
  p(
    '2. Sở Tài chính, Sở Kế hoạch và Đầu tư: Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí chi thường xuyên và vốn đầu tư phát triển để thực hiện các nhiệm vụ của Kế hoạch.',
  ),
  p(
    '3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố: Chủ động triển khai các nhiệm vụ được giao; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 10 của tháng cuối quý.',
  ),
];

const doc = new Document({ sections: [{ children }] });
const out = join(dirname(fileURLToPath(import.meta.url)), 'hnam-2024-qd-chuyendoiso.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
