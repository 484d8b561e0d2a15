import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Rules read from the seventeenth and eighteenth blind sets (loose drafting), each on a made-up text.
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 31/KH-UBND', '', 'KẾ HOẠCH', '', 'Về phát triển làng nghề', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines));

describe('a task section numbered with letters from its first line', () => {
  it('reads each lettered item as a task, referred to by its letter', () => {
    expect(
      rows([
        'III. NHIỆM VỤ THANH TRA',
        'a) Rà soát việc sử dụng nhãn hiệu làng nghề: giao Sở Công Thương chủ trì thực hiện trong năm 2027.',
        'b) Kiểm tra chất lượng sản phẩm làng nghề: Sở Tài chính thực hiện thường xuyên.',
        '',
        'IV. KINH PHÍ',
      ]),
    ).toEqual([
      ['III.a', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['III.b', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});

describe('"Chậm nhất ngày …," opening a sentence before its subject', () => {
  it('reads the subject after it as the lead, so the sub-item is a task of its own', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hạ tầng làng nghề',
        '1.1. Chậm nhất ngày 30/6/2027, Sở Tài chính hoàn thành rà soát quỹ đất cho các làng nghề.',
        '1.2. Sở Công Thương chủ trì xây dựng điểm giới thiệu sản phẩm; hoàn thành trong Quý IV/2027.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-tai-chinh'], [], '2027-06-30'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
    ]);
  });
});

describe('a paragraph under a heading that is a bare title', () => {
  it('opens the item: its agencies, past "theo chức năng, nhiệm vụ", lead; a sentence ending "trong năm …" is timed', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Quảng bá làng nghề',
        'Sở Du lịch, Sở Văn hóa và Thể thao theo chức năng, nhiệm vụ tổ chức hội chợ làng nghề tại các huyện',
        'trong năm 2027.',
      ]),
    ).toEqual([['II.1', ['new:Sở Du lịch', 'new:Sở Văn hóa và Thể thao'], [], '2027-12-31']]);
  });

  it('reads no lead from a paragraph whose subject is asked to be, not to do', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Quảng bá làng nghề', 'Sở Tài chính cần gương mẫu, chủ động đổi mới phương pháp làm việc.'])).toEqual([
      ['II.1', [], [], null],
    ]);
  });

  it('keeps a heading that ends on punctuation as no bare title', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Rà soát quy hoạch làng nghề.', 'Sở Du lịch theo chức năng, nhiệm vụ tổ chức hội chợ làng nghề.']),
    ).toEqual([['II.1', [], [], null]]);
  });
});

describe('a paragraph under the heading that names the lead and ends on a colon', () => {
  it('makes each bullet a task of that lead, a bullet opening "Phối hợp với" included', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Đào tạo nghề',
        'Sở Tài chính chủ trì thực hiện các nhiệm vụ sau; hoàn thành trong năm 2027:',
        '- Phối hợp với các trường nghề mở lớp đào tạo thợ thủ công.',
        '- Hỗ trợ kinh phí cho nghệ nhân truyền nghề (hoàn thành trước ngày 01/10/2027).',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-tai-chinh'], [], '2027-12-31'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], '2027-09-30'],
    ]);
  });
});

describe('times written beside the roles', () => {
  it('reads a bracket the page broke after its semicolon as one bracket', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Xây dựng cơ sở dữ liệu làng nghề của tỉnh (Sở Công Thương chủ trì;', '2026 - 2027).'])).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
    ]);
  });

  it('reads the time a sentence ends on before its bracket of roles', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Xây dựng 02 mô hình làng nghề kiểu mẫu trong năm 2027 (phối hợp: Sở Tài chính; chủ trì: Sở Công Thương).']),
    ).toEqual([['II.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2027-12-31']]);
  });
});

describe('a heading ending on a bracket that names the lead of the contents below', () => {
  it('makes each bullet a task of that lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển thị trường làng nghề (Sở Công Thương chủ trì thực hiện các nội dung dưới đây)',
        '',
        '- Kết nối các làng nghề với các sàn thương mại điện tử.',
        '',
        '- Tổ chức hội chợ làng nghề của tỉnh (năm 2026).',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], null],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
    ]);
  });

  it('keeps an item one task when its bracket only names its lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển thị trường làng nghề (Cơ quan chủ trì: Sở Công Thương; thời gian: 2026 - 2027)',
        '- Kết nối các làng nghề với các sàn thương mại điện tử.',
        '- Tổ chức hội chợ làng nghề của tỉnh.',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-cong-thuong'], [], '2027-12-31']]);
  });
});

describe('partners written loosely', () => {
  it('reads "phối hợp" without "với" before a name, and "(X chủ trì, Y phối hợp)"', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Giao Sở Tài chính chủ trì, phối hợp Sở Kế hoạch và Đầu tư thẩm định kinh phí hỗ trợ làng nghề.',
        '2. Xây dựng bản đồ làng nghề (Sở Công Thương chủ trì, UBND các huyện, thành phố phối hợp).',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-tai-chinh'], ['tinh-a.so-khdt'], null],
      ['II.2', ['tinh-a.so-cong-thuong'], ['tinh-a.ubnd-cac-huyen'], null],
    ]);
  });

  it('reads "&" written "và" in a short form, and "UBND huyện" a line broke before its place as one council', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Khôi phục nghề truyền thống. Phối hợp: Sở NN và PTNT, UBND huyện', 'Đông Sơn. Chủ trì: Sở Công Thương.']),
    ).toEqual([['II.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-nnptnt', 'new:UBND huyện Đông Sơn'], null]]);
  });
});

describe('times broken across lines', () => {
  it('reads a period the lead’s clause ends on, and a bracket the page broke after "hoàn thành"', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Đào tạo thợ thủ công. Sở Tài chính chủ trì, phối hợp với Sở Công Thương thực hiện giai',
        'đoạn 2026 - 2027.',
        '2. Nâng cấp cổng thông tin làng nghề của tỉnh, bảo đảm an toàn thông tin (Sở Công Thương chủ trì; hoàn thành',
        'Quý II/2027).',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-tai-chinh'], ['tinh-a.so-cong-thuong'], '2027-12-31'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], '2027-06-30'],
    ]);
  });

  it('reads no time from a stage a sentence evaluates', () => {
    expect(rows(['II. NHIỆM VỤ', '1. Sở Tài chính chủ trì đánh giá kết quả thực hiện giai đoạn 2021 - 2025.'])).toEqual([
      ['II.1', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });
});
