import type { PlanDraft } from '@monitor/domain';
import type { ReaderContext, RegisteredUnit } from '../draft/inputs.js';

/** A small province's registered units, as a spec matches against them (ids as the seeds write them). */
export const TEST_UNITS: readonly RegisteredUnit[] = [
  { unitId: 'tinh-a.ubnd-tinh', name: 'Ủy ban nhân dân tỉnh A', aliases: ['UBND tỉnh'], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.so-khcn', name: 'Sở Khoa học và Công nghệ', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.so-khdt', name: 'Sở Kế hoạch và Đầu tư', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.so-tai-chinh', name: 'Sở Tài chính', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.so-nnptnt', name: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.so-cong-thuong', name: 'Sở Công Thương', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.ubnd-cac-huyen', name: 'UBND các huyện, thành phố', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.cac-so-nganh', name: 'Các sở, ngành có liên quan', aliases: [], provinceId: 'tinh-a' },
  {
    unitId: 'tinh-a.so-khcn.tt-udtb',
    name: 'Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ',
    aliases: ['TT UDTB KH&CN'],
    provinceId: 'tinh-a',
  },
  { unitId: 'tinh-a.so-khcn.van-phong', name: 'Văn phòng Sở', aliases: [], provinceId: 'tinh-a' },
  { unitId: 'tinh-a.so-khcn.cac-phong', name: 'Các phòng, đơn vị trực thuộc Sở', aliases: [], provinceId: 'tinh-a' },
];

export const TEST_CONTEXT: ReaderContext = {
  units: TEST_UNITS,
  directives: [
    { directiveId: '696/QĐ-TTg', number: '696/QĐ-TTg', issuedOn: '2020-05-25' },
    { directiveId: '46/NQ-CP', number: '46/NQ-CP', issuedOn: '2013-03-29' },
  ],
  provinces: [{ provinceId: 'tinh-a', name: 'Tỉnh A' }],
  provinceId: 'tinh-a',
};

/** A document's text from lines (a blank line between paragraphs is the caller's). */
export const doc = (...lines: string[]) => ({ text: lines.join('\n'), sha256: '0'.repeat(64), fileName: null });

/** Drafted units as specs compare them: each registered unit's id, else `new:<name as written>`. */
export const unitIds = (units: readonly { unitId: string | null; name: string }[]): string[] =>
  units.map((u) => u.unitId ?? `new:${u.name}`);

/** A draft's tasks as specs compare them: ref (and section, when asked), leads, partners, due day. */
export const taskRows = (draft: PlanDraft, withSection = false) =>
  draft.tasks.map((t) => [
    t.ref,
    ...(withSection ? [t.section] : []),
    unitIds(t.leadUnits),
    unitIds(t.coordinatingUnits),
    t.deadline?.due ?? null,
  ]);
