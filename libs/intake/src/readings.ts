import {
  actor,
  firstDay,
  NO_DEADLINE,
  parseDeadline,
  validateDeadline,
  vietnamStartOfDay,
  type Actor,
  type Budget,
  type CommandContext,
  type Deadline,
  type DeadlineKind,
  type PartialDate,
  type ReportDataWindow,
  type ReportFrequency,
  type ReportingDuty,
  type Target,
} from '@monitor/domain';

/** What a source leaves out may come as undefined (JSON, GraphQL) or null (GraphQL, sent as null). */
type Maybe<T> = T | null | undefined;

/**
 * Where a source's fields sit, named in error messages: a GraphQL input's at its top ("deadline"),
 * a provincial message's in its payload ("payload.deadline").
 */
export interface FieldNames {
  readonly deadline: string;
  readonly issuedOn: string;
}

export const fieldsAt = (prefix: string): FieldNames => ({ deadline: `${prefix}deadline`, issuedOn: `${prefix}issuedOn` });

export const TOP_LEVEL: FieldNames = fieldsAt('');

export interface ActorFields {
  readonly name: string;
  readonly role: string;
  readonly unitId?: Maybe<string>;
}

/** The official a source names as having done it in the world (signed, assigned, reported). */
export const officialOf = (given: ActorFields): Actor => actor(given.name, given.role, given.unitId ?? null);

export const actorOf = (given: Maybe<ActorFields>): Actor | null => (given ? officialOf(given) : null);

export interface DeadlineFields {
  /** The wording of the document ("Quý III/2021", "Thường xuyên"): parsed when no kind is given. */
  readonly text?: Maybe<string>;
  readonly kind?: Maybe<DeadlineKind>;
  readonly due?: Maybe<string>;
  readonly start?: Maybe<string>;
}

/** A deadline as stated: read from its wording unless its kind is given; none when left out. */
export const deadlineOf = (given: Maybe<DeadlineFields>, field: string): Deadline => {
  if (!given) return NO_DEADLINE;
  if (!given.kind) return parseDeadline(given.text ?? '', `${field}.text`);
  return validateDeadline(
    { kind: given.kind, due: given.due ?? null, start: given.start ?? null, recurrence: null, text: given.text ?? null },
    field,
  );
};

export interface TargetFields extends Omit<Target, 'min' | 'max' | 'horizon'> {
  readonly min?: Maybe<number>;
  readonly max?: Maybe<number>;
  readonly horizon?: Maybe<string>;
}

export const targetsOf = (given: Maybe<readonly TargetFields[]>): Target[] =>
  (given ?? []).map((t) => ({
    id: t.id,
    indicator: t.indicator,
    kind: t.kind,
    min: t.min ?? null,
    max: t.max ?? null,
    unit: t.unit,
    horizon: t.horizon ?? null,
    text: t.text,
  }));

export interface ReportingDutyFields {
  readonly id: string;
  readonly reporterUnitIds: readonly string[];
  readonly recipient: string;
  readonly recipientUnitId?: Maybe<string>;
  readonly frequency: ReportFrequency;
  readonly dueMonth?: Maybe<number>;
  readonly dueDay?: Maybe<number>;
  readonly dataWindow?: Maybe<ReportDataWindow>;
  readonly text: string;
}

export const reportingDutiesOf = (given: Maybe<readonly ReportingDutyFields[]>): ReportingDuty[] =>
  (given ?? []).map((d) => ({
    ...d,
    recipientUnitId: d.recipientUnitId ?? null,
    dueMonth: d.dueMonth ?? null,
    dueDay: d.dueDay ?? null,
    dataWindow: d.dataWindow ?? 'CALENDAR',
  }));

export interface BudgetFields {
  readonly total: number;
  readonly unit: string;
  readonly text: string;
  readonly parts?: Maybe<readonly { readonly label: string; readonly amount: number; readonly text: string }[]>;
}

export const budgetOf = (given: Maybe<BudgetFields>): Budget | null =>
  given ? { total: given.total, unit: given.unit, text: given.text, parts: given.parts ?? [] } : null;

/** When a document's act happened: the first day its date names, at the start of that day in Vietnam. */
export const occurredOnDocumentDate = (date: PartialDate): Pick<CommandContext, 'occurredAt' | 'occurredAtPrecision'> => ({
  occurredAt: vietnamStartOfDay(firstDay(date)),
  occurredAtPrecision: date.precision,
});
