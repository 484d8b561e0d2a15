import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden } from '../shared/errors.js';
import { requireId, requireText } from '../shared/ids.js';

export interface RegisterProvince {
  readonly type: 'RegisterProvince';
  readonly provinceId: string;
  readonly name: string;
  /** The General Statistics Office code, e.g. Hà Nam "35". */
  readonly statisticalCode: string | null;
}
export type ProvinceCommand = RegisterProvince;

export type ProvinceRegistered = DomainEvent<
  'ProvinceRegistered',
  { provinceId: string; name: string; statisticalCode: string | null }
>;
export type ProvinceEvent = ProvinceRegistered;

export interface ProvinceState {
  readonly registered: boolean;
}

export const provinceDecider: Decider<ProvinceCommand, ProvinceState, ProvinceEvent> = {
  initialState: () => ({ registered: false }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'ProvinceRegistered':
        return { registered: true };
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'RegisterProvince': {
        if (context.actingForProvince) throw forbidden('only national administrators register provinces');
        if (state.registered) throw alreadyExists(`province ${command.provinceId} is already registered`, 'provinceId');
        return [
          {
            type: 'ProvinceRegistered',
            data: {
              provinceId: requireId(command.provinceId, 'provinceId'),
              name: requireText(command.name, 'name'),
              statisticalCode: command.statisticalCode,
            },
          },
        ];
      }
    }
  },
};
