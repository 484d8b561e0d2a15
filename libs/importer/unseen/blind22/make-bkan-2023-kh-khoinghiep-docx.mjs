// Generates bkan-2023-kh-khoinghiep.docx (blind22) with the npm package `docx` from /work/main.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, AlignmentType, Table, TableRow, TableCell, WidthType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const p = (text, opts = {}) =>
  new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold: !!opts.bold })] });

const cell = (t) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [p(t)] });
const header = new Table({
  rows: [
    new TableRow({ children: [cell('ỦY BAN NHÂN DÂN TỈNH BẮC KẠN'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')] }),
    new TableRow({ children: [cell('Số: 118/KH-UBND'), cell('Độc lập - Tự do - Hạnh phúc')] }),
  ],
});

const body = [
  p('Bắc Kạn, ngày 06 tháng 3 năm 2023', { center: true }),
  p('KẾ HOẠCH', { bold: true, center: true }),
  p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2023', { bold: true, center: true }),
  p(
    'Căn cứ Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025”; Đề án hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn đến năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2023 như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Tạo môi trường thuận lợi hỗ trợ cá nhân, nhóm khởi nghiệp và doanh nghiệp khởi nghiệp đổi mới sáng tạo; phấn đấu trong năm 2023 hỗ trợ ít nhất 05 dự án khởi nghiệp, 02 doanh nghiệp khởi nghiệp gọi được vốn đầu tư.',
  ),
  p('II. NHIỆM VỤ', { bold: true }),
  p('1. Tổ chức Cuộc thi “Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn năm 2023”'),
  p('- Cơ quan chủ trì: Sở Khoa học và Công nghệ.'),
  p('- Cơ quan phối hợp: Tỉnh đoàn Bắc Kạn; Sở Kế hoạch và Đầu tư.'),
  p('- Thời gian hoàn thành: tháng 10/2023.'),
  p('2. Hỗ trợ thành lập và vận hành Không gian hỗ trợ khởi nghiệp đổi mới sáng tạo tại thành phố Bắc Kạn'),
  p('- Cơ quan chủ trì: Sở KH&CN; Trường Cao đẳng Bắc Kạn.'),
  p('- Thời gian hoàn thành: Quý IV/2023.'),
  p('3. Kết nối các dự án khởi nghiệp với nhà đầu tư, quỹ đầu tư mạo hiểm, các tổ chức thúc đẩy kinh doanh trong và ngoài tỉnh'),
  p('- Cơ quan chủ trì: Sở Kế hoạch và Đầu tư.'),
  p('- Cơ quan phối hợp: Sở KH&CN, Hiệp hội doanh nghiệp tỉnh.'),
  p('- Thời gian thực hiện: thường xuyên.'),
  p('4. Tập huấn kiến thức khởi nghiệp trong lĩnh vực nông nghiệp cho thanh niên nông thôn, thành viên hợp tác xã'),
  p('- Cơ quan chủ trì: Sở Nông nghiệp và PTNT.'),
  p('- Cơ quan phối hợp: UBND các huyện, thành phố.'),
  p('- Thời gian hoàn thành: trước ngày 30/11/2023.'),
  p('5. Tuyên truyền về khởi nghiệp đổi mới sáng tạo trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh và mạng xã hội'),
  p('- Cơ quan chủ trì: Sở Thông tin và Truyền thông.'),
  p('- Thời gian thực hiện: năm 2023.'),
  p(
    '6. Rà soát, đánh giá chính sách hỗ trợ khởi nghiệp của tỉnh, đề xuất sửa đổi, bổ sung cho phù hợp với tình hình thực tế (thời gian: 6 tháng đầu năm 2024).',
  ),
  p('III. KINH PHÍ THỰC HIỆN', { bold: true }),
  p('Tổng kinh phí dự kiến: 1.250 triệu đồng, từ nguồn sự nghiệp khoa học và công nghệ năm 2023 và nguồn xã hội hóa.'),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2023.',
  ),
  p('2. Sở Tài chính thẩm định, bố trí kinh phí thực hiện Kế hoạch theo quy định.'),
  p(
    '3. UBND các huyện, thành phố thường xuyên phổ biến, lựa chọn và giới thiệu các ý tưởng, dự án khởi nghiệp trên địa bàn tham gia các hoạt động của Kế hoạch.',
  ),
  p('Nơi nhận:'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- CT, PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành; UBND các huyện, thành phố;'),
  p('- Lưu: VT, Tuấn.'),
  p('KT. CHỦ TỊCH', { bold: true, center: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
  p('Đinh Quang Tuyên', { bold: true, center: true }),
];

const doc = new Document({ sections: [{ children: [header, ...body] }] });
writeFileSync(join(here, 'bkan-2023-kh-khoinghiep.docx'), await Packer.toBuffer(doc));
console.log('written');
