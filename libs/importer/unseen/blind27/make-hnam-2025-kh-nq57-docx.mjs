// Builds hnam-2025-kh-nq57.docx beside this script (npm package `docx`, taken from the repository's node_modules).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    indent: opts.indent ? { left: 360 } : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italic, size: 26, font: 'Times New Roman' })],
  });

const body = [
  p('ỦY BAN NHÂN DÂN', { center: true }),
  p('TỈNH HÀ NAM', { center: true, bold: true }),
  p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
  p('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
  p('Số: 112/KH-UBND'),
  p('Hà Nam, ngày 11 tháng 4 năm 2025', { right: true, italic: true }),
  p('KẾ HOẠCH', { center: true, bold: true }),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Hà Nam năm 2025 - 2026',
    { center: true, bold: true },
  ),
  p(
    'Thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; Chương trình hành động số 31-CTr/TU ngày 20/02/2025 của Tỉnh ủy Hà Nam, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '- Tạo chuyển biến mạnh mẽ trong nhận thức và hành động của các cấp, các ngành về vai trò đột phá của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
  ),
  p(
    '- Phân công nhiệm vụ cụ thể, gắn với trách nhiệm người đứng đầu; bảo đảm tính khả thi, phù hợp với việc sắp xếp tổ chức bộ máy năm 2025.',
  ),
  p('II. MỤC TIÊU', { bold: true }),
  p(
    'Đến hết năm 2026: kinh tế số đạt khoảng 20% GRDP; 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; chỉ số đổi mới sáng tạo cấp tỉnh (PII) thuộc nhóm 20 tỉnh dẫn đầu.',
  ),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('1. Hoàn thiện thể chế, kiện toàn tổ chức bộ máy', { bold: true }),
  p(
    'Giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo của tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; rà soát chức năng, nhiệm vụ của các cơ quan, đơn vị sau hợp nhất, hoàn thành trong Quý II/2025.',
  ),
  p('2. Phát triển hạ tầng số, hạ tầng dữ liệu', { bold: true }),
  p('Triển khai Đề án nâng cấp hạ tầng số của tỉnh năm 2025, với các nội dung chính:'),
  p('- Phủ sóng 5G tại 100% khu công nghiệp, trung tâm các huyện, thị xã, thành phố;', { indent: true }),
  p('- Nâng cấp Trung tâm dữ liệu tỉnh đáp ứng tiêu chuẩn Tier III, bảo đảm an toàn thông tin cấp độ 3;', { indent: true }),
  p('- Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu chuyên ngành.', { indent: true }),
  p('Đơn vị chủ trì: Sở Khoa học và Công nghệ.'),
  p('Đơn vị phối hợp: Công an tỉnh, các doanh nghiệp viễn thông trên địa bàn.'),
  p('Thời gian: năm 2025.'),
  p('3. Chuyển đổi số trong y tế, giáo dục', { bold: true }),
  p(
    'a) Sở Y tế: triển khai bệnh án điện tử tại 100% bệnh viện tuyến tỉnh, kết nối liên thông với trạm y tế xã, hoàn thành trước ngày 30/9/2025.',
  ),
  p('b) Sở Giáo dục và Đào tạo: triển khai học bạ số, sổ điểm điện tử tại 100% trường phổ thông từ năm học 2025 - 2026.'),
  p(
    '4. Phát triển nguồn nhân lực chất lượng cao: Sở Nội vụ và Sở Giáo dục và Đào tạo đồng chủ trì xây dựng chính sách thu hút, trọng dụng chuyên gia, nhà khoa học, kỹ sư công nghệ số về làm việc tại tỉnh; thực hiện 2025 - 2026.',
  ),
  p('5. Bảo đảm nguồn lực tài chính', { bold: true }),
  p(
    'Sở Tài chính chủ trì tham mưu UBND tỉnh bố trí tối thiểu 3% tổng chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số từ năm 2025 và các năm tiếp theo; ưu tiên vốn đầu tư công cho các dự án hạ tầng số.',
  ),
  p('6. Ứng dụng khoa học, công nghệ trong nông nghiệp và môi trường', { bold: true }),
  p(
    'Xây dựng 03 mô hình nông nghiệp thông minh ứng dụng IoT, cảm biến quan trắc môi trường tại các vùng sản xuất tập trung, Sở Nông nghiệp và Môi trường thực hiện, phối hợp với Sở Khoa học và Công nghệ, UBND các huyện, thị xã, thành phố; hoàn thành trong tháng 11/2025.',
  ),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: chủ trì theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện 6 tháng đầu năm 2025, báo cáo UBND tỉnh trước ngày 20/6/2025.',
  ),
  p(
    '2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: căn cứ Kế hoạch xây dựng kế hoạch cụ thể của cơ quan, đơn vị, địa phương; định kỳ hằng quý (trước ngày 15 tháng cuối quý) báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.',
  ),
  p(
    '3. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục tuyên truyền về Nghị quyết số 57-NQ/TW và phong trào "Bình dân học vụ số".',
  ),
  p(
    'Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, chỉ đạo./.',
  ),
  p('Nơi nhận:', { bold: true, italic: true }),
  p('- Văn phòng Trung ương Đảng (b/c);'),
  p('- Bộ Khoa học và Công nghệ (b/c);'),
  p('- TTTU, TTHĐND tỉnh (b/c);'),
  p('- Chủ tịch, các PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { bold: true, right: true }),
  p('KT. CHỦ TỊCH', { bold: true, right: true }),
  p('PHÓ CHỦ TỊCH', { bold: true, right: true }),
  p('Nguyễn Anh Chức', { bold: true, right: true }),
];

const doc = new Document({ sections: [{ children: body }] });
const buf = await Packer.toBuffer(doc);
writeFileSync(join(here, 'hnam-2025-kh-nq57.docx'), buf);
console.log('wrote', join(here, 'hnam-2025-kh-nq57.docx'), buf.length, 'bytes');
