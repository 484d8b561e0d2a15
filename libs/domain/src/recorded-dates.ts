import { validateDeadline, type Deadline } from './shared/deadline.js';
import type { PartialDate } from './shared/partial-date.js';
import { parsePartialDate, requireInstantInRange, validatePartialDate } from './shared/partial-date.js';

/** An event as stored or exported: its type, data and metadata, read from outside the platform. */
export interface RecordedFacts {
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: { readonly occurredAt?: unknown } | null;
}

/**
 * Checks the dates of an event loaded from outside (an NDJSON import) as the deciders check them
 * before recording: each in the accepted years (see MIN_YEAR) and on the calendar. The fields are
 * named as in the event ("data.issuedOn", "metadata.occurredAt"). Events of types not listed carry
 * no date but their occurrence.
 */
export const checkRecordedDates = (event: RecordedFacts): void => {
  const data = (event.data ?? {}) as { issuedOn?: PartialDate; deadline?: Deadline; effectiveOn?: string; establishedOn?: string | null };
  switch (event.type) {
    case 'DirectiveRegistered':
    case 'PlanIssued':
      validatePartialDate(data.issuedOn, 'data.issuedOn');
      break;
    case 'TaskDefined':
    case 'TaskDeadlineChanged':
      if (data.deadline) validateDeadline(data.deadline, 'data.deadline');
      break;
    case 'ProvincesMerged':
      parsePartialDate(String(data.effectiveOn), 'data.effectiveOn');
      break;
    case 'ProvinceRegistered':
      if (data.establishedOn !== undefined && data.establishedOn !== null)
        parsePartialDate(String(data.establishedOn), 'data.establishedOn');
      break;
  }
  requireInstantInRange(event.metadata?.occurredAt as string, 'metadata.occurredAt');
};
