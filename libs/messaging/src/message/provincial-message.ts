import { z } from 'zod';
import {
  id,
  text,
  partialDate,
  isoDay,
  actor,
  target,
  deadline,
  reportingDuty,
  budget,
  envelope,
  occurredAt,
  percentComplete,
  targetValues,
  reportedValues,
  correctionReason,
} from './message-fields.js';

/**
 * What a provincial system publishes to `monitor.provincial-commands.v1`, version 1. One JSON object
 * per Kafka message, keyed by the province id. The JSON Schema in docs/messages/ is generated from
 * these definitions (npm run -s messages:schema) and a spec keeps it up to date.
 */
export { MESSAGE_VERSION } from './message-fields.js';

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
