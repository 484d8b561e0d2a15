import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput } from '../shared/errors.js';
import { optionalText, requireDistinct, requireId, requireText } from '../shared/ids.js';
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
export type OrgUnitCommand = RegisterOrgUnit;

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
export type OrgUnitEvent = OrgUnitRegistered;

export interface OrgUnitState {
  readonly registered: boolean;
  readonly provinceId: string | null;
}

export const orgUnitDecider: Decider<OrgUnitCommand, OrgUnitState, OrgUnitEvent> = {
  initialState: () => ({ registered: false, provinceId: null }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'OrgUnitRegistered':
        return { registered: true, provinceId: event.data.provinceId };
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'RegisterOrgUnit': {
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
        return [{ type: 'OrgUnitRegistered', data }];
      }
    }
  },
};
