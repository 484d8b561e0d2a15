import type { Decider } from '../shared/decider.js';
import type { CommandContext, DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput, notFound, ruleViolated } from '../shared/errors.js';
import { optionalText, requireDistinct, requireDistinctIds, requireId, requireText } from '../shared/ids.js';
import { parsePartialDate } from '../shared/partial-date.js';
import { foldText } from '../shared/text.js';

/**
 * AGENCY is a named body ("Sở Khoa học và Công nghệ"); GENERIC is a class of bodies a document names
 * without listing them ("UBND các huyện, thành phố", "Các Sở, Ngành liên quan").
 */
export type OrgUnitKind = 'AGENCY' | 'GENERIC';

export interface RegisterOrgUnit {
  readonly type: 'RegisterOrgUnit';
  readonly unitId: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  /** null for national bodies. */
  readonly provinceId: string | null;
  readonly parentUnitId: string | null;
  /** Abbreviations the documents use, e.g. "TT UDTB KH&CN". */
  readonly aliases: readonly string[];
}

/** What every change of a unit states: from which day ('YYYY-MM-DD'), and the act that decided it. */
interface UnitChange {
  readonly unitId: string;
  readonly effectiveOn: string;
  readonly legalBasis: string;
}

/** The same unit (same id, same duties) under a new name from `effectiveOn`. */
export interface RenameOrgUnit extends Omit<UnitChange, 'legalBasis'> {
  readonly type: 'RenameOrgUnit';
  readonly name: string;
  readonly legalBasis: string | null;
}

/**
 * The unit merges into a successor (Sở Kế hoạch và Đầu tư into Sở Tài chính from 1 March 2025): from
 * `effectiveOn` its duties and tasks are the successor's. Several units merging into one are one
 * such fact each, recorded on each merged unit's stream.
 */
export interface MergeOrgUnit extends UnitChange {
  readonly type: 'MergeOrgUnit';
  readonly successorUnitId: string;
}

/**
 * The unit's duties are divided among several successors (Sở Lao động - Thương binh và Xã hội: labour
 * to Sở Nội vụ, social protection to Sở Y tế). Which duty goes where is not in the act's name: none
 * passes to a successor by itself; they are shown as awaiting reassignment.
 */
export interface SplitOrgUnit extends UnitChange {
  readonly type: 'SplitOrgUnit';
  readonly successorUnitIds: readonly string[];
}

/** The unit ends with no successor (the district level abolished on 1 July 2025). */
export interface DissolveOrgUnit extends UnitChange {
  readonly type: 'DissolveOrgUnit';
}

export type OrgUnitCommand = RegisterOrgUnit | RenameOrgUnit | MergeOrgUnit | SplitOrgUnit | DissolveOrgUnit;

export type OrgUnitRegistered = DomainEvent<
  'OrgUnitRegistered',
  {
    unitId: string;
    name: string;
    kind: OrgUnitKind;
    provinceId: string | null;
    parentUnitId: string | null;
    aliases: string[];
  }
>;
export type OrgUnitRenamed = DomainEvent<
  'OrgUnitRenamed',
  { unitId: string; name: string; previousName: string; effectiveOn: string; legalBasis: string | null }
>;
export type OrgUnitMerged = DomainEvent<
  'OrgUnitMerged',
  { unitId: string; successorUnitId: string; effectiveOn: string; legalBasis: string }
>;
export type OrgUnitSplit = DomainEvent<
  'OrgUnitSplit',
  { unitId: string; successorUnitIds: string[]; effectiveOn: string; legalBasis: string }
>;
export type OrgUnitDissolved = DomainEvent<'OrgUnitDissolved', { unitId: string; effectiveOn: string; legalBasis: string }>;
export type OrgUnitEvent = OrgUnitRegistered | OrgUnitRenamed | OrgUnitMerged | OrgUnitSplit | OrgUnitDissolved;

/** How a unit ended: merged (one successor), split (several) or dissolved (none). */
export interface OrgUnitEnd {
  readonly kind: 'MERGED' | 'SPLIT' | 'DISSOLVED';
  readonly successorUnitIds: readonly string[];
  /** The first day the unit no longer exists. */
  readonly effectiveOn: string;
  readonly legalBasis: string;
}

export interface OrgUnitState {
  readonly registered: boolean;
  readonly provinceId: string | null;
  readonly name: string;
  /** The day the name in force took effect (null: since registration). */
  readonly namedOn: string | null;
  readonly end: OrgUnitEnd | null;
}

const requireEffectiveDay = (value: string): string => {
  const effective = parsePartialDate(value, 'effectiveOn');
  if (effective.precision !== 'DAY') throw invalidInput('effectiveOn', 'a change of a unit takes effect on a day (YYYY-MM-DD)');
  return effective.value;
};

/** A unit changed must exist and not have ended; merging, splitting and dissolving are national administrators'. */
const requireChangeable = (command: Exclude<OrgUnitCommand, RegisterOrgUnit>, state: OrgUnitState, context: CommandContext): void => {
  const province = context.actingForProvince;
  if (province && command.type !== 'RenameOrgUnit') {
    throw forbidden('only national administrators merge, split and dissolve units: it changes the reports a province owes', 'unitId');
  }
  if (!state.registered) throw notFound('unitId', `unit ${command.unitId} is not registered`);
  if (province && state.provinceId !== province) throw forbidden(`unit ${command.unitId} is not a unit of ${province}`, 'unitId');
  if (state.end) {
    throw ruleViolated(`unitId: unit ${command.unitId} ended (${state.end.kind.toLowerCase()}) on ${state.end.effectiveOn}`, 'unitId');
  }
};

