// Writes ha-nam-64-kh-ubnd.docx (a blind-set document with a real Word task table):
// `node libs/importer/unseen/blind4/make-ha-nam-64-kh-ubnd-docx.mjs`. The committed .docx is the
// document scored; this script only says how it was made.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { writeFileSync } from 'node:fs';

const p = (text, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (...lines) => new TableCell({ children: lines.map((l) => p(l)) });
const row = (...cells) => new TableRow({ children: cells.map((c) => (Array.isArray(c) ? cell(...c) : cell(c))) });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    row('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kết quả, sản phẩm'),
    row(
      '1',
      'Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam đến năm 2025',
      'Sở Khoa học và Công nghệ',
      ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
      'Quý III/2021',
      'Đề án trình UBND tỉnh phê duyệt',
    ),
    row(
      '2',
      'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam',
      'Sở Khoa học và Công nghệ',
      ['Tỉnh đoàn Hà Nam', 'Sở Công thương'],
      'Tháng 11/2021',
      'Ngày hội được tổ chức',
    ),
    row(
      '3',
      'Đưa nội dung khởi nghiệp vào hoạt động ngoại khóa của các trường trung học phổ thông',
      'Sở Giáo dục và Đào tạo',
      'Sở Khoa học và Công nghệ',
      'Hằng năm',
      'Kế hoạch năm học',
    ),
    row(
      '4',
      'Hỗ trợ doanh nghiệp khởi nghiệp tiếp cận nguồn vốn từ Quỹ phát triển khoa học và công nghệ',
      ['Sở Tài chính', 'Sở Khoa học và Công nghệ'],
      'Sở Kế hoạch và Đầu tư',
      '2021 - 2022',
      'Số doanh nghiệp được hỗ trợ',
    ),
    row(
      '5',
      'Xây dựng chuyên trang khởi nghiệp đổi mới sáng tạo trên Cổng thông tin điện tử tỉnh',
      'Sở Thông tin và Truyền thông',
      'Sở Khoa học và Công nghệ',
      'Trước 30/6/2021',
      'Chuyên trang hoạt động',
    ),
    row(
      '6',
      'Hỗ trợ hình thành điểm giới thiệu sản phẩm khởi nghiệp nông nghiệp tại các huyện, thị xã',
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Năm 2022',
      'Ít nhất 01 điểm mỗi huyện',
    ),
    row(
      '7',
      'Tuyên truyền về tinh thần khởi nghiệp trên các phương tiện thông tin đại chúng',
      'Sở Thông tin và Truyền thông',
      ['Ban Tuyên giáo Tỉnh ủy', 'Báo Hà Nam', 'Đài Phát thanh và Truyền hình Hà Nam'],
      'Thường xuyên',
      'Tin, bài, phóng sự',
    ),
  ],
});

const doc = new Document({
  sections: [
    {
      children: [
        p('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', true),
        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
        p('Độc lập - Tự do - Hạnh phúc'),
        p('Số: 64/KH-UBND'),
        p('Hà Nam, ngày 11 tháng 01 năm 2021'),
        p('KẾ HOẠCH', true),
        p('Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hà Nam năm 2021 - 2022', true),
        p(
          'Thực hiện Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025", Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2021 - 2022 như sau:',
        ),
        p('I. MỤC TIÊU', true),
        p('Hỗ trợ ít nhất 10 dự án khởi nghiệp đổi mới sáng tạo; khoảng 05 doanh nghiệp khởi nghiệp gọi được vốn đầu tư.'),
        p('II. NHIỆM VỤ CỤ THỂ', true),
        p('Các nhiệm vụ được phân công cụ thể như sau:'),
        table,
        p('III. TỔ CHỨC THỰC HIỆN', true),
        p(
          'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các Sở, ban, ngành theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.',
        ),
        p(
          'Các cơ quan, đơn vị được giao nhiệm vụ chủ động bố trí nguồn lực, triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo về Sở Khoa học và Công nghệ để tổng hợp./.',
        ),
        p('TM. ỦY BAN NHÂN DÂN', true),
        p('KT. CHỦ TỊCH', true),
        p('PHÓ CHỦ TỊCH', true),
        p('Trương Quốc Huy', true),
      ],
    },
  ],
});

writeFileSync(new URL('./ha-nam-64-kh-ubnd.docx', import.meta.url), await Packer.toBuffer(doc));
