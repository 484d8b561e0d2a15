import { MAX_YEAR, MIN_YEAR } from '@monitor/domain';
import { z } from 'zod';

// The fields provincial messages share: ids, text, dates, officials, targets, deadlines, reporting
// duties, budgets, the envelope every message carries.

export const MESSAGE_VERSION = 1;

export const id = z.string().trim().min(1).max(200);
export const text = z.string().max(20_000);
/** The platform checks the calendar and the years (the domain's partial dates); the format says which. */
export const YEARS = `a real calendar day or month, of a year from ${MIN_YEAR} to ${MAX_YEAR}`;
/** YYYY-MM-DD, YYYY-MM or YYYY: how precisely the document dates it. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY-MM-DD, YYYY-MM or YYYY')
  .describe(`YYYY-MM-DD, YYYY-MM or YYYY: ${YEARS}.`);
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .describe(`YYYY-MM-DD: ${YEARS}.`);

export const actor = z
  .object({
    name: z.string().trim().min(1).max(300),
    role: z.string().max(300),
    unitId: id.nullish(),
  })
  .strict()
  .describe('The official who did it in the world (signed, assigned, reported).');

export const target = z
  .object({
    id,
    indicator: text,
    kind: z.enum(['AT_LEAST', 'AT_MOST', 'ABOUT', 'EXACT', 'RANGE', 'GROWTH_RATE', 'SHARE_OF_BUDGET']),
    min: z.number().nullish(),
    max: z.number().nullish(),
    unit: z.string().max(100),
    horizon: z.string().max(100).nullish(),
    text,
  })
  .strict();

export const deadline = z
  .object({
    text: text.nullish().describe('The wording of the document ("Quý III/2021", "Thường xuyên"); parsed when kind is absent.'),
    kind: z.enum(['BY_DATE', 'WITHIN_PERIOD', 'RECURRING', 'OPEN_ENDED', 'NONE']).nullish(),
    due: isoDay.nullish(),
    start: isoDay.nullish(),
  })
  .strict();

export const reportingDuty = z
  .object({
    id,
    reporterUnitIds: z.array(id).min(1),
    recipient: z.string().max(300),
    recipientUnitId: id.nullish(),
    frequency: z.enum(['YEARLY', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY', 'ONCE']),
    dueMonth: z.number().int().min(1).max(12).nullish(),
    dueDay: z.number().int().min(1).max(31).nullish(),
    dataWindow: z
      .enum(['CALENDAR', 'DECREE_09_2019'])
      .nullish()
      .describe(
        "Which days a period's report covers: CALENDAR (default) or DECREE_09_2019 (Nghị định 09/2019/NĐ-CP: windows from the 15th to the 14th).",
      ),
    text,
  })
  .strict();

export const budget = z
  .object({
    total: z.number().nonnegative(),
    unit: z.string().max(50),
    text,
    parts: z.array(z.object({ label: z.string().max(300), amount: z.number().nonnegative(), text }).strict()).nullish(),
  })
  .strict();

/** Fields every message carries, whatever it reports. */
export const envelope = {
  version: z.literal(MESSAGE_VERSION).describe('The message format version: 1.'),
  messageId: z
    .uuid()
    .describe(
      'Chosen by the publisher, unique per fact: publishing it again records nothing twice. A time-ordered UUIDv7 is best: the events it becomes are stored side by side.',
    ),
  province: id.describe('The publishing province (also the Kafka key); it may only report on itself.'),
  actor: actor.nullish(),
};

/** Task messages say when it happened; a plan is dated by its issuedOn. */
export const occurredAt = z.iso
  .datetime({ offset: true })
  .describe(`When it happened in the world (ISO 8601 with offset), in a year from ${MIN_YEAR} to ${MAX_YEAR} in Vietnam.`);

export const percentComplete = z.number().min(0).max(100).nullish();
/** Values reached for targets, by target id: a task's (with a report) or a plan's own. */
export const targetValues = z.array(z.object({ targetId: id, value: z.number() }).strict());
export const reportedValues = targetValues.nullish().describe("Values reached for the task's targets (by target id).");

export const correctionReason = text.min(1).describe('Why the record was wrong: auditors read it.');
