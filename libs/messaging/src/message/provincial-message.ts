import { MAX_YEAR, MIN_YEAR } from '@monitor/domain';
import { z } from 'zod';

/**
 * What a provincial system publishes to `monitor.provincial-commands.v1`, version 1. One JSON object
 * per Kafka message, keyed by the province id. The JSON Schema in docs/messages/ is generated from
 * these definitions (npm run -s messages:schema) and a spec keeps it up to date.
 */
export const MESSAGE_VERSION = 1;

const id = z.string().trim().min(1).max(200);
const text = z.string().max(20_000);
/** The platform checks the calendar and the years (the domain's partial dates); the format says which. */
const YEARS = `a real calendar day or month, of a year from ${MIN_YEAR} to ${MAX_YEAR}`;
/** YYYY-MM-DD, YYYY-MM or YYYY: how precisely the document dates it. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY-MM-DD, YYYY-MM or YYYY')
  .describe(`YYYY-MM-DD, YYYY-MM or YYYY: ${YEARS}.`);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .describe(`YYYY-MM-DD: ${YEARS}.`);

const actor = z
  .object({
    name: z.string().trim().min(1).max(300),
    role: z.string().max(300),
    unitId: id.nullish(),
  })
  .strict()
  .describe('The official who did it in the world (signed, assigned, reported).');

const target = z
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

const deadline = z
  .object({
    text: text.nullish().describe('The wording of the document ("Quý III/2021", "Thường xuyên"); parsed when kind is absent.'),
    kind: z.enum(['BY_DATE', 'WITHIN_PERIOD', 'RECURRING', 'OPEN_ENDED', 'NONE']).nullish(),
    due: isoDay.nullish(),
    start: isoDay.nullish(),
  })
  .strict();

const reportingDuty = z
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

const budget = z
  .object({
    total: z.number().nonnegative(),
    unit: z.string().max(50),
    text,
    parts: z.array(z.object({ label: z.string().max(300), amount: z.number().nonnegative(), text }).strict()).nullish(),
  })
  .strict();

/** Fields every message carries, whatever it reports. */
const envelope = {
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
const occurredAt = z.iso
  .datetime({ offset: true })
  .describe(`When it happened in the world (ISO 8601 with offset), in a year from ${MIN_YEAR} to ${MAX_YEAR} in Vietnam.`);

const planIssued = z
  .object({
    ...envelope,
    type: z.literal('PlanIssued'),
    payload: z
      .object({
        planId: id,
        number: z.string().max(100).nullish(),
        title: text.min(1),
        issuerUnitId: id,
        issuedOn: partialDate,
        implements: z
          .array(id)
          .nullish()
          .describe('What its opening states as its basis ("Thực hiện …", "Căn cứ … triển khai"): these count in lag and coverage.'),
        cites: z.array(id).nullish().describe('National decisions it only mentions in its body: shown, never counted.'),
        statesNoBasis: z
          .boolean()
          .nullish()
          .describe(
            'True when its opening states no basis at all (nothing it implements, no parent plan): the plan is flagged, not refused.',
          ),
        parentPlanId: id.nullish(),
        reportingDuties: z.array(reportingDuty).nullish(),
        targets: z.array(target).nullish(),
        budget: budget.nullish(),
      })
      .strict(),
  })
  .strict();

const taskDefined = z
  .object({
    ...envelope,
    type: z.literal('TaskDefined'),
    occurredAt,
    payload: z
      .object({
        taskId: id,
        planId: id,
        code: z.string().max(50).nullish(),
        title: text.min(1),
        deadline: deadline.nullish(),
        targets: z.array(target).nullish(),
      })
      .strict(),
  })
  .strict();

const taskAssigned = z
  .object({
    ...envelope,
    type: z.literal('TaskAssigned'),
    occurredAt,
    payload: z.object({ taskId: id, leadUnitIds: z.array(id).nullish(), coordinatorUnitIds: z.array(id).nullish() }).strict(),
  })
  .strict();

const taskDeadlineChanged = z
  .object({
    ...envelope,
    type: z.literal('TaskDeadlineChanged'),
    occurredAt,
    payload: z.object({ taskId: id, deadline, reason: text.nullish() }).strict(),
  })
  .strict();

const percentComplete = z.number().min(0).max(100).nullish();
/** Values reached for targets, by target id: a task's (with a report) or a plan's own. */
const targetValues = z.array(z.object({ targetId: id, value: z.number() }).strict());
const reportedValues = targetValues.nullish().describe("Values reached for the task's targets (by target id).");

const progressReported = z
  .object({
    ...envelope,
    type: z.literal('ProgressReported'),
    occurredAt,
    payload: z.object({ taskId: id, reportId: id, unitId: id, percentComplete, summary: text.nullish(), values: reportedValues }).strict(),
  })
  .strict();

const progressReportCorrected = z
  .object({
    ...envelope,
    type: z.literal('ProgressReportCorrected'),
    occurredAt,
    payload: z
      .object({
        taskId: id,
        reportId: id.describe('The report corrected: its own event is never changed.'),
        percentComplete,
        summary: text.nullish(),
        values: reportedValues.describe('Values the report gave, as they should have been; targets left out keep theirs.'),
        reason: text.min(1).describe('Why the report was wrong: auditors read it.'),
      })
      .strict(),
  })
  .strict();

const planTargetValuesReported = z
  .object({
    ...envelope,
    type: z.literal('PlanTargetValuesReported'),
    occurredAt,
    payload: z
      .object({
        planId: id,
        reportId: id.describe('Chosen by the publisher, unique on the plan.'),
        unitId: id.describe("The unit that reports; one the plan's reporting duties name makes it a report they ask for."),
        values: targetValues.min(1).describe("Values reached for the plan's own targets (by target id)."),
        summary: text.nullish(),
      })
      .strict(),
  })
  .strict();

const planTargetValuesCorrected = z
  .object({
    ...envelope,
    type: z.literal('PlanTargetValuesCorrected'),
    occurredAt,
    payload: z
      .object({
        planId: id,
        reportId: id.describe('The report on the plan corrected: its own event is never changed.'),
        values: targetValues
          .min(1)
          .describe('Values the report gave, as they should have been (at least one); targets left out keep theirs.'),
        summary: text.nullish(),
        reason: text.min(1).describe('Why the report was wrong: auditors read it.'),
      })
      .strict(),
  })
  .strict();

const correctionReason = text.min(1).describe('Why the record was wrong: auditors read it.');

/** A plan recorded wrong, set right; directives are corrected by ADMIN, over GraphQL, never on this topic. */
const planCorrected = z
  .object({
    ...envelope,
    type: z.literal('PlanCorrected'),
    occurredAt,
    payload: z
      .object({
        planId: id.describe('The plan corrected: its PlanIssued is never changed; its id, province and parent never change.'),
        number: z
          .string()
          .max(100)
          .nullable()
          .optional()
          .describe('The number as written; null: the document leaves it blank. Fields left out keep their value.'),
        title: text.min(1).optional(),
        issuedOn: partialDate.optional(),
        signedBy: actor.optional().describe('The official who signed the plan.'),
        implements: z.array(id).optional().describe('The whole list of what the plan implements, as it should have been.'),
        cites: z.array(id).optional().describe('The whole list of what it only cites.'),
        reason: correctionReason,
      })
      .strict(),
  })
  .strict()
  .describe(
    "A plan's record set right (its number, date, title, signer, what it implements or cites): at least one field with a value other than the one recorded.",
  );

const taskCorrected = z
  .object({
    ...envelope,
    type: z.literal('TaskCorrected'),
    occurredAt,
    payload: z
      .object({
        taskId: id,
        title: text.min(1).optional(),
        leadUnitIds: z
          .array(id)
          .optional()
          .describe(
            'The whole list of lead (chủ trì) units the document names: the task had them from its first assignment (not a reassignment: TaskAssigned).',
          ),
        coordinatorUnitIds: z.array(id).optional().describe('The whole list of coordinating units.'),
        reason: correctionReason,
      })
      .strict(),
  })
  .strict()
  .describe("A task's record set right (its title, lead or coordinating units); a deadline is changed with TaskDeadlineChanged.");

const taskCompleted = z
  .object({
    ...envelope,
    type: z.literal('TaskCompleted'),
    occurredAt,
    payload: z.object({ taskId: id, summary: text.nullish() }).strict(),
  })
  .strict();

const orgUnitRegistered = z
  .object({
    ...envelope,
    type: z.literal('OrgUnitRegistered'),
    occurredAt,
    payload: z
      .object({
        unitId: id.describe('An id of the province\'s own namespace: "<province>.<unit>", e.g. "ha-nam.so-tai-chinh".'),
        name: z.string().trim().min(1).max(300),
        kind: z
          .enum(['AGENCY', 'GENERIC'])
          .describe('AGENCY: a named body; GENERIC: a class of bodies a document names without listing them.'),
        parentUnitId: id.nullish(),
        aliases: z.array(z.string().max(300)).max(50).nullish(),
      })
      .strict(),
  })
  .strict();

const orgUnitRenamed = z
  .object({
    ...envelope,
    type: z.literal('OrgUnitRenamed'),
    occurredAt,
    payload: z
      .object({
        unitId: id.describe("One of the province's own units: it keeps its id, duties and tasks."),
        name: z.string().trim().min(1).max(300),
        effectiveOn: isoDay.describe('The first day of the new name.'),
        legalBasis: z.string().max(300).nullish(),
      })
      .strict(),
  })
  .strict();

export const provincialMessageSchema = z
  .discriminatedUnion('type', [
    orgUnitRegistered,
    orgUnitRenamed,
    planIssued,
    planCorrected,
    planTargetValuesReported,
    planTargetValuesCorrected,
    taskDefined,
    taskAssigned,
    taskCorrected,
    taskDeadlineChanged,
    progressReported,
    progressReportCorrected,
    taskCompleted,
  ])
  .describe('A fact a provincial system publishes to the monitoring platform (format version 1).');

export type ProvincialMessage = z.infer<typeof provincialMessageSchema>;
export type ProvincialMessageType = ProvincialMessage['type'];

export type MessageParse = { ok: true; message: ProvincialMessage } | { ok: false; problem: string };

/** Decodes and validates one Kafka message value; names every problem found. */
export const parseProvincialMessage = (value: Buffer | string | null): MessageParse => {
  if (value === null || value.length === 0) return { ok: false, problem: 'the message has no value' };
  let json: unknown;
  try {
    json = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (error) {
    return { ok: false, problem: `the value is not JSON: ${(error as Error).message}` };
  }
  const parsed = provincialMessageSchema.safeParse(json);
  if (parsed.success) return { ok: true, message: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`).join('; ') };
};

/** The JSON Schema of the format, as committed in docs/messages/provincial-message.v1.schema.json. */
export const provincialMessageJsonSchema = (): Record<string, unknown> => ({
  $id: 'https://monitor.example.vn/schemas/provincial-message.v1.schema.json',
  title: 'ProvincialMessage v1',
  ...z.toJSONSchema(provincialMessageSchema, { target: 'draft-2020-12' }),
});
