import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import { unitMatcher } from './units.js';

// Rules read from the thirteenth and fourteenth blind sets (loose, real-life drafting), each on a made-up text.
const draft = (lines: string[]) =>
  draftPlan(doc('Số: 27/KH-UBND', '', 'KẾ HOẠCH', '', 'Về phát triển du lịch nông thôn', '', ...lines), TEST_CONTEXT);
const rows = (lines: string[]) => taskRows(draft(lines));

describe('registered names written loosely', () => {
  const units = unitMatcher([
    { unitId: 'p.phong-khtc', name: 'Phòng Kế hoạch Tài chính', aliases: [], provinceId: 'p' },
    { unitId: 'p.so-vhtt', name: 'Sở Văn hóa và Thể thao', aliases: [], provinceId: 'p' },
    { unitId: 'p.ubnd-cac-huyen', name: 'UBND các huyện, thành phố', aliases: [], provinceId: 'p' },
    { unitId: 'p.phong-a', name: 'Phòng Tổng hợp và Hành chính', aliases: [], provinceId: 'p' },
    { unitId: 'p.phong-b', name: 'Phòng Tổng hợp - Hành chính', aliases: [], provinceId: 'p' },
  ]);

  it('reads a hyphen for "và", or none, as the registered name', () => {
    expect(units.match('Phòng Kế hoạch - Tài chính')).toBe('p.phong-khtc');
    expect(units.match('Sở Văn hóa - Thể thao')).toBe('p.so-vhtt');
    expect(units.match('Sở Văn hóa Thể thao')).toBe('p.so-vhtt');
    expect(units.match('Sở Văn hóa, Thể thao')).toBeNull();
  });

  it('names neither of two units that differ only by their connectives', () => {
    expect(units.match('Phòng Tổng hợp Hành chính')).toBeNull();
  });

  it('reads "UBND cấp huyện" as the districts', () => {
    expect(units.match('UBND cấp huyện')).toBe('p.ubnd-cac-huyen');
  });

  it('matches a loosely written name inside a sentence', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Giao Sở Kế hoạch - Đầu tư chủ trì, phối hợp với Sở Khoa học Công nghệ lập danh mục dự án; năm 2026.']),
    ).toEqual([['II.1', ['tinh-a.so-khdt'], ['tinh-a.so-khcn'], '2026-12-31']]);
  });
});

describe('a time that opens the sentence, before its subject', () => {
  it('reads the subject after "Trong năm …," and "Từ năm học …," and the time as the deadline', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Trong năm 2026, Sở Công Thương chủ trì xây dựng bản đồ các điểm du lịch nông thôn.',
        '2. Từ năm học 2026 - 2027, Sở Tài chính chủ trì hỗ trợ học phí cho học viên các lớp nghề du lịch.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['II.2', ['tinh-a.so-tai-chinh'], [], null],
    ]);
  });

  it('reads an unregistered subject after "Trước ngày …," or a title and "hằng năm," when a verb of doing follows', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hạ tầng du lịch',
        '- Cải tạo đường vào các làng nghề: Sở Xây dựng chủ trì; Quý III/2026.',
        '- Trước ngày 20/8/2026, Sở Du lịch hoàn thành bộ nhận diện thương hiệu du lịch nông thôn.',
        '2. Về quảng bá: hằng năm, Sở Công Thương tổ chức hội chợ du lịch nông thôn.',
      ]),
    ).toEqual([
      ['II.1.1', ['new:Sở Xây dựng'], [], '2026-09-30'],
      ['II.1.2', ['new:Sở Du lịch'], [], '2026-08-19'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], null],
    ]);
  });

  it('reads a time opening a later clause before a submission ("chủ trì, trong tháng 8/2026 trình …")', () => {
    expect(
      rows(['II. NHIỆM VỤ', '1. Thu hút nhân lực: Sở Tài chính chủ trì, trong tháng 8/2026 trình UBND tỉnh chính sách hỗ trợ.']),
    ).toEqual([['II.1', ['tinh-a.so-tai-chinh'], [], '2026-08-31']]);
  });
});

