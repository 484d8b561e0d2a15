import { parsePartialDate } from '@monitor/domain';
import type { SeedCommand } from './seed-command.js';

/**
 * The three provinces of the seeds, as they were before the 2025 mergers, with their old statistical
 * codes (DOMAIN.md). `occurredOn` is the date of the earliest seed document of each province: the seeds
 * attest the province then, they do not say when it was founded.
 */
const province = (provinceId: string, name: string, statisticalCode: string, attestedOn: string): SeedCommand => ({
  command: { type: 'RegisterProvince', provinceId, name, statisticalCode },
  actor: null,
  occurredOn: parsePartialDate(attestedOn),
});

export const provinceSeeds: readonly SeedCommand[] = [
  // 684/QĐ-UBND, 16/05/2016
  province('bac-kan', 'Bắc Kạn', '06', '2016-05-16'),
  // 59/KH-UBND, 28/04/2017
  province('bac-giang', 'Bắc Giang', '24', '2017-04-28'),
  // 2811/KH-UBND, 16/09/2020
  province('ha-nam', 'Hà Nam', '35', '2020-09-16'),
];
