// Test-only: the record a hand-written draft of a short Hà Nam plan needs (province, units, directive),
// for specs of the review that isolate it from the reader. The draft itself is the domain's fixture.
import { parsePartialDate, type PlatformCommand } from '@monitor/domain';

export { FIXTURE_TEXT, planDraftFixture } from '@monitor/domain/testing';

const unit = (unitId: string, name: string, provinceId: string | null): PlatformCommand => ({
  type: 'RegisterOrgUnit',
  unitId,
  name,
  kind: 'AGENCY',
  provinceId,
  parentUnitId: null,
  aliases: [],
});

/** Hà Nam and Bắc Giang, Hà Nam's units the draft names, a unit of Bắc Giang, and 696/QĐ-TTg. */
export const draftRecord = (): PlatformCommand[] => [
  { type: 'RegisterProvince', provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
  { type: 'RegisterProvince', provinceId: 'bac-giang', name: 'Bắc Giang', statisticalCode: '24' },
  unit('ha-nam.ubnd-tinh', 'UBND tỉnh Hà Nam', 'ha-nam'),
  unit('ha-nam.so-khcn', 'Sở KH&CN Hà Nam', 'ha-nam'),
  unit('ha-nam.ubnd-huyen', 'UBND các huyện', 'ha-nam'),
  unit('bac-giang.so-khcn', 'Sở KH&CN Bắc Giang', 'bac-giang'),
  {
    type: 'RegisterDirective',
    directiveId: '696/QĐ-TTg',
    kind: 'Quyết định',
    title: 'Kết luận 50-KL/TW',
    issuer: 'Thủ tướng',
    issuedOn: parsePartialDate('2020-05-25'),
    implements: [],
    provinceId: null,
  },
];
