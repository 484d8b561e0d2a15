import type { DissolveOrgUnit, MergeOrgUnit, OrgUnitKind, RegisterOrgUnit, RenameOrgUnit, SplitOrgUnit } from '@monitor/domain';

type Maybe<T> = T | null | undefined;

export interface RegisterOrgUnitFields {
  readonly unitId: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentUnitId?: Maybe<string>;
  readonly aliases?: Maybe<readonly string[]>;
}

/** A unit of a province, or of the nation (provinceId null). */
export const registerOrgUnit = (given: RegisterOrgUnitFields, provinceId: Maybe<string>): RegisterOrgUnit => ({
  type: 'RegisterOrgUnit',
  unitId: given.unitId,
  name: given.name,
  kind: given.kind,
  provinceId: provinceId ?? null,
  parentUnitId: given.parentUnitId ?? null,
  aliases: given.aliases ?? [],
});

export const renameOrgUnit = (given: {
  readonly unitId: string;
  readonly name: string;
  readonly effectiveOn: string;
  readonly legalBasis?: Maybe<string>;
}): RenameOrgUnit => ({
  type: 'RenameOrgUnit',
  unitId: given.unitId,
  name: given.name,
  effectiveOn: given.effectiveOn,
  legalBasis: given.legalBasis ?? null,
});

/** A merger of several units is one fact per unit, each recorded on its own stream, in order. */
export const mergeOrgUnits = (given: {
  readonly unitIds: readonly string[];
  readonly successorUnitId: string;
  readonly effectiveOn: string;
  readonly legalBasis: string;
}): MergeOrgUnit[] =>
  given.unitIds.map((unitId) => ({
    type: 'MergeOrgUnit',
    unitId,
    successorUnitId: given.successorUnitId,
    effectiveOn: given.effectiveOn,
    legalBasis: given.legalBasis,
  }));

export const splitOrgUnit = (given: {
  readonly unitId: string;
  readonly successorUnitIds: readonly string[];
  readonly effectiveOn: string;
  readonly legalBasis: string;
}): SplitOrgUnit => ({
  type: 'SplitOrgUnit',
  unitId: given.unitId,
  successorUnitIds: given.successorUnitIds,
  effectiveOn: given.effectiveOn,
  legalBasis: given.legalBasis,
});

export const dissolveOrgUnit = (given: {
  readonly unitId: string;
  readonly effectiveOn: string;
  readonly legalBasis: string;
}): DissolveOrgUnit => ({
  type: 'DissolveOrgUnit',
  unitId: given.unitId,
  effectiveOn: given.effectiveOn,
  legalBasis: given.legalBasis,
});
