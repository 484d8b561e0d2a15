// Generates hnam-2024-qd-doimoisangtao.docx (blind18) with the npm package `docx`.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(join('/work/main', 'package.json'));
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');

const here = dirname(fileURLToPath(import.meta.url));
const p = (text, opts = {}) =>
  new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold: !!opts.bold })] });
const cell = (text) => new TableCell({ children: text.split('\n').map((t) => p(t)) });
const row = (cells) => new TableRow({ children: cells.map(cell) });

const header = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']),
    row(['Số: 705/QĐ-UBND', 'Hà Nam, ngày 17 tháng 5 năm 2024']),
  ],
});

const tasks = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']),
    row([
      '1',
      'Xây dựng, vận hành Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam',
      'Sở KH&CN',
      'Sở Thông tin và Truyền thông',
      'Quý III/2024',
      'Cổng thông tin được vận hành',
    ]),
    row([
      '2',
      'Tổ chức Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam',
      'Sở Khoa học và Công nghệ; Tỉnh đoàn Hà Nam',
      'Sở GD&ĐT',
      'Hằng năm',
      'Cuộc thi được tổ chức',
    ]),
    row([
      '3',
      'Hỗ trợ ít nhất 05 doanh nghiệp khởi nghiệp đổi mới sáng tạo tiếp cận quỹ đầu tư, nhà đầu tư thiên thần',
      'Sở Kế hoạch và Đầu tư',
      'Sở KH&CN, Sở Tài chính',
      '2024 - 2025',
      'Doanh nghiệp được kết nối đầu tư',
    ]),
    row([
      '4',
      'Tập huấn kỹ năng khởi nghiệp cho học sinh trung học phổ thông, học sinh giáo dục nghề nghiệp',
      'Sở Giáo dục và Đào tạo',
      'Sở Khoa học và Công nghệ',
      'Tháng 11/2024',
      'Các lớp tập huấn',
    ]),
    row([
      '5',
      'Hình thành 01 không gian làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo',
      'Sở KHCN',
      'UBND thành phố Phủ Lý',
      'Trước 31/12/2025',
      'Không gian làm việc chung',
    ]),
    row([
      '6',
      'Hỗ trợ doanh nghiệp, hợp tác xã nông nghiệp ứng dụng công nghệ mới, công nghệ cao',
      'Sở Nông nghiệp và PTNT',
      'Sở KH&CN; UBND các huyện, thị xã, thành phố',
      '2025',
      'Mô hình ứng dụng',
    ]),
  ],
});

const sign = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row([
      'Nơi nhận:\n- Như Điều 3;\n- Bộ KH&CN (để b/c);\n- TTTU, TT HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KGVX.',
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Thị Thanh Hương',
    ]),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        header,
        p(''),
        p('QUYẾT ĐỊNH', { bold: true, center: true }),
        p('Ban hành Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 - 2025', { bold: true, center: true }),
        p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', { bold: true, center: true }),
        p(
          'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
        ),
        p(
          'Căn cứ Quyết định số 188/QĐ-TTg ngày 29/01/2024 của Thủ tướng Chính phủ về Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia giai đoạn mới;',
        ),
        p('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 61/TTr-SKHCN ngày 06/5/2024.'),
        p('QUYẾT ĐỊNH:', { bold: true, center: true }),
        p(
          'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 - 2025.',
        ),
        p('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'),
        p(
          'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Kế hoạch và Đầu tư, Tài chính; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.',
        ),
        sign,
        p(''),
        p('KẾ HOẠCH', { bold: true, center: true }),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2024 - 2025', { bold: true, center: true }),
        p('(Kèm theo Quyết định số 705/QĐ-UBND ngày 17/5/2024 của Ủy ban nhân dân tỉnh Hà Nam)', { center: true }),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p(
          'Tạo môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển doanh nghiệp khởi nghiệp đổi mới sáng tạo; huy động các nguồn lực xã hội tham gia đầu tư cho khởi nghiệp.',
        ),
        p('II. MỤC TIÊU', { bold: true }),
        p(
          'Đến hết năm 2025: hỗ trợ ít nhất 10 dự án khởi nghiệp đổi mới sáng tạo; 05 doanh nghiệp khởi nghiệp gọi được vốn đầu tư; khoảng 500 học sinh, sinh viên được tập huấn về khởi nghiệp.',
        ),
        p('III. NHIỆM VỤ CỤ THỂ', { bold: true }),
        p('Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian thực hiện theo bảng sau:'),
        tasks,
        p('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
        p(
          '1. Sở Khoa học và Công nghệ: Hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.',
        ),
        p(
          '2. Sở Tài chính: Tham mưu bố trí kinh phí sự nghiệp khoa học và công nghệ hằng năm để thực hiện các nhiệm vụ của Kế hoạch theo quy định.',
        ),
        p(
          '3. UBND các huyện, thị xã, thành phố: Tuyên truyền, phát hiện và giới thiệu các dự án khởi nghiệp trên địa bàn tham gia các chương trình hỗ trợ của tỉnh.',
        ),
      ],
    },
  ],
});

writeFileSync(join(here, 'hnam-2024-qd-doimoisangtao.docx'), await Packer.toBuffer(doc));
console.log('wrote hnam-2024-qd-doimoisangtao.docx');
