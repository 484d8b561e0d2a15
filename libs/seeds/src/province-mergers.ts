import { parsePartialDate } from '@monitor/domain';
import type { SeedCommand } from './seed-command.js';

/**
 * The 2025 mergers as DOMAIN.md states them: from 1 July 2025 (Nghị quyết 202/2025/QH15) Bắc Giang
 * merged into Bắc Ninh, Bắc Kạn into Thái Nguyên, Hà Nam (with Nam Định) into Ninh Bình. The
 * successors and Nam Định are registered here, attested by that resolution; their statistical codes
 * are not in the sources, so none is invented.
 */
const LEGAL_BASIS = 'Nghị quyết 202/2025/QH15';
const EFFECTIVE_ON = '2025-07-01';

const attested = (provinceId: string, name: string): SeedCommand => ({
  command: { type: 'RegisterProvince', provinceId, name, statisticalCode: null },
  actor: null,
  occurredOn: parsePartialDate(EFFECTIVE_ON),
});

const merger = (successorProvinceId: string, mergedProvinceIds: string[]): SeedCommand => ({
  command: { type: 'MergeProvinces', successorProvinceId, mergedProvinceIds, effectiveOn: EFFECTIVE_ON, legalBasis: LEGAL_BASIS },
  actor: null,
  occurredOn: parsePartialDate(EFFECTIVE_ON),
});

export const provinceMergerSeeds: readonly SeedCommand[] = [
  attested('bac-ninh', 'Bắc Ninh'),
  attested('thai-nguyen', 'Thái Nguyên'),
  attested('ninh-binh', 'Ninh Bình'),
  attested('nam-dinh', 'Nam Định'),
  merger('bac-ninh', ['bac-giang']),
  merger('thai-nguyen', ['bac-kan']),
  merger('ninh-binh', ['ha-nam', 'nam-dinh']),
];
