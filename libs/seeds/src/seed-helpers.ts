import type { Actor, IssuePlan, OrgUnitKind, PartialDate } from '@monitor/domain';
import type { SeedCommand } from './seed-command.js';

/**
 * A unit as the seeds attest it. Registration is not the unit's founding: `attestedOn` is the date of
 * the earliest seed document that names it, the only date the seeds give.
 */
export const orgUnit = (
  unitId: string,
  name: string,
  attestedOn: PartialDate,
  options: { kind?: OrgUnitKind; provinceId: string; parentUnitId?: string; aliases?: readonly string[] },
): SeedCommand => ({
  command: {
    type: 'RegisterOrgUnit',
    unitId,
    name,
    kind: options.kind ?? 'AGENCY',
    provinceId: options.provinceId,
    parentUnitId: options.parentUnitId ?? null,
    aliases: options.aliases ?? [],
  },
  actor: null,
  occurredOn: attestedOn,
});

/** A plan registered by hand (59/KH-UBND: no document of it is in the set), without tasks. */
export const planSeeds = (plan: Omit<IssuePlan, 'type'>, signer: Actor | null, issuedOn: PartialDate): SeedCommand[] => [
  { command: { type: 'IssuePlan', ...plan }, actor: signer, occurredOn: issuedOn },
];
