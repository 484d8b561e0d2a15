import { deciderSpec, provinceContext } from '../testing/decider-spec.js';
import { correctDirective, directiveDecider, type DirectiveEvent } from './directive.decider.js';

const registered: DirectiveEvent = {
  type: 'DirectiveRegistered',
  data: {
    directiveId: '696/QĐ-TTg',
    kind: 'Quyết định',
    title: 'Kế hoạch thực hiện Kết luận 50-KL/TW',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: { value: '2020-05-26', precision: 'DAY' },
    implements: [],
    provinceId: null,
  },
};
const reason = 'Quyết định ký ngày 25/5/2020';
const correct = (changes: Parameters<typeof correctDirective>[0]['changes'], why = reason) =>
  correctDirective({ directiveId: '696/QĐ-TTg', changes, reason: why });
const given = (...events: DirectiveEvent[]) => deciderSpec(directiveDecider).given(events);

describe('directive decider: CorrectDirective', () => {
  it('sets its date right, naming the previous one', () =>
    given(registered)
      .when(correct({ issuedOn: { value: '2020-05-25', precision: 'DAY' } }))
      .then([
        {
          type: 'DirectiveCorrected',
          data: {
            directiveId: '696/QĐ-TTg',
            fields: [
              { field: 'issuedOn', previous: { value: '2020-05-26', precision: 'DAY' }, value: { value: '2020-05-25', precision: 'DAY' } },
            ],
            reason,
          },
        },
      ]));

  it('refuses its number (its identity), an unknown field, nothing changed, no reason, a province, a directive not registered', () => {
    given(registered)
      .when(correct({ id: '697/QĐ-TTg' } as never))
      .thenThrows('RULE_VIOLATED', /identity/, 'id');
    given(registered)
      .when(correct({ signer: 'x' } as never))
      .thenThrows('INVALID_INPUT', /no field "signer"/, 'signer');
    given(registered)
      .when(correct({ issuer: 'Thủ tướng Chính phủ' }))
      .thenThrows('INVALID_INPUT', /changes nothing/, 'fields');
    given(registered)
      .when(correct({ title: 'Khác' }, ' '))
      .thenThrows('INVALID_INPUT', /blank/, 'reason');
    deciderSpec(directiveDecider, provinceContext('ha-nam'))
      .given([registered])
      .when(correct({ title: 'Khác' }))
      .thenThrows('FORBIDDEN', /ADMIN/, 'directiveId');
    given()
      .when(correct({ title: 'Khác' }))
      .thenThrows('NOT_FOUND', /not registered/, 'directiveId');
  });
});
