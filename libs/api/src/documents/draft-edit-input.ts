import {
  invalidInput,
  parsePartialDate,
  type DraftEdit,
  type HeaderEdit,
  type ReferenceEdit,
  type ReportingDutyEdit,
  type UnitEdit,
} from '@monitor/domain';

import type { TargetInput } from '../graphql/inputs.js';

type Maybe<T> = T | null | undefined;
interface UnitInput {
  readonly name: string;
  readonly unitId?: Maybe<string>;
}
export interface DraftEditInput {
  readonly op: DraftEdit['op'];
  readonly taskRef?: Maybe<string>;
  readonly title?: Maybe<string>;
  readonly units?: Maybe<readonly UnitInput[]>;
  readonly deadlineText?: Maybe<string>;
  readonly ref?: Maybe<string>;
  readonly startLine?: Maybe<number>;
  readonly endLine?: Maybe<number>;
  readonly header?: Maybe<{
    readonly kind?: Maybe<string>;
    readonly number?: Maybe<string>;
    readonly issuer?: Maybe<UnitInput>;
    readonly issuedOn?: Maybe<string>;
    readonly title?: Maybe<string>;
    readonly signedByName?: Maybe<string>;
    readonly signedByTitle?: Maybe<string>;
  }>;
  readonly references?: Maybe<
    readonly { number?: Maybe<string>; description: string; directiveId?: Maybe<string>; startLine: number; endLine: number }[]
  >;
  readonly targetText?: Maybe<string>;
  readonly target?: Maybe<TargetInput>;
  readonly duties?: Maybe<
    readonly {
      reporter?: Maybe<UnitInput>;
      recipient?: Maybe<UnitInput>;
      frequency?: Maybe<string>;
      dueText?: Maybe<string>;
      startLine: number;
      endLine: number;
    }[]
  >;
}

const required = <T>(value: Maybe<T>, field: string, op: string): T => {
  if (value === null || value === undefined) throw invalidInput(field, `${op} needs ${field.split('.').pop()}`);
  return value;
};
const unit = (u: UnitInput): UnitEdit => ({ name: u.name, unitId: u.unitId ?? null });
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const headerOf = (h: NonNullable<DraftEditInput['header']>, field: string): HeaderEdit => ({
  ...(has(h, 'kind') ? { kind: h.kind ?? null } : {}),
  ...(has(h, 'number') ? { number: h.number ?? null } : {}),
  ...(has(h, 'issuer') ? { issuer: h.issuer ? unit(h.issuer) : null } : {}),
  ...(has(h, 'issuedOn') ? { issuedOn: h.issuedOn ? parsePartialDate(h.issuedOn, `${field}.issuedOn`) : null } : {}),
  ...(has(h, 'title') ? { title: h.title ?? null } : {}),
  ...(has(h, 'signedByName') || has(h, 'signedByTitle')
    ? { signedBy: { name: h.signedByName ?? null, title: h.signedByTitle ?? null } }
    : {}),
});

/** A GraphQL edit (one input type for every op) as the domain's edit of that op, naming what it lacks. */
export const draftEditOf = (input: DraftEditInput, i: number): DraftEdit => {
  const at = (name: string) => `edits[${i}].${name}`;
  const { op } = input;
  const taskRef = () => required(input.taskRef, at('taskRef'), op);
  const references = (): ReferenceEdit[] =>
    required(input.references, at('references'), op).map((r) => ({
      number: r.number ?? null,
      description: r.description,
      directiveId: r.directiveId ?? null,
      lines: { startLine: r.startLine, endLine: r.endLine },
    }));
  switch (op) {
    case 'SET_TASK_TITLE':
      return { op, taskRef: taskRef(), title: required(input.title, at('title'), op) };
    case 'SET_TASK_LEAD_UNITS':
    case 'SET_TASK_COORDINATING_UNITS':
      return { op, taskRef: taskRef(), units: required(input.units, at('units'), op).map(unit) };
    case 'SET_TASK_DEADLINE':
      return { op, taskRef: taskRef(), text: input.deadlineText ?? null };
    case 'ADD_TASK':
      return {
        op,
        ref: required(input.ref, at('ref'), op),
        title: required(input.title, at('title'), op),
        lines: { startLine: required(input.startLine, at('startLine'), op), endLine: required(input.endLine, at('endLine'), op) },
      };
    case 'REMOVE_TASK':
      return { op, taskRef: taskRef() };
    case 'SET_HEADER':
      return { op, header: headerOf(required(input.header, at('header'), op), at('header')) };
    case 'SET_IMPLEMENTS':
    case 'SET_CITES':
      return { op, references: references() };
    case 'REMOVE_TARGET':
      return { op, taskRef: input.taskRef ?? null, text: required(input.targetText, at('targetText'), op) };
    case 'ADD_TARGET': {
      const t = required(input.target, at('target'), op);
      return {
        op,
        taskRef: input.taskRef ?? null,
        target: { ...t, min: t.min ?? null, max: t.max ?? null, horizon: t.horizon ?? null },
        lines: { startLine: required(input.startLine, at('startLine'), op), endLine: required(input.endLine, at('endLine'), op) },
      };
    }
    case 'SET_REPORTING_DUTIES':
      return {
        op,
        duties: required(input.duties, at('duties'), op).map((d) => ({
          reporter: d.reporter ? unit(d.reporter) : null,
          recipient: d.recipient ? unit(d.recipient) : null,
          frequency: (d.frequency ?? null) as ReportingDutyEdit['frequency'],
          dueText: d.dueText ?? null,
          lines: { startLine: d.startLine, endLine: d.endLine },
        })),
      };
    default:
      throw invalidInput(at('op'), `"${String(op)}" is not an edit`);
  }
};
