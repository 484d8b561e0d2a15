// Generates bgi-2024-kh-nangsuat.docx with the npm package `docx` from /work/main.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const P = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic })],
  });

const body = [
  P('UBND TỈNH BẮC GIANG', { center: true }),
  P('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { center: true, bold: true }),
  P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
  P('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
  P('Số: 45/KH-KHCN'),
  P('Bắc Giang, ngày 12 tháng 3 năm 2024', { italic: true }),
  P('KẾ HOẠCH', { center: true, bold: true }),
  P('Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Bắc Giang năm 2024', { center: true, bold: true }),
  P(
    'Thực hiện Kế hoạch số 37/KH-UBND ngày 26/01/2024 của UBND tỉnh Bắc Giang triển khai Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất dựa trên khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2021 - 2030 (Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ) năm 2024, Sở Khoa học và Công nghệ xây dựng Kế hoạch thực hiện như sau:',
  ),
  P('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  P(
    '- Cụ thể hóa các nhiệm vụ được UBND tỉnh giao; nâng cao nhận thức của doanh nghiệp về năng suất, chất lượng; hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất.',
  ),
  P('- Phân công rõ trách nhiệm của các phòng, đơn vị trực thuộc Sở; bảo đảm tiến độ, hiệu quả.'),
  P('II. NHIỆM VỤ CỤ THỂ', { bold: true }),
  P('1. Tuyên truyền, phổ biến kiến thức về năng suất, chất lượng, tiêu chuẩn, đo lường cho cộng đồng doanh nghiệp.'),
  P('- Đơn vị chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.'),
  P('- Đơn vị phối hợp: Văn phòng Sở.'),
  P('- Thời gian thực hiện: Thường xuyên.'),
  P('2. Hỗ trợ ít nhất 10 doanh nghiệp áp dụng hệ thống quản lý ISO 9001, công cụ 5S, Kaizen, Lean.'),
  P('- Đơn vị chủ trì: Chi cục TĐC.'),
  P('- Đơn vị phối hợp: Phòng Kế hoạch - Tài chính.'),
  P('- Thời gian hoàn thành: Quý III/2024.'),
  P(
    '3. Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong hoạt động của Sở; công bố lại Hệ thống quản lý chất lượng sau khi cập nhật quy trình.',
  ),
  P('- Đơn vị chủ trì: Văn phòng Sở.'),
  P('- Thời gian hoàn thành: trước ngày 30/6/2024.'),
  P('4. Xác định, tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh về nâng cao năng suất, chất lượng thực hiện từ năm 2025.'),
  P('- Đơn vị chủ trì: Phòng Quản lý Khoa học.'),
  P('- Đơn vị phối hợp: Phòng KHTC, Chi cục Tiêu chuẩn Đo lường Chất lượng.'),
  P('- Thời gian hoàn thành: tháng 5/2024.'),
  P('5. Hỗ trợ doanh nghiệp đổi mới công nghệ, thiết bị; đánh giá trình độ công nghệ sản xuất của một số ngành, lĩnh vực chủ lực.'),
  P('- Đơn vị chủ trì: Phòng Quản lý chuyên ngành.'),
  P('- Đơn vị phối hợp: Trung tâm Ứng dụng khoa học và công nghệ.'),
  P('- Thời gian hoàn thành: năm 2024.'),
  P('6. Trung tâm Ứng dụng khoa học và công nghệ thực hiện các nội dung sau:'),
  P('a) Tư vấn, hướng dẫn doanh nghiệp nhỏ và vừa xây dựng, áp dụng tiêu chuẩn cơ sở, công bố hợp chuẩn, hợp quy (trong Quý II/2024).'),
  P(
    'b) Chuyển giao ít nhất 02 quy trình công nghệ nâng cao năng suất trong chế biến nông sản cho hợp tác xã, doanh nghiệp (hoàn thành tháng 11/2024).',
  ),
  P('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
  P(
    '1. Phòng Kế hoạch - Tài chính: Tham mưu bố trí kinh phí từ nguồn sự nghiệp khoa học và công nghệ năm 2024 để thực hiện các nhiệm vụ của Kế hoạch; hướng dẫn thanh, quyết toán theo quy định.',
  ),
  P(
    '2. Các phòng, đơn vị trực thuộc Sở: Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện, báo cáo kết quả về Chi cục Tiêu chuẩn Đo lường Chất lượng trước ngày 10/12/2024 để tổng hợp, báo cáo UBND tỉnh.',
  ),
  P('Trên đây là Kế hoạch nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2024 của Sở Khoa học và Công nghệ tỉnh Bắc Giang./.'),
  P('Nơi nhận:', { bold: true }),
  P('- UBND tỉnh (b/c);'),
  P('- Lãnh đạo Sở;'),
  P('- Các phòng, đơn vị thuộc Sở;'),
  P('- Lưu: VT, TĐC.'),
  P('GIÁM ĐỐC', { center: true, bold: true }),
  P('(Đã ký)', { center: true, italic: true }),
  P('Nguyễn Văn Lượng', { center: true, bold: true }),
];

const doc = new Document({ sections: [{ children: body }] });
writeFileSync(join(here, 'bgi-2024-kh-nangsuat.docx'), await Packer.toBuffer(doc));
console.log('written');
