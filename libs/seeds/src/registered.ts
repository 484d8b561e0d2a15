import { addDays } from '@monitor/domain';
import { directiveSeeds } from './directives.js';
import { provinceMergerSeeds } from './province-mergers.js';
import { provinceSeeds } from './provinces.js';
import type { SeedCommand } from './seed-command.js';
import { bacGiangUnitSeeds } from './units/bac-giang.units.js';
import { bacKanUnitSeeds } from './units/bac-kan.units.js';
import { haNamUnitSeeds } from './units/ha-nam.units.js';

/** What is registered by hand, not read from the seed documents: provinces, units, national directives. */
export const registeredSeeds: readonly SeedCommand[] = [
  ...provinceSeeds,
  ...bacKanUnitSeeds,
  ...bacGiangUnitSeeds,
  ...haNamUnitSeeds,
  ...directiveSeeds,
];

/**
 * What the seeds register, as the plan reader matches documents against it: units (with aliases),
 * directives (by number and date) and provinces. Plain lists, so a reader needs no store to draft.
 */
export const seedReaderLists = () => {
  const commands = [...registeredSeeds, ...provinceMergerSeeds].map((s) => s.command);
  // A province merged into a successor ends the day before the merger takes effect.
  const lastDays = new Map(
    commands.flatMap((c) =>
      c.type === 'MergeProvinces' ? c.mergedProvinceIds.map((id) => [id, addDays(c.effectiveOn, -1)] as const) : [],
    ),
  );
  return {
    units: commands.flatMap((c) =>
      c.type === 'RegisterOrgUnit' ? [{ unitId: c.unitId, name: c.name, aliases: c.aliases, provinceId: c.provinceId }] : [],
    ),
    directives: commands.flatMap((c) =>
      c.type === 'RegisterDirective'
        ? [{ directiveId: c.directiveId, number: c.directiveId, issuedOn: c.issuedOn.precision === 'DAY' ? c.issuedOn.value : null }]
        : [],
    ),
    provinces: commands.flatMap((c) =>
      c.type === 'RegisterProvince'
        ? [{ provinceId: c.provinceId, name: c.name, validFrom: c.establishedOn ?? null, validTo: lastDays.get(c.provinceId) ?? null }]
        : [],
    ),
  };
};
