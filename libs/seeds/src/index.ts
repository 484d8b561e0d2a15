import { directiveSeeds } from './directives.js';
import { kh41Seeds } from './plans/bac-giang-41-kh-khcn.js';
import { kh59Seeds } from './plans/bac-giang-59-kh-ubnd.js';
import { kh2020MaySeeds } from './plans/bac-giang-kh-khcn-2020-05.js';
import { kh2021To2025Seeds } from './plans/bac-giang-kh-khcn-2021-2025.js';
import { qd684Seeds } from './plans/bac-kan-684-qd-ubnd.js';
import { kh2811Seeds } from './plans/ha-nam-2811-kh-ubnd.js';
import { provinceMergerSeeds } from './province-mergers.js';
import { provinceSeeds } from './provinces.js';
import type { SeedCommand } from './seed-command.js';
import { bacGiangUnitSeeds } from './units/bac-giang.units.js';
import { bacKanUnitSeeds } from './units/bac-kan.units.js';
import { haNamUnitSeeds } from './units/ha-nam.units.js';

export type { SeedCommand } from './seed-command.js';

/**
 * The five seed documents as commands, in causal order: provinces, units, directives (each after
 * what it implements), then each plan, oldest first and a parent before its children, followed by
 * its tasks and their assignments; last, the 2025 province mergers.
 */
export const seedCommands: readonly SeedCommand[] = [
  ...provinceSeeds,
  ...bacKanUnitSeeds,
  ...bacGiangUnitSeeds,
  ...haNamUnitSeeds,
  ...directiveSeeds,
  ...qd684Seeds,
  ...kh59Seeds,
  ...kh41Seeds,
  ...kh2020MaySeeds,
  ...kh2021To2025Seeds,
  ...kh2811Seeds,
  ...provinceMergerSeeds,
];
export { seedReaderLists } from './reader-lists.js';
