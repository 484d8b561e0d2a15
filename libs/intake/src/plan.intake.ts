import {
  correctDirective as directiveCorrection,
  correctPlan as planCorrection,
  correctPlanTargetValues,
  parsePartialDate,
  reportPlanTargetValues,
  type CorrectDirective,
  type CorrectPlan,
  type IssuePlan,
  type PartialDate,
  type RegisterDirective,
} from '@monitor/domain';
import {
  actorOf,
  budgetOf,
  reportingDutiesOf,
  targetsOf,
  TOP_LEVEL,
  type ActorFields,
  type BudgetFields,
  type FieldNames,
  type ReportingDutyFields,
  type TargetFields,
} from './readings.js';
import { kept } from './task.intake.js';

type Maybe<T> = T | null | undefined;

export interface RegisterDirectiveFields {
  readonly directiveId: string;
  readonly kind: string;
  readonly title: string;
  readonly issuer: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY: as precisely as the document dates it. */
  readonly issuedOn: string;
  readonly implements?: Maybe<readonly string[]>;
}

/** A directive of the nation (provinceId null) or of a province. */
export const registerDirective = (
  given: RegisterDirectiveFields,
  provinceId: Maybe<string>,
  at: FieldNames = TOP_LEVEL,
): RegisterDirective => ({
  type: 'RegisterDirective',
  directiveId: given.directiveId,
  kind: given.kind,
  title: given.title,
  issuer: given.issuer,
  issuedOn: parsePartialDate(given.issuedOn, at.issuedOn),
  implements: given.implements ?? [],
  provinceId: provinceId ?? null,
});

export interface IssuePlanFields {
  readonly planId: string;
  readonly number?: Maybe<string>;
  readonly title: string;
  readonly issuerUnitId: string;
  readonly issuedOn: string;
  readonly implements?: Maybe<readonly string[]>;
  readonly cites?: Maybe<readonly string[]>;
  readonly statesNoBasis?: Maybe<boolean>;
  readonly parentPlanId?: Maybe<string>;
  readonly reportingDuties?: Maybe<readonly ReportingDutyFields[]>;
  readonly targets?: Maybe<readonly TargetFields[]>;
  readonly budget?: Maybe<BudgetFields>;
}

/** A province's plan: the province is the one the caller names (GraphQL) or publishes for (Kafka). */
export const issuePlan = (given: IssuePlanFields, provinceId: string, at: FieldNames = TOP_LEVEL): IssuePlan => ({
  type: 'IssuePlan',
  planId: given.planId,
  provinceId,
  number: given.number ?? null,
  title: given.title,
  issuerUnitId: given.issuerUnitId,
  issuedOn: parsePartialDate(given.issuedOn, at.issuedOn),
  implements: given.implements ?? [],
  cites: given.cites ?? [],
  statesNoBasis: given.statesNoBasis ?? false,
  parentPlanId: given.parentPlanId ?? null,
  reportingDuties: reportingDutiesOf(given.reportingDuties),
  targets: targetsOf(given.targets),
  budget: budgetOf(given.budget),
});

export { correctPlanTargetValues, reportPlanTargetValues };

const issuedOnOf = (value: Maybe<string>, at: FieldNames): PartialDate | undefined =>
  value == null ? undefined : parsePartialDate(value, at.issuedOn);
const signerOf = (value: Maybe<ActorFields>) => (value ? actorOf(value) : undefined);

export interface CorrectDirectiveFields {
  readonly directiveId: string;
  readonly kind?: Maybe<string>;
  readonly title?: Maybe<string>;
  readonly issuer?: Maybe<string>;
  readonly issuedOn?: Maybe<string>;
  readonly signedBy?: Maybe<ActorFields>;
  readonly reason: string;
}

export const correctDirective = (given: CorrectDirectiveFields, at: FieldNames = TOP_LEVEL): CorrectDirective =>
  directiveCorrection({
    directiveId: given.directiveId,
    changes: {
      kind: kept(given.kind),
      title: kept(given.title),
      issuer: kept(given.issuer),
      issuedOn: issuedOnOf(given.issuedOn, at),
      signedBy: signerOf(given.signedBy),
    },
    reason: given.reason,
  });

export interface CorrectPlanFields {
  readonly planId: string;
  /** Sent as null, the number is corrected to blank ("Số: /KH-UBND"); left out, it is kept. */
  readonly number?: string | null;
  readonly title?: Maybe<string>;
  readonly issuedOn?: Maybe<string>;
  readonly signedBy?: Maybe<ActorFields>;
  readonly implements?: Maybe<readonly string[]>;
  readonly cites?: Maybe<readonly string[]>;
  readonly reason: string;
}

export const correctPlan = (given: CorrectPlanFields, at: FieldNames = TOP_LEVEL): CorrectPlan =>
  planCorrection({
    planId: given.planId,
    changes: {
      number: given.number,
      title: kept(given.title),
      issuedOn: issuedOnOf(given.issuedOn, at),
      signedBy: signerOf(given.signedBy),
      implements: kept(given.implements),
      cites: kept(given.cites),
    },
    reason: given.reason,
  });
