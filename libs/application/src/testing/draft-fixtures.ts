// Test-only: a hand-written PlanDraft of a short Hà Nam plan (as a reader would propose it), and the
// record it needs (province, units, directive), for specs of the review that isolate it from the reader.
import { parsePartialDate, type PlanDraft, type PlatformCommand } from '@monitor/domain';

export const DRAFT_TEXT = [
  'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
  'Số: 2811/KH-UBND',
  'Hà Nam, ngày 16 tháng 9 năm 2020',
  'KẾ HOẠCH',
  'Triển khai thực hiện Quyết định số 696/QĐ-TTg',
  'Thực hiện Quyết định số 696/QĐ-TTg ngày 25/5/2020 của Thủ tướng Chính phủ.',
  'II. NHIỆM VỤ',
  '1. Tuyên truyền, phổ biến. Sở KH&CN chủ trì, thời gian: trong năm 2020.',
  '2. Xây dựng cơ sở dữ liệu. Sở KH&CN chủ trì; UBND các huyện phối hợp; thời gian: trước ngày 30/6/2021.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các đơn vị báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Đinh Thị Lụa',
].join('\n');

const span = (line: number) => ({ startLine: line, endLine: line, text: DRAFT_TEXT.split('\n')[line - 1] });

/** What a reader would draft of DRAFT_TEXT stored under `sha256`: one partner left unmatched, as readers leave them. */
export const planDraftOf = (sha256: string, fileName = '2811-kh-ubnd.txt'): PlanDraft => ({
  reader: { name: 'test-reader', version: '1.0.0' },
  document: {
    sha256,
    fileName,
    kind: 'Kế hoạch',
    number: '2811/KH-UBND',
    issuer: { name: 'UBND tỉnh Hà Nam', unitId: 'ha-nam.ubnd-tinh' },
    provinceId: 'ha-nam',
    place: 'Hà Nam',
    issuedOn: { value: '2020-09-16', precision: 'DAY' },
    title: 'Triển khai thực hiện Quyết định số 696/QĐ-TTg',
    horizon: null,
    implements: [{ number: '696/QĐ-TTg', description: 'Quyết định số 696/QĐ-TTg', directiveId: null, source: span(6) }],
    cites: [],
    signedBy: { name: 'Đinh Thị Lụa', title: 'Phó Chủ tịch' },
    text: DRAFT_TEXT,
  },
  tasks: [
    {
      ref: 'II.1',
      section: 'TASK',
      title: 'Tuyên truyền, phổ biến',
      leadUnits: [{ name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' }],
      coordinatingUnits: [],
      deadline: { kind: 'WITHIN_PERIOD', text: 'trong năm 2020', due: '2020-12-31' },
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
      deadline: { kind: 'BY_DATE', text: 'trước ngày 30/6/2021', due: '2021-06-29' },
      targets: [],
      expectedResult: null,
      source: span(9),
      flags: [{ code: 'UNKNOWN_UNIT', message: 'UBND các huyện' }],
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

const unit = (unitId: string, name: string, provinceId: string | null): PlatformCommand => ({
  type: 'RegisterOrgUnit',
  unitId,
  name,
  kind: 'AGENCY',
  provinceId,
  parentUnitId: null,
  aliases: [],
});

/** Hà Nam and Bắc Giang, Hà Nam's units the draft names, a unit of Bắc Giang, and 696/QĐ-TTg. */
export const draftRecord = (): PlatformCommand[] => [
  { type: 'RegisterProvince', provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
  { type: 'RegisterProvince', provinceId: 'bac-giang', name: 'Bắc Giang', statisticalCode: '24' },
  unit('ha-nam.ubnd-tinh', 'UBND tỉnh Hà Nam', 'ha-nam'),
  unit('ha-nam.so-khcn', 'Sở KH&CN Hà Nam', 'ha-nam'),
  unit('ha-nam.ubnd-huyen', 'UBND các huyện', 'ha-nam'),
  unit('bac-giang.so-khcn', 'Sở KH&CN Bắc Giang', 'bac-giang'),
  {
    type: 'RegisterDirective',
    directiveId: '696/QĐ-TTg',
    kind: 'Quyết định',
    title: 'Kết luận 50-KL/TW',
    issuer: 'Thủ tướng',
    issuedOn: parsePartialDate('2020-05-25'),
    implements: [],
    provinceId: null,
  },
];
