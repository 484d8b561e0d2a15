import { TEST_CONTEXT, doc, unitIds } from '../testing/lists.js';
import { draftPlan } from './draft-plan.js';
import { foldKeep } from './units.js';
import { frequenciesOf } from './reporting.js';

const dutiesOf = (...lines: string[]) =>
  draftPlan(
    doc('ỦY BAN NHÂN DÂN', 'TỈNH A', '', 'Số: 3/KH-UBND', '', 'KẾ HOẠCH', 'Đổi mới công nghệ', '', ...lines),
    TEST_CONTEXT,
  ).reportingDuties.map((d) => [
    unitIds(d.reporter ? [d.reporter] : []),
    unitIds(d.recipient ? [d.recipient] : []),
    d.frequency,
    d.dueText,
  ]);

describe('reporting duties: one per frequency a sentence lists', () => {
  it('reads each frequency listed together, and only those', () => {
    expect(frequenciesOf(foldKeep('Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh'))).toEqual(['SIX_MONTHLY', 'YEARLY']);
    expect(frequenciesOf(foldKeep('báo cáo hằng quý, 6 tháng và cả năm'))).toEqual(['QUARTERLY', 'SIX_MONTHLY', 'YEARLY']);
    expect(frequenciesOf(foldKeep('Định kỳ hằng năm báo cáo kết quả'))).toEqual(['YEARLY']);
    // A frequency elsewhere in the sentence names something else.
    expect(frequenciesOf(foldKeep('Định kỳ hàng quý báo cáo tiến độ theo chương trình công tác hằng năm'))).toEqual(['QUARTERLY']);
    expect(frequenciesOf(foldKeep('báo cáo trước ngày 15/11/2027'))).toEqual([null]);
  });

  it('records "định kỳ 6 tháng, hằng năm" as two duties of the same sentence', () => {
    expect(
      dutiesOf(
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ',
        '- Định kỳ 6 tháng, hằng năm tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.',
      ),
    ).toEqual([
      [['tinh-a.so-khcn'], ['tinh-a.ubnd-tinh'], 'SIX_MONTHLY', null],
      [['tinh-a.so-khcn'], ['tinh-a.ubnd-tinh'], 'YEARLY', null],
    ]);
  });
});
