import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, AlignmentType, Table, TableRow, TableCell, WidthType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics })],
  });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    new TableRow({
      children: [
        new TableCell({
          children: [
            p('ỦY BAN NHÂN DÂN', { center: true, bold: true }),
            p('TỈNH HÀ NAM', { center: true, bold: true }),
            p('Số: 412/KH-UBND', { center: true }),
          ],
        }),
        new TableCell({
          children: [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
            p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
            p('Hà Nam, ngày 19 tháng 02 năm 2024', { center: true, italics: true }),
          ],
        }),
      ],
    }),
  ],
});

const body = [
  p('KẾ HOẠCH', { center: true, bold: true }),
  p('Chuyển đổi số, phát triển kinh tế số và xã hội số tỉnh Hà Nam năm 2024', { center: true, bold: true }),
  p(
    'Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030; Nghị quyết số 08-NQ/TU ngày 12/10/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Hà Nam, Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2024 như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    'Tiếp tục triển khai đồng bộ các nhiệm vụ chuyển đổi số trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số; phấn đấu tỷ trọng kinh tế số đạt khoảng 15% GRDP, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.',
  ),
  p('II. NHIỆM VỤ TRỌNG TÂM', { bold: true }),
  p('1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện các nhiệm vụ sau:'),
  p(
    '- Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia; hoàn thành trong Quý III/2024.',
  ),
  p('- Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và thành viên Tổ công nghệ số cộng đồng; thực hiện thường xuyên.'),
  p('- Xây dựng Kho dữ liệu dùng chung của tỉnh, ưu tiên các cơ sở dữ liệu về đất đai, dân cư, doanh nghiệp; hoàn thành tháng 11/2024.'),
  p(
    '2. Phát triển kinh tế số trong doanh nghiệp: Sở Công Thương chủ trì, phối hợp với Sở KH&ĐT hỗ trợ doanh nghiệp nhỏ và vừa, chủ thể OCOP đưa sản phẩm lên các sàn thương mại điện tử, ứng dụng nền tảng số trong quản trị; thực hiện trong năm 2024.',
  ),
  p(
    '3. Chuyển đổi số trong lĩnh vực y tế: Trong 6 tháng đầu năm 2024, Sở Y tế hoàn thành triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh và Bệnh viện Sản Nhi; thanh toán không dùng tiền mặt tại các cơ sở khám, chữa bệnh công lập.',
  ),
  p(
    '4. Chuyển đổi số trong giáo dục: Sở Giáo dục và Đào tạo chủ trì triển khai học bạ số, sổ điểm điện tử, hồ sơ điện tử của nhà trường trong các cơ sở giáo dục phổ thông, thực hiện giai đoạn 2024 - 2025.',
  ),
  p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Thông tin và Truyền thông là cơ quan thường trực của Ban Chỉ đạo chuyển đổi số tỉnh, hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý.',
  ),
  p(
    '2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số năm 2024 từ nguồn chi thường xuyên; hướng dẫn các đơn vị sử dụng kinh phí đúng quy định.',
  ),
  p(
    '3. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: Căn cứ Kế hoạch này xây dựng kế hoạch chuyển đổi số năm 2024 của cơ quan, đơn vị, hoàn thành trước ngày 15/3/2024; định kỳ 6 tháng, hằng năm báo cáo kết quả về Sở TT&TT để tổng hợp.',
  ),
  p('Nơi nhận:', { bold: true }),
  p('- Bộ Thông tin và Truyền thông (để b/c);'),
  p('- TTTU, TTHĐND tỉnh (để b/c);'),
  p('- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { center: true, bold: true }),
  p('KT. CHỦ TỊCH', { center: true, bold: true }),
  p('PHÓ CHỦ TỊCH', { center: true, bold: true }),
  p('Lê Thị Thủy', { center: true, bold: true }),
];

const doc = new Document({ sections: [{ children: [header, ...body] }] });
writeFileSync(join(here, 'hnam-2024-kh-chuyendoiso.docx'), await Packer.toBuffer(doc));
console.log('written');