const register = (command: RegisterOrgUnit, state: OrgUnitState, context: CommandContext): OrgUnitRegistered => {
  if (context.actingForProvince && command.provinceId !== context.actingForProvince) {
    throw forbidden(`a system of ${context.actingForProvince} may only register units of its own province`, 'provinceId');
  }
  const unitId = requireId(command.unitId, 'unitId');
  if (command.kind !== 'AGENCY' && command.kind !== 'GENERIC') throw invalidInput('kind', `"${command.kind}" is not AGENCY or GENERIC`);
  const aliases = command.aliases.map((a) => optionalText(a)).filter((a): a is string => a !== null);
  requireDistinct(aliases, foldText, 'aliases');
  const data = {
    unitId,
    name: requireText(command.name, 'name'),
    kind: command.kind,
    provinceId: command.provinceId === null ? null : requireId(command.provinceId, 'provinceId'),
    parentUnitId: command.parentUnitId === null ? null : requireId(command.parentUnitId, 'parentUnitId'),
    aliases,
  };
  if (state.registered) throw alreadyExists(`unit ${unitId} is already registered`, 'unitId');
  return { type: 'OrgUnitRegistered', data };
};

const change = (command: Exclude<OrgUnitCommand, RegisterOrgUnit>, state: OrgUnitState, context: CommandContext): OrgUnitEvent => {
  requireChangeable(command, state, context);
  const effectiveOn = requireEffectiveDay(command.effectiveOn);
  const { unitId } = command;
  switch (command.type) {
    case 'RenameOrgUnit': {
      const name = requireText(command.name, 'name');
      if (foldText(name) === foldText(state.name)) throw ruleViolated(`name: unit ${unitId} is already named "${state.name}"`, 'name');
      if (state.namedOn !== null && effectiveOn <= state.namedOn) {
        throw ruleViolated(
          `effectiveOn: the name in force took effect on ${state.namedOn}; a new name takes effect after it`,
          'effectiveOn',
        );
      }
      return {
        type: 'OrgUnitRenamed',
        data: { unitId, name, previousName: state.name, effectiveOn, legalBasis: optionalText(command.legalBasis) },
      };
    }
    case 'MergeOrgUnit': {
      const successorUnitId = requireId(command.successorUnitId, 'successorUnitId');
      if (successorUnitId === unitId) throw invalidInput('successorUnitId', 'a unit cannot merge into itself');
      return {
        type: 'OrgUnitMerged',
        data: { unitId, successorUnitId, effectiveOn, legalBasis: requireText(command.legalBasis, 'legalBasis') },
      };
    }
    case 'SplitOrgUnit': {
      const successorUnitIds = requireDistinctIds(command.successorUnitIds, 'successorUnitIds');
      if (successorUnitIds.length < 2)
        throw invalidInput('successorUnitIds', 'a split names at least two successors (one successor is a merger)');
      if (successorUnitIds.includes(unitId)) throw invalidInput('successorUnitIds', 'a unit cannot be its own successor');
      return {
        type: 'OrgUnitSplit',
        data: { unitId, successorUnitIds, effectiveOn, legalBasis: requireText(command.legalBasis, 'legalBasis') },
      };
    }
    case 'DissolveOrgUnit':
      return { type: 'OrgUnitDissolved', data: { unitId, effectiveOn, legalBasis: requireText(command.legalBasis, 'legalBasis') } };
  }
};

const ended = (
  kind: OrgUnitEnd['kind'],
  successorUnitIds: readonly string[],
  data: { effectiveOn: string; legalBasis: string },
): OrgUnitEnd => ({
  kind,
  successorUnitIds,
  effectiveOn: data.effectiveOn,
  legalBasis: data.legalBasis,
});

export const orgUnitDecider: Decider<OrgUnitCommand, OrgUnitState, OrgUnitEvent> = {
  initialState: () => ({ registered: false, provinceId: null, name: '', namedOn: null, end: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'OrgUnitRegistered':
        return { ...state, registered: true, provinceId: event.data.provinceId, name: event.data.name };
      case 'OrgUnitRenamed':
        return { ...state, name: event.data.name, namedOn: event.data.effectiveOn };
      case 'OrgUnitMerged':
        return { ...state, end: ended('MERGED', [event.data.successorUnitId], event.data) };
      case 'OrgUnitSplit':
        return { ...state, end: ended('SPLIT', event.data.successorUnitIds, event.data) };
      case 'OrgUnitDissolved':
        return { ...state, end: ended('DISSOLVED', [], event.data) };
    }
  },
  decide: (command, state, context) => [
    command.type === 'RegisterOrgUnit' ? register(command, state, context) : change(command, state, context),
  ],
};

/** A unit's state from its stream's events (reference checks read what other commands name). */
export const orgUnitStateOf = (events: readonly { type: string; data: unknown }[]): OrgUnitState =>
  events.reduce((state, event) => orgUnitDecider.evolve(state, event as OrgUnitEvent), orgUnitDecider.initialState());
