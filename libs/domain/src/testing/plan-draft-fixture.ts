// Test-only: a hand-written draft, as a reader would propose it, of a short Hà Nam plan.
import type { PlanDraft } from '../draft/plan-draft.js';

export const FIXTURE_TEXT = [
  'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', // 1
  'Số: 2811/KH-UBND', // 2
  'Hà Nam, ngày 16 tháng 9 năm 2020', // 3
  'KẾ HOẠCH', // 4
  'Triển khai thực hiện Quyết định số 696/QĐ-TTg', // 5
  'Thực hiện Quyết định số 696/QĐ-TTg ngày 25/5/2020 của Thủ tướng Chính phủ.', // 6
  'II. NHIỆM VỤ', // 7
  '1. Tuyên truyền, phổ biến. Sở KH&CN chủ trì, thời gian: trong năm 2020.', // 8
  '2. Xây dựng cơ sở dữ liệu. Sở KH&CN chủ trì; UBND các huyện phối hợp; thời gian: trước ngày 30/6/2021.', // 9
  'III. TỔ CHỨC THỰC HIỆN', // 10
  'Các đơn vị báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm.', // 11
  'KT. CHỦ TỊCH', // 12
  'PHÓ CHỦ TỊCH', // 13
  'Đinh Thị Lụa', // 14
].join('\n');

export const FIXTURE_SHA256 = 'a'.repeat(64);

const span = (line: number, endLine = line) => ({
  startLine: line,
  endLine,
  text: FIXTURE_TEXT.split('\n')
    .slice(line - 1, endLine)
    .join('\n'),
});

export const planDraftFixture = (sha256 = FIXTURE_SHA256): PlanDraft => ({
  reader: { name: 'fixture-reader', version: '0.0.1' },
  document: {
    sha256,
    fileName: '2811-kh-ubnd.txt',
    kind: 'Kế hoạch',
    number: '2811/KH-UBND',
    issuer: { name: 'UBND tỉnh Hà Nam', unitId: 'ha-nam.ubnd-tinh', source: span(1) },
    provinceId: 'ha-nam',
    place: 'Hà Nam',
    issuedOn: { value: '2020-09-16', precision: 'DAY' },
    title: 'Triển khai thực hiện Quyết định số 696/QĐ-TTg',
    horizon: null,
    implements: [{ number: '696/QĐ-TTg', description: 'Quyết định số 696/QĐ-TTg', directiveId: '696/QĐ-TTg', source: span(6) }],
    cites: [],
    signedBy: { name: 'Đinh Thị Lụa', title: 'Phó Chủ tịch', source: span(12, 14) },
    text: FIXTURE_TEXT,
  },
  tasks: [
    {
      ref: 'II.1',
      section: 'TASK',
      title: 'Tuyên truyền, phổ biến',
      leadUnits: [{ name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' }],
      coordinatingUnits: [],
      deadline: { kind: 'WITHIN_PERIOD', text: 'trong năm 2020', due: '2020-12-31', source: span(8) },
      targets: [],
      expectedResult: null,
      source: span(8),
      flags: [],
    },
    {
      ref: 'II.2',
      section: 'TASK',
      title: 'Xây dựng cơ sở dữ liệu',
      leadUnits: [{ name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' }],
      coordinatingUnits: [{ name: 'UBND các huyện', unitId: null }],
      deadline: { kind: 'BY_DATE', text: 'trước ngày 30/6/2021', due: '2021-06-29', source: span(9) },
      targets: [],
      expectedResult: null,
      source: span(9),
      flags: [{ code: 'UNKNOWN_UNIT', message: 'UBND các huyện is not a registered unit' }],
    },
  ],
  planTargets: [],
  reportingDuties: [
    {
      reporter: null,
      recipient: { name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' },
      frequency: 'YEARLY',
      dueText: 'trước ngày 15/11 hằng năm',
      source: span(11),
    },
  ],
  flags: [],
});