describe('times the reader did not see', () => {
  it('reads a bracket holding only a time, and a bare span as the last clause', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Sở Công Thương chủ trì thực hiện các nội dung sau:',
        '- Khảo sát các làng nghề có tiềm năng du lịch (năm 2026).',
        '- Xây dựng 03 tour du lịch trải nghiệm (hoàn thành trong năm 2027).',
        '- Đào tạo hướng dẫn viên tại điểm (2026 - 2028).',
        '- Cập nhật dữ liệu các điểm du lịch (hằng năm).',
        '2. Phát triển homestay: Sở Tài chính chủ trì, phối hợp với Sở Công Thương; 2026 - 2027.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], '2027-12-31'],
      ['II.1.3', ['tinh-a.so-cong-thuong'], [], '2028-12-31'],
      ['II.1.4', ['tinh-a.so-cong-thuong'], [], null],
      ['II.2', ['tinh-a.so-tai-chinh'], ['tinh-a.so-cong-thuong'], '2027-12-31'],
    ]);
  });

  it('reads the time a sentence ends on, a span of quarters by its end, and a deadline beside a reporting clause', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Giao Sở Tài chính chủ trì tham mưu bố trí kinh phí năm 2026 trong Quý II/2026.',
        '2. Sở Công Thương chủ trì tập huấn cho hộ kinh doanh; thời gian: Quý IV/2026 - Quý II/2027.',
        '3. Sở Khoa học và Công nghệ chủ trì lập hồ sơ, hoàn thành trước ngày 15/9/2026; định kỳ báo cáo kết quả hằng năm.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-tai-chinh'], [], '2026-06-30'],
      ['II.2', ['tinh-a.so-cong-thuong'], [], '2027-06-30'],
      ['II.3', ['tinh-a.so-khcn'], [], '2026-09-14'],
    ]);
  });

  it('reads a time a printed line broke after "trong" or after ", trình"', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Sở Công Thương chủ trì, phối hợp với UBND các huyện, thành phố, hoàn thành hồ sơ trong',
        'Quý III/2026.',
        '2. Xây dựng cơ chế hỗ trợ du lịch nông thôn',
        'Giao Sở Tài chính chủ trì, phối hợp với Sở Công Thương rà soát, tham mưu, trình',
        'UBND tỉnh trong Quý IV/2026.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], ['tinh-a.ubnd-cac-huyen'], '2026-09-30'],
      ['II.2', ['tinh-a.so-tai-chinh'], ['tinh-a.so-cong-thuong'], '2026-12-31'],
    ]);
  });
});

describe('sub-items and leads written loosely', () => {
  it('reads a paragraph naming the lead and "các nhiệm vụ tại mục này" as a group heading over its bullets', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Phát triển sản phẩm du lịch',
        'Cơ quan chủ trì: Sở Công Thương. Các nhiệm vụ tại mục này hoàn thành trong giai đoạn 2026 - 2028, trừ nhiệm vụ có thời hạn riêng.',
        '- Xây dựng bộ tiêu chí điểm du lịch nông thôn.',
        '- Tổ chức lễ hội văn hóa ẩm thực (hằng năm).',
        '- Số hóa thông tin các điểm du lịch (trước ngày 30/6/2027).',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2028-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], [], null],
      ['II.1.3', ['tinh-a.so-cong-thuong'], [], '2027-06-29'],
    ]);
  });

  it('sets out a bullet whose time is labelled inside its sentence, beside bullets that write their lead', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hạ tầng du lịch',
        '- Cải tạo bến thuyền: Sở Công Thương chủ trì; năm 2026.',
        '- Lắp đặt biển chỉ dẫn: Sở Tài chính chủ trì; năm 2027.',
        '- Nghiên cứu xây dựng trung tâm đón khách. Thời gian hoàn thành: Quý IV/2027.',
      ]),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-cong-thuong'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-tai-chinh'], [], '2027-12-31'],
      ['II.1.3', [], [], '2027-12-31'],
    ]);
  });

  it('reads "đồng chủ trì" as leading, ", cùng X" as partners and "theo chức năng, nhiệm vụ" before the verb', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Lập quy hoạch điểm du lịch (Sở Công Thương, Sở Tài chính đồng chủ trì; năm 2026).',
        '2. Sở Kế hoạch và Đầu tư chủ trì xây dựng quỹ hỗ trợ, cùng Sở Tài chính và Hội Nông dân tỉnh xây dựng quy chế.',
        '3. Sở Du lịch, Sở Công Thương theo chức năng, nhiệm vụ hỗ trợ hộ dân làm du lịch cộng đồng.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong', 'tinh-a.so-tai-chinh'], [], '2026-12-31'],
      ['II.2', ['tinh-a.so-khdt'], ['tinh-a.so-tai-chinh', 'new:Hội Nông dân tỉnh'], null],
      ['II.3', ['new:Sở Du lịch', 'tinh-a.so-cong-thuong'], [], null],
    ]);
  });

  it('reads a kind of body written once for a list ("các Sở: Tài chính, Kế hoạch và Đầu tư") for each name', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Hỗ trợ vốn cho hộ làm du lịch; các Sở: Tài chính, Kế hoạch và Đầu tư phối hợp thẩm định; Sở Công Thương chủ trì.',
      ]),
    ).toEqual([['II.1', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh', 'tinh-a.so-khdt'], null]]);
  });

  it('reads "Liên minh Hợp tác xã" as a body, and "Ban hành …" as a verb, not a board', () => {
    expect(
      rows([
        'II. NHIỆM VỤ',
        '1. Ban hành bộ tiêu chí homestay chuẩn chuyển giao cho các huyện. Sở Công Thương chủ trì thực hiện.',
        '',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Đề nghị Liên minh Hợp tác xã tỉnh vận động các hợp tác xã tham gia du lịch nông thôn.',
      ]),
    ).toEqual([
      ['II.1', ['tinh-a.so-cong-thuong'], [], null],
      ['III.1', ['new:Liên minh Hợp tác xã tỉnh'], [], null],
    ]);
  });
});
