// Builds hnam-2025-kh-nq57.docx beside this script: node make-hnam-2025-kh-nq57-docx.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire('/work/main/node_modules/');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const FONT = 'Times New Roman';

const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, font: FONT, size: 26 })],
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cell = (lines) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none },
    children: lines.map(([t, bold]) => p(t, { center: true, bold })),
  });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: noBorders,
  rows: [
    new TableRow({
      children: [
        cell([
          ['ỦY BAN NHÂN DÂN', false],
          ['TỈNH HÀ NAM', true],
        ]),
        cell([
          ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
          ['Độc lập - Tự do - Hạnh phúc', true],
        ]),
      ],
    }),
    new TableRow({
      children: [cell([['Số: 412/KH-UBND', false]]), cell([['Hà Nam, ngày 14 tháng 02 năm 2025', false]])],
    }),
  ],
});

const body = [
  p('KẾ HOẠCH', { center: true, bold: true }),
  p(
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    { center: true, bold: true },
  ),
  p(
    'Thực hiện Nghị quyết số 71/NQ-CP ngày 10/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch số 215-KH/TU ngày 20/01/2025 của Tỉnh ủy Hà Nam, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
  ),
  p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
  p(
    '1. Quán triệt đầy đủ, sâu sắc quan điểm, mục tiêu, nhiệm vụ và giải pháp của Nghị quyết số 57-NQ/TW; xác định phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu của tỉnh.',
  ),
  p('2. Phân công cụ thể nhiệm vụ, thời hạn và trách nhiệm của các cơ quan, đơn vị; bảo đảm thực hiện đồng bộ, hiệu quả, tránh hình thức.'),
  p('II. MỤC TIÊU ĐẾN NĂM 2030', { bold: true }),
  p(
    'Chi cho nghiên cứu phát triển đạt khoảng 2% GRDP; ít nhất 40% doanh nghiệp có hoạt động đổi mới sáng tạo; tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 80%.',
  ),
  p('III. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
  p('1. Nâng cao nhận thức, đột phá về đổi mới tư duy, quyết tâm chính trị', { bold: true }),
  p(
    'a) Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW đến 100% cán bộ chủ chốt các cấp; hoàn thành trong Quý I/2025 (Sở Nội vụ chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy).',
  ),
  p(
    'b) Xây dựng chuyên mục “Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số” trên Cổng thông tin điện tử tỉnh (Sở Thông tin và Truyền thông; thường xuyên).',
  ),
  p(
    '2. Hoàn thiện thể chế, chính sách: Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp rà soát các quy định của tỉnh về quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước, đề xuất sửa đổi theo hướng chấp nhận rủi ro, khoán chi đến sản phẩm cuối cùng; trình UBND tỉnh trong tháng 6/2025.',
  ),
  p('3. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', { bold: true }),
  p(
    '- Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu bố trí tối thiểu 3% tổng chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong dự toán năm 2026, hoàn thành trước ngày 15/11/2025.',
  ),
  p('- Sở Thông tin và Truyền thông: nâng cấp Trung tâm dữ liệu tỉnh, chuyển đổi hệ thống mạng sang IPv6; Quý IV/2025.'),
  p('- UBND các huyện, thị xã, thành phố hoàn thiện hạ tầng mạng truyền số liệu chuyên dùng đến cấp xã trong năm 2025.'),
  p(
    '4. Phát triển doanh nghiệp khoa học và công nghệ, thúc đẩy đổi mới sáng tạo trong doanh nghiệp. Sở Khoa học và Công nghệ chủ trì thực hiện, thời gian: 2025 - 2026.',
  ),
  p('- Khảo sát, lựa chọn doanh nghiệp có tiềm năng để ươm tạo thành doanh nghiệp khoa học và công nghệ;'),
  p('- Hỗ trợ doanh nghiệp xác lập quyền sở hữu trí tuệ, đổi mới công nghệ, liên kết với các viện, trường.'),
  p(
    '5. Chuyển đổi số trong hoạt động của cơ quan nhà nước: các sở, ban, ngành, UBND các huyện, thị xã, thành phố bảo đảm 100% hồ sơ thủ tục hành chính được số hoá, tái sử dụng dữ liệu đã số hoá; hoàn thành trước 30/9/2025.',
  ),
  p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
  p(
    '1. Sở Khoa học và Công nghệ: chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp báo cáo sơ kết 6 tháng gửi UBND tỉnh trước ngày 20/6/2025.',
  ),
  p('2. Sở Tài chính: bảo đảm kinh phí thực hiện Kế hoạch theo quy định; hướng dẫn thực hiện cơ chế khoán chi.'),
  p(
    '3. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố: xây dựng kế hoạch thực hiện của cơ quan, đơn vị mình; định kỳ hằng quý (trước ngày 15 tháng cuối quý) báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.',
  ),
  p(
    'Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.',
  ),
  p('Nơi nhận:', { bold: true, italics: true }),
  p('- Bộ KH&CN (b/c);'),
  p('- TT Tỉnh ủy, TT HĐND tỉnh (b/c);'),
  p('- Chủ tịch, các PCT UBND tỉnh;'),
  p('- Các sở, ban, ngành;'),
  p('- UBND các huyện, thị xã, thành phố;'),
  p('- Lưu: VT, KGVX.'),
  p('TM. ỦY BAN NHÂN DÂN', { center: true, bold: true }),
  p('KT. CHỦ TỊCH', { center: true, bold: true }),
  p('PHÓ CHỦ TỊCH', { center: true, bold: true }),
  p('Phạm Văn Hòa', { center: true, bold: true }),
];

const doc = new Document({ sections: [{ children: [header, ...body] }] });
const out = join(here, 'hnam-2025-kh-nq57.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log('wrote', out);
