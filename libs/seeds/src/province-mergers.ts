import { parsePartialDate } from '@monitor/domain';
import { nameBefore2025 } from './provinces.js';
import type { SeedCommand } from './seed-command.js';

/**
 * The changes to the provincial units since the 63 of provinces.ts, as DOMAIN.md states them, each
 * recorded as the lineage event every view follows (ProvincesMerged, on the successor's stream).
 *
 * - 1 January 2025: thành phố Huế, a centrally governed city, succeeds the province of Thừa Thiên Huế
 *   (DOMAIN.md names no act for it, so none is recorded). A change of status and of name, recorded as a one-to-one succession
 *   rather than a renaming: what UBND tỉnh Thừa Thiên Huế did stays under that name, and the successor
 *   view adds it into Huế as it adds merged provinces into theirs.
 * - 1 July 2025 (Nghị quyết 202/2025/QH15): the 23 units formed by merger. Each is a new record, even
 *   where it keeps an old name: `ninh-binh-2025`, "Ninh Bình (từ 01/7/2025)", succeeds Hà Nam, Nam
 *   Định and `ninh-binh`, "Ninh Bình (đến 30/6/2025)". The 11 unchanged units (Hà Nội, Huế, Cao Bằng,
 *   …) continue as the same record.
 *
 * The new units' statistical codes are not in the sources: none is invented.
 */
const RESOLUTION_202 = 'Nghị quyết 202/2025/QH15';
const MERGED_ON = '2025-07-01';
export const FROM_MERGER = ' (từ 01/7/2025)';

const established = (provinceId: string, name: string, establishedOn: string): SeedCommand => ({
  command: { type: 'RegisterProvince', provinceId, name, statisticalCode: null, establishedOn },
  actor: null,
  occurredOn: parsePartialDate(establishedOn),
});

const succession = (
  successorProvinceId: string,
  mergedProvinceIds: string[],
  effectiveOn: string,
  legalBasis: string | null,
): SeedCommand => ({
  command: { type: 'MergeProvinces', successorProvinceId, mergedProvinceIds, effectiveOn, legalBasis },
  actor: null,
  occurredOn: parsePartialDate(effectiveOn),
});

/** New unit (by the old id whose name it keeps) ← the provinces merged into it, as DOMAIN.md's table lists them. */
export const MERGERS_2025: readonly (readonly [keeps: string, merged: readonly string[]])[] = [
  ['tuyen-quang', ['ha-giang', 'tuyen-quang']],
  ['lao-cai', ['yen-bai', 'lao-cai']],
  ['thai-nguyen', ['bac-kan', 'thai-nguyen']],
  ['phu-tho', ['vinh-phuc', 'hoa-binh', 'phu-tho']],
  ['bac-ninh', ['bac-giang', 'bac-ninh']],
  ['hung-yen', ['thai-binh', 'hung-yen']],
  ['hai-phong', ['hai-duong', 'hai-phong']],
  ['ninh-binh', ['ha-nam', 'nam-dinh', 'ninh-binh']],
  ['quang-tri', ['quang-binh', 'quang-tri']],
  ['da-nang', ['quang-nam', 'da-nang']],
  ['dong-thap', ['tien-giang', 'dong-thap']],
  ['an-giang', ['kien-giang', 'an-giang']],
  ['quang-ngai', ['kon-tum', 'quang-ngai']],
  ['gia-lai', ['binh-dinh', 'gia-lai']],
  ['khanh-hoa', ['ninh-thuan', 'khanh-hoa']],
  ['lam-dong', ['dak-nong', 'binh-thuan', 'lam-dong']],
  ['dak-lak', ['phu-yen', 'dak-lak']],
  ['ho-chi-minh', ['binh-duong', 'ba-ria-vung-tau', 'ho-chi-minh']],
  ['dong-nai', ['binh-phuoc', 'dong-nai']],
  ['tay-ninh', ['long-an', 'tay-ninh']],
  ['can-tho', ['soc-trang', 'hau-giang', 'can-tho']],
  ['vinh-long', ['ben-tre', 'tra-vinh', 'vinh-long']],
  ['ca-mau', ['bac-lieu', 'ca-mau']],
];

/** The id of the unit formed on 1 July 2025 that keeps an old province's name. */
export const formedIn2025 = (keeps: string): string => `${keeps}-2025`;

export const provinceMergerSeeds: readonly SeedCommand[] = [
  established('hue', 'Huế', '2025-01-01'),
  succession('hue', ['thua-thien-hue'], '2025-01-01', null),
  ...MERGERS_2025.map(([keeps]) => established(formedIn2025(keeps), nameBefore2025(keeps) + FROM_MERGER, MERGED_ON)),
  ...MERGERS_2025.map(([keeps, merged]) => succession(formedIn2025(keeps), [...merged], MERGED_ON, RESOLUTION_202)),
];
