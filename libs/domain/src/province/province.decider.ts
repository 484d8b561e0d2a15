import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput, notFound } from '../shared/errors.js';
import { requireDistinctIds, requireId, requireText } from '../shared/ids.js';
import { parsePartialDate } from '../shared/partial-date.js';

export interface RegisterProvince {
  readonly type: 'RegisterProvince';
  readonly provinceId: string;
  readonly name: string;
  /** The General Statistics Office code, e.g. Hà Nam "35". */
  readonly statisticalCode: string | null;
  /**
   * 'YYYY-MM-DD': the first day the unit exists, for one established by a recorded change (Ninh Bình
   * formed on 1 July 2025, thành phố Huế on 1 January 2025); null or absent: it existed before the record begins.
   */
  readonly establishedOn?: string | null;
}

/**
 * Provinces merged into a successor by a legal act (Nghị quyết 202/2025/QH15: Bắc Giang and Bắc Ninh
 * into the Bắc Ninh formed on 1 July 2025). Recorded on the successor's stream; the merged provinces
 * keep their history. One province alone succeeded by another is the same event (Thừa Thiên Huế by
 * thành phố Huế, 1 January 2025).
 */
export interface MergeProvinces {
  readonly type: 'MergeProvinces';
  readonly successorProvinceId: string;
  readonly mergedProvinceIds: readonly string[];
  /** 'YYYY-MM-DD': the first day the merged provinces no longer exist. */
  readonly effectiveOn: string;
  /** The act that decided it, as written; null where the source states none (never guessed). */
  readonly legalBasis: string | null;
}
export type ProvinceCommand = RegisterProvince | MergeProvinces;

/** `establishedOn`: absent in events recorded before it existed, read as null. */
export type ProvinceRegistered = DomainEvent<
  'ProvinceRegistered',
  { provinceId: string; name: string; statisticalCode: string | null; establishedOn?: string | null }
>;
export type ProvincesMerged = DomainEvent<
  'ProvincesMerged',
  { successorProvinceId: string; mergedProvinceIds: string[]; effectiveOn: string; legalBasis: string | null }
>;
export type ProvinceEvent = ProvinceRegistered | ProvincesMerged;

export interface ProvinceState {
  readonly registered: boolean;
  /** Provinces already merged into this one. */
  readonly absorbed: readonly string[];
}

/** A day, as the merger's effective day is; null stays null (and is not written into the event). */
const establishedDay = (establishedOn: string | null | undefined): { establishedOn?: string } => {
  if (establishedOn === null || establishedOn === undefined) return {};
  const day = parsePartialDate(establishedOn, 'establishedOn');
  if (day.precision !== 'DAY') throw invalidInput('establishedOn', 'a province is established on a day (YYYY-MM-DD)');
  return { establishedOn: day.value };
};

const decideMerge = (command: MergeProvinces, state: ProvinceState): ProvincesMerged => {
  if (!state.registered) throw notFound('successorProvinceId', `province ${command.successorProvinceId} is not registered`);
  if (command.mergedProvinceIds.length === 0) throw invalidInput('mergedProvinceIds', 'name at least one province that merges');
  const merged = requireDistinctIds(command.mergedProvinceIds, 'mergedProvinceIds');
  if (merged.includes(command.successorProvinceId)) throw invalidInput('mergedProvinceIds', 'a province cannot merge into itself');
  const again = merged.find((id) => state.absorbed.includes(id));
  if (again) throw alreadyExists(`province ${again} already merged into ${command.successorProvinceId}`, 'mergedProvinceIds');
  const effective = parsePartialDate(command.effectiveOn, 'effectiveOn');
  if (effective.precision !== 'DAY') throw invalidInput('effectiveOn', 'a merger takes effect on a day (YYYY-MM-DD)');
  return {
    type: 'ProvincesMerged',
    data: {
      successorProvinceId: command.successorProvinceId,
      mergedProvinceIds: merged,
      effectiveOn: effective.value,
      legalBasis: command.legalBasis === null ? null : requireText(command.legalBasis, 'legalBasis'),
    },
  };
};

export const provinceDecider: Decider<ProvinceCommand, ProvinceState, ProvinceEvent> = {
  initialState: () => ({ registered: false, absorbed: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ProvinceRegistered':
        return { ...state, registered: true };
      case 'ProvincesMerged':
        return { ...state, absorbed: [...state.absorbed, ...event.data.mergedProvinceIds] };
    }
  },
  decide: (command, state, context) => {
    if (context.actingForProvince) throw forbidden('only national administrators register and merge provinces');
    switch (command.type) {
      case 'RegisterProvince': {
        if (state.registered) throw alreadyExists(`province ${command.provinceId} is already registered`, 'provinceId');
        return [
          {
            type: 'ProvinceRegistered',
            data: {
              provinceId: requireId(command.provinceId, 'provinceId'),
              name: requireText(command.name, 'name'),
              statisticalCode: command.statisticalCode,
              ...establishedDay(command.establishedOn),
            },
          },
        ];
      }
      case 'MergeProvinces':
        return [decideMerge(command, state)];
    }
  },
};
