import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Rules of reader 1.15, each on a made-up text.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 9/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển thị trường công nghệ', '', ...lines), TEST_CONTEXT));

describe('items and parts', () => {
  it('reads "Mục 1." inside a Roman section as its numbered item, its bullets with their own leads as tasks', () => {
    expect(
      rows(
        'II. NỘI DUNG THỰC HIỆN',
        'Mục 1. Hạ tầng công nghệ',
        '- Xây dựng sàn giao dịch công nghệ; Sở Công Thương chủ trì, hoàn thành trong năm 2026.',
        '- Sở Tài chính bố trí kinh phí hằng năm.',
        'Mục 2. Nhân lực',
        '- Sở Khoa học và Công nghệ tổ chức tập huấn; hoàn thành Quý II/2026.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], null],
      ['II.2', ['tinh-a.so-khcn'], [], '2026-06-30'],
    ]);
  });

  it('reads a "Phần" heading\'s title without the words of its first item', () => {
    expect(
      rows(
        'Phần I. NHIỆM VỤ',
        '1. Sở Công Thương chủ trì khảo sát nhu cầu công nghệ.',
        '',
        'Phần II. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Khoa học và Công nghệ: theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.',
      ).map((r) => r.slice(1)),
    ).toEqual([
      [['tinh-a.so-cong-thuong'], [], null],
      [['tinh-a.so-khcn'], [], null],
    ]);
  });
});

describe('duties written as unnumbered paragraphs', () => {
  it("reads each paragraph opening with its agency as that agency's duty, not the closing text", () => {
    expect(
      rows(
        'I. NHIỆM VỤ',
        '1. Sở Công Thương chủ trì khảo sát nhu cầu công nghệ.',
        'II. TỔ CHỨC THỰC HIỆN',
        'Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện',
        'Kế hoạch; tổng hợp, báo cáo UBND tỉnh.',
        'Sở Tài chính tham mưu bố trí kinh phí, trình UBND tỉnh trong tháng 11/2026.',
        '',
        'Trong quá trình thực hiện, nếu có vướng mắc, Sở Tài chính báo cáo UBND tỉnh./.',
      ),
    ).toEqual([
      ['I.1', ['tinh-a.so-cong-thuong'], [], null],
      ['II.1', ['tinh-a.so-khcn'], [], null],
      ['II.2', ['tinh-a.so-tai-chinh'], [], '2026-11-30'],
    ]);
  });

  it('leaves a section opening with its own text ("Căn cứ …") as free text', () => {
    expect(
      rows(
        'I. NHIỆM VỤ',
        '1. Sở Công Thương chủ trì khảo sát nhu cầu công nghệ.',
        'II. TỔ CHỨC THỰC HIỆN',
        'Căn cứ Kế hoạch, Sở Khoa học và Công nghệ phối hợp với các đơn vị triển khai.',
        '',
        'Sở Tài chính bố trí kinh phí.',
        '',
        'Sở Công Thương phối hợp thực hiện.',
      ),
    ).toEqual([['I.1', ['tinh-a.so-cong-thuong'], [], null]]);
  });
});

