import { TEST_CONTEXT, doc, taskRows } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';

// Reader 1.19: "Tạp chí …" (a magazine) opens a body's name, as "Báo …" does: "Giao Báo X, Tạp chí Y …" names two leads.
const rows = (...lines: string[]) =>
  taskRows(draftPlan(doc('Số: 70/KH-UBND', '', 'KẾ HOẠCH', 'Tuyên truyền về sở hữu trí tuệ', '', ...lines), TEST_CONTEXT));

describe('press bodies', () => {
  it('parts a newspaper and a magazine listed with a comma', () => {
    expect(
      rows(
        'II. NHIỆM VỤ',
        '1. Thông tin, tuyên truyền',
        'Giao Báo Nông thôn Ngày nay, Tạp chí Khoa học Nông nghiệp mở chuyên mục về sở hữu trí tuệ; thực hiện thường xuyên.',
      ).map((r) => [r[0], r[1]]),
    ).toEqual([['II.1', ['new:Báo Nông thôn Ngày nay', 'new:Tạp chí Khoa học Nông nghiệp']]]);
  });
});
