import { seedReaderLists } from '@monitor/seeds';
import { ROLES } from './principal.js';

/**
 * The provinces the seeds register: those the embedded default records at start-up. The
 * token command runs without the platform, so it checks against these; the platform itself refuses a
 * token whose province its read models do not hold (RegisteredProvincesOnly).
 */
export const seededProvinceIds = (): string[] => seedReaderLists().provinces.map((p) => p.provinceId);

/** Why `npm run -s token -- <role> [province]` cannot print a token, naming what would do; null when it can. */
export const developmentTokenProblem = (
  role: string | undefined,
  provinceId: string | undefined,
  provinces: readonly string[],
): string | null => {
  if (!ROLES.includes(role as (typeof ROLES)[number])) return `unknown role "${role ?? ''}": one of ${ROLES.join(', ')}`;
  if (role !== 'PROVINCE') return provinceId === undefined ? null : `a province id goes with PROVINCE only, not with ${role}`;
  if (provinceId === undefined) return `PROVINCE needs a province id, one of ${provinces.join(', ')}`;
  return provinces.includes(provinceId) ? null : `unknown province "${provinceId}": one of ${provinces.join(', ')}`;
};
