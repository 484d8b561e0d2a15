import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.19: a closing sentence "Thực hiện 2026 - 2027." states the paragraph's time; a lead signed after a dash
// may be followed by the time ("… - Sở X, hằng năm.").
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 33/KH-UBND', '', 'KẾ HOẠCH', 'Phát triển nông nghiệp công nghệ cao', '', ...lines), TEST_CONTEXT));

describe('closing times and signed leads', () => {
  it('reads a closing "Thực hiện 2026 - 2027." sentence as the time of the paragraph', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Xây dựng vùng sản xuất tập trung',
        'Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng vùng trồng rau an toàn tại các xã. Thực hiện 2026 - 2027.',
      ),
    ).toEqual([['II.1', ['tinh-a.so-nnptnt'], [], '2027-12-31']]);
  });

  it('reads the units after a dash as the lead when a time closes the sentence', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Đào tạo, tập huấn',
        'a) Tập huấn kỹ thuật cho nông dân tại các xã - Sở Nông nghiệp và Phát triển nông thôn, hằng năm.',
        'b) Bồi dưỡng cán bộ quản lý hợp tác xã - Sở Kế hoạch và Đầu tư; Quý III/2026.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-nnptnt'], [], null],
      ['II.1.2', ['tinh-a.so-khdt'], [], '2026-09-30'],
    ]);
  });

  it('reads the council session a submission is due at past a comma in what is submitted', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Hoàn thiện chính sách',
        'Sở Khoa học và Công nghệ chủ trì tham mưu UBND tỉnh trình HĐND tỉnh Nghị quyết hỗ trợ ứng dụng công nghệ cao, nông nghiệp sạch',
        'tại kỳ họp tháng 7/2026.',
      ),
    ).toEqual([['II.1', ['tinh-a.so-khcn'], [], '2026-07-31']]);
  });

  it('reads a closing "Giao X chủ trì thực hiện, <time>." as the lead of the item above it', () => {
    expect(
      rows(
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Nâng cao năng lực thử nghiệm',
        'Đầu tư trang thiết bị cho phòng thử nghiệm của tỉnh, gồm:',
        '- Thiết bị thử nghiệm dư lượng thuốc bảo vệ thực vật;',
        '- Thiết bị kiểm định phương tiện đo.',
        'Giao Sở Khoa học và Công nghệ chủ trì thực hiện, giai đoạn 2026 - 2028.',
      ),
    ).toEqual([['II.1', ['tinh-a.so-khcn'], [], '2028-12-31']]);
  });

  it('reads a one-off time in the sentence after a yearly report', () => {
    expect(
      rows(
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ theo dõi, đôn đốc các đơn vị; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm. Tham mưu tổ chức sơ kết Kế hoạch trong Quý IV/2027.',
      ),
    ).toEqual([['IV.1', ['tinh-a.so-khcn'], [], '2027-12-31']]);
  });
});
