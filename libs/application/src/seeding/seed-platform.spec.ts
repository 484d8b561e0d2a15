import { InMemoryEventStore } from '@monitor/event-store';
import { applyMonitoringEvent, compareProvinces, initialMonitoringState, type ProjectedEvent } from '@monitor/read-models';
import { seedCommands, type SeedCommand } from '@monitor/seeds';
import { parsePartialDate } from '@monitor/domain';
import { CommandRunner } from '../commands/command-runner.js';
import { seedPlatform, SeedRefusedError } from './seed-platform.js';

const stateOf = async (store: InMemoryEventStore) => {
  const state = initialMonitoringState();
  for (const event of await store.readAll({ maxCount: 1_000_000 })) applyMonitoringEvent(state, event as ProjectedEvent);
  return state;
};

describe('seeding the platform', () => {
  it('records the whole country, once: 696/QĐ-TTg of 2020 is measured against 63 provinces, or their 34 successors', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    expect(await seedPlatform(runner, seedCommands())).toEqual({ recorded: seedCommands().length, alreadyRecorded: 0, conflicting: [] });
    expect(await seedPlatform(runner, seedCommands())).toEqual({ recorded: 0, alreadyRecorded: seedCommands().length, conflicting: [] });
    const state = await stateOf(store);
    const compare = (provinceLevel: 'HISTORICAL' | 'SUCCESSORS') =>
      compareProvinces(state, { directive: state.directives.get('696/QĐ-TTg')!, asOf: '2025-12-31T00:00:00Z', provinceLevel }).coverage;
    // Only Hà Nam (2811/KH-UBND) implements it; Bắc Giang's 2021–2025 plan only cites it.
    expect(compare('HISTORICAL')).toMatchObject({
      denominator: { provinces: 63, basis: 'EXISTING', existingOn: '2020-05-25' },
      rate: 1 / 63,
    });
    expect(compare('HISTORICAL').provinceIdsWithoutPlan).toHaveLength(62);
    expect(compare('SUCCESSORS')).toMatchObject({ denominator: { provinces: 34, basis: 'EXISTING' }, rate: 1 / 34 });
    expect(compare('SUCCESSORS').provinceIdsWithoutPlan).not.toContain('ninh-binh-2025');
  });

  it("refuses, with a clear error, a store that holds the earlier seed's ninh-binh as the successor of 1 July 2025", async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    const on = parsePartialDate('2025-07-01');
    const earlierSeed: SeedCommand[] = [
      {
        command: { type: 'RegisterProvince', provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
        actor: null,
        occurredOn: parsePartialDate('2020-09-16'),
      },
      {
        command: { type: 'RegisterProvince', provinceId: 'ninh-binh', name: 'Ninh Bình', statisticalCode: null },
        actor: null,
        occurredOn: on,
      },
      {
        command: { type: 'RegisterProvince', provinceId: 'nam-dinh', name: 'Nam Định', statisticalCode: null },
        actor: null,
        occurredOn: on,
      },
      {
        command: {
          type: 'MergeProvinces',
          successorProvinceId: 'ninh-binh',
          mergedProvinceIds: ['ha-nam', 'nam-dinh'],
          effectiveOn: '2025-07-01',
          legalBasis: 'Nghị quyết 202/2025/QH15',
        },
        actor: null,
        occurredOn: on,
      },
    ];
    await seedPlatform(runner, earlierSeed);
    const refusal = seedPlatform(runner, seedCommands());
    await expect(refusal).rejects.toThrow(SeedRefusedError);
    await expect(seedPlatform(runner, seedCommands())).rejects.toThrow(
      /province ninh-binh is recorded as the successor of ha-nam, nam-dinh from 2025-07-01.*new data directory/,
    );
    // Nothing contradicting the record was added: Hà Nam is still only in the earlier merger.
    const state = await stateOf(store);
    expect(state.provinces.get('ha-nam')!.merger).toMatchObject({ successorId: 'ninh-binh' });
  });
});