describe('group headings and brackets', () => {
  it('reads "(Sở X; Quý IV/2026)" as lead and time, and a group heading\'s time and bracketed lead for its bullets', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Nhóm nhiệm vụ triển khai ngay trong năm 2026',
        'a) Khảo sát nhu cầu công nghệ; Sở Công Thương chủ trì thực hiện.',
        'b) Xây dựng cơ sở dữ liệu chuyên gia (Sở Tài chính; Quý III/2026).',
        '2. Nhóm nhiệm vụ thực hiện giai đoạn 2026 - 2028 (Sở Khoa học và Công nghệ chủ trì, trừ nhiệm vụ ghi rõ cơ quan chủ trì khác)',
        '- Đầu tư phòng thử nghiệm.',
        '- Hỗ trợ doanh nghiệp áp dụng tiêu chuẩn.',
        '- Kiểm tra đo lường tại các chợ: giao UBND các huyện, thành phố chủ trì; thực hiện hằng năm.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], '2026-09-30'],
      ['II.2.1', ['tinh-a.so-khcn'], [], '2028-12-31'],
      ['II.2.2', ['tinh-a.so-khcn'], [], '2028-12-31'],
      ['II.2.3', ['tinh-a.ubnd-cac-huyen'], [], null],
    ]);
  });

  it('reads "… theo các nội dung:" as the details of one piece of work, its lead after the grounds it opens with', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Hỗ trợ doanh nghiệp đổi mới công nghệ',
        'Hằng năm, trên cơ sở đề xuất của doanh nghiệp, Sở Khoa học và Công nghệ chủ trì hỗ trợ các dự án theo các nội dung:',
        '+ Hỗ trợ mua công nghệ;',
        '+ Hỗ trợ thuê chuyên gia.',
      ),
    ).toEqual([['II.1', ['tinh-a.so-khcn'], [], null]]);
  });

  it('reads a time a clause ends on: "vào Quý IV/2026 (X chủ trì)", ", giai đoạn 2026-2027.", "truớc ngày"', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Phát triển thị trường',
        'a) Tổ chức chợ công nghệ vào Quý IV/2026 (Sở Khoa học và Công nghệ chủ trì).',
        'b) Xây dựng sàn giao dịch công nghệ; Sở Công Thương thực hiện, giai đoạn 2026-2027.',
        'c) Sở Tài chính chủ trì bố trí kinh phí, trình truớc ngày 30/9/2026.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.1.3', ['tinh-a.so-tai-chinh'], [], '2026-09-29'],
    ]);
  });
});

describe('co-leads, partners in a label, and times on their own', () => {
  it('ends an unregistered name before "đồng chủ trì" and reads "; giai đoạn …" and "trình tại kỳ họp …"', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Ứng dụng công nghệ vùng cao',
        'Triển khai các mô hình chè hữu cơ, do Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường',
        'đồng chủ trì; giai đoạn 2026 - 2027.',
        '',
        '2. Hoàn thiện thể chế',
        'Sở Tài chính chủ trì rà soát các chính sách, tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết, trình tại kỳ họp tháng 12/2026.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn', 'new:Sở Nông nghiệp và Môi trường'], [], '2027-12-31'],
      ['II.2', ['tinh-a.so-tai-chinh'], [], '2026-12-31'],
    ]);
  });

  it('reads a closing label\'s "…; X phối hợp" as a partner, and a line holding only a time as its bullet\'s', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Hạ tầng số',
        '- Hoàn thành kết nối mạng chuyên dùng (trước 30/10/2026);',
        '- Xây dựng kho dữ liệu dùng chung của tỉnh;',
        '2026 - 2027.',
        'Đơn vị chủ trì các nội dung tại mục 1: Sở Khoa học và Công nghệ; Sở Công Thương phối hợp.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong'], '2026-10-29'],
      ['II.1.2', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong'], '2027-12-31'],
    ]);
  });
});

describe('leads after a dash', () => {
  it('reads "… — giao X thực hiện" and "… — X chủ trì", the time before the dash', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Trợ lý ảo',
        'Thí điểm trợ lý ảo cho cán bộ cấp xã, trong 6 tháng đầu năm 2026 — giao Sở Khoa học và Công nghệ thực hiện.',
        '',
        '2. Thanh toán số',
        'Đẩy mạnh thanh toán không dùng tiền mặt — Sở Công Thương chủ trì; giai đoạn 2026 - 2027.',
        '',
        '3. Kỹ năng số',
        '- Sở Giáo dục và Đào tạo biên soạn tài liệu kỹ năng số, hoàn thành trong tháng 3/2026;',
        '- Tổ chức đội hình tình nguyện; Sở Tài chính chủ trì, hằng năm.',
      ),
    ).toEqual([
      ['II.1', ['tinh-a.so-khcn'], [], '2026-06-30'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.3.1', ['new:Sở Giáo dục và Đào tạo'], [], '2026-03-31'],
      ['II.3.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});
