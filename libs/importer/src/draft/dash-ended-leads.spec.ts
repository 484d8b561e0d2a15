import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// A sub-item that ends on its unit after a spaced dash ("… trên địa bàn tỉnh - Sở X.").
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 21/KH-UBND', '', 'KẾ HOẠCH', 'Quản lý đo lường', '', ...lines), TEST_CONTEXT));

describe('a unit ending a sub-item after a spaced dash', () => {
  it('leads that sub-item, so sub-items naming their leads are tasks under a heading stating their time', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Nhóm nhiệm vụ hoàn thành trong 6 tháng cuối năm 2026:',
        'a) Khảo sát hoạt động đo lường tại 30 doanh nghiệp trên địa bàn tỉnh - Sở Khoa học và Công nghệ.',
        'b) Tổ chức tập huấn cho hợp tác xã; Sở Công Thương chủ trì, Sở Tài chính phối hợp.',
        'c) Thống kê cơ sở sản xuất: UBND các huyện, thành phố thực hiện, báo cáo trước ngày 15/11/2026.',
      ),
    ).toEqual([
      ['II.1.1', ['tinh-a.so-khcn'], [], '2026-12-31'],
      ['II.1.2', ['tinh-a.so-cong-thuong'], ['tinh-a.so-tai-chinh'], '2026-12-31'],
      ['II.1.3', ['tinh-a.ubnd-cac-huyen'], [], '2026-11-14'],
    ]);
  });
});
