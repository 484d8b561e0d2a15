import { TEST_CONTEXT, doc } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

const draft = (...lines: string[]) => draftPlan(doc('Số: 5/KH-UBND', '', 'KẾ HOẠCH', '', 'Về khoa học', '', ...lines), TEST_CONTEXT);
const ids = (units: readonly { unitId: string | null }[]) => units.map((u) => u.unitId);

describe('roles an item writes itself, and duties written on the agency heading', () => {
  it('reads labelled lines ("Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời gian thực hiện:") and a "X chủ trì" subject', () => {
    const plan = draft(
      'I. NHIỆM VỤ',
      '',
      '1. Rà soát chính sách',
      '- Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
      '- Cơ quan phối hợp: Sở Tài chính, UBND các huyện, thành phố.',
      '- Thời gian thực hiện: Quý II/2021.',
      '',
      '2. Xây dựng mô hình',
      '',
      'Sở NN&PTNT chủ trì, phối hợp với Sở KH&CN xây dựng mô hình. Thời gian thực hiện: 2021-2025.',
      '',
    );
    expect(plan.tasks.map((t) => [t.ref, ids(t.leadUnits), ids(t.coordinatingUnits), t.deadline?.due])).toEqual([
      ['I.1', ['tinh-a.so-khcn'], ['tinh-a.so-tai-chinh', 'tinh-a.ubnd-cac-huyen'], '2021-06-30'],
      ['I.2', ['tinh-a.so-nnptnt'], ['tinh-a.so-khcn'], '2025-12-31'],
    ]);
    expect(plan.tasks.flatMap((t) => t.flags.map((f) => f.code))).toEqual([]);
  });

  it('reads "1. Sở Tài chính: Cân đối kinh phí …" as the agency\'s duty, written on its heading', () => {
    const plan = draft(
      'III. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Tài chính: Cân đối, bố trí kinh phí thực hiện Kế hoạch.',
      '',
      '2. Sở Công thương: Phối hợp với Sở KH&CN quảng bá sản phẩm.',
      '',
    );
    expect(plan.tasks.map((t) => [t.ref, t.title, ids(t.leadUnits), ids(t.coordinatingUnits)])).toEqual([
      ['III.1', 'Sở Tài chính: Cân đối, bố trí kinh phí thực hiện Kế hoạch', ['tinh-a.so-tai-chinh'], []],
      ['III.2', 'Sở Công thương: Phối hợp với Sở KH&CN quảng bá sản phẩm', ['tinh-a.so-khcn'], ['tinh-a.so-cong-thuong']],
    ]);
  });
});
