import { streams } from '@monitor/domain';
import { checkStreamPrefixes, isSystemEvent, platformStreamPrefixes } from './stream-filter.js';

describe("the filter to the platform's own events", () => {
  it('covers every stream the domain names, and only those categories', () => {
    const prefixes = platformStreamPrefixes();
    expect(prefixes.sort()).toEqual(['directive-', 'draft-', 'plan-', 'province-', 'task-', 'unit-']);
    const names = [
      streams.province('ha-nam'),
      streams.orgUnit('ha-nam.so-khcn'),
      streams.directive('696/QĐ-TTg'),
      streams.plan('ha-nam.2811'),
      streams.task('t1'),
      streams.documentDraft('a'.repeat(64)),
    ];
    for (const name of names) expect(prefixes.some((prefix) => name.startsWith(prefix))).toBe(true);
  });

  it("tells KurrentDB's own records apart: $-streams and $-event types", () => {
    expect(isSystemEvent({ streamId: '$$task-t1', type: '$metadata' })).toBe(true);
    expect(isSystemEvent({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(true);
    expect(isSystemEvent({ streamId: 'task-t1', type: '$streamDeleted' })).toBe(true);
    expect(isSystemEvent({ streamId: '$ce-task', type: '$>' })).toBe(true);
    expect(isSystemEvent({ streamId: 'task-t1', type: 'ProgressReported' })).toBe(false);
  });

  it('refuses prefixes that would read nothing or read the system streams', () => {
    expect(() => checkStreamPrefixes([])).toThrow(/at least one stream prefix/);
    expect(() => checkStreamPrefixes(['task-', ''])).toThrow(/stream prefix "" would include/);
    expect(() => checkStreamPrefixes(['$ce-'])).toThrow(/"\$ce-"/);
    expect(checkStreamPrefixes(['task-'])).toEqual(['task-']);
  });
});
