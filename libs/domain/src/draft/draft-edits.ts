import { parseDeadline } from '../shared/deadline.js';
import { alreadyExists, DomainError, invalidInput, notFound } from '../shared/errors.js';
import { requireId, requireText, optionalText, optionalDocumentNumber } from '../shared/ids.js';
import { validatePartialDate } from '../shared/partial-date.js';
import { validateTarget, type Target } from '../shared/target.js';
import type {
  DraftDate,
  DraftDeadline,
  DraftReference,
  DraftReportingDuty,
  DraftTarget,
  DraftTask,
  DraftUnit,
  PlanDraft,
  SourceSpan,
} from './plan-draft.js';

/** A unit as the reviewer names it: the words, and the registered unit (null: still unmatched). */
export interface UnitEdit {
  readonly name: string;
  readonly unitId: string | null;
}

/** A reference as the reviewer sets it; `lines` point into the document's text, which gives its words. */
export interface ReferenceEdit {
  readonly number: string | null;
  readonly description: string;
  readonly directiveId: string | null;
  readonly lines: { readonly startLine: number; readonly endLine: number };
}

/** A reporting duty as the reviewer sets it; `lines` point to the sentence that states it. */
export interface ReportingDutyEdit {
  readonly reporter: UnitEdit | null;
  readonly recipient: UnitEdit | null;
  readonly frequency: DraftReportingDuty['frequency'];
  readonly dueText: string | null;
  readonly lines: { readonly startLine: number; readonly endLine: number };
}

export const DRAFT_DUTY_FREQUENCIES = ['YEARLY', 'QUARTERLY', 'MONTHLY', 'SIX_MONTHLY', 'ONCE'] as const;

/** Header fields the reviewer may set; a field left out is kept, one given as null is cleared. */
export interface HeaderEdit {
  readonly kind?: string | null;
  readonly number?: string | null;
  readonly issuer?: UnitEdit | null;
  readonly issuedOn?: DraftDate | null;
  readonly title?: string | null;
  readonly signedBy?: { readonly name: string | null; readonly title: string | null } | null;
}

/**
 * What a reviewer may change in a draft, one small operation each. A task added by the reviewer
 * points to the lines of the document it comes from: every recorded fact keeps its sentence.
 */
export type DraftEdit =
  | { readonly op: 'SET_TASK_TITLE'; readonly taskRef: string; readonly title: string }
  | { readonly op: 'SET_TASK_LEAD_UNITS'; readonly taskRef: string; readonly units: readonly UnitEdit[] }
  | { readonly op: 'SET_TASK_COORDINATING_UNITS'; readonly taskRef: string; readonly units: readonly UnitEdit[] }
  /**
   * The deadline's wording, read again with parseDeadline; null: the document gives the task none.
   * A recorded edit keeps the deadline as read then (`deadline`), so replaying it never reads again.
   */
  | { readonly op: 'SET_TASK_DEADLINE'; readonly taskRef: string; readonly text: string | null; readonly deadline?: DraftDeadline | null }
  | {
      readonly op: 'ADD_TASK';
      readonly ref: string;
      readonly title: string;
      readonly lines: { readonly startLine: number; readonly endLine: number };
    }
  | { readonly op: 'REMOVE_TASK'; readonly taskRef: string }
  | { readonly op: 'SET_HEADER'; readonly header: HeaderEdit }
  | { readonly op: 'SET_IMPLEMENTS'; readonly references: readonly ReferenceEdit[] }
  | { readonly op: 'SET_CITES'; readonly references: readonly ReferenceEdit[] }
  /** Removes the targets read with these words: a task's (taskRef), or the plan's own (taskRef null). */
  | { readonly op: 'REMOVE_TARGET'; readonly taskRef: string | null; readonly text: string }
  /** A target the reader missed (or set on the wrong owner), with the lines that state it. */
  | {
      readonly op: 'ADD_TARGET';
      readonly taskRef: string | null;
      readonly target: Target;
      readonly lines: { readonly startLine: number; readonly endLine: number };
    }
  | { readonly op: 'SET_REPORTING_DUTIES'; readonly duties: readonly ReportingDutyEdit[] };

export const DRAFT_EDIT_OPS = [
  'SET_TASK_TITLE',
  'SET_TASK_LEAD_UNITS',
  'SET_TASK_COORDINATING_UNITS',
  'SET_TASK_DEADLINE',
  'ADD_TASK',
  'REMOVE_TASK',
  'SET_HEADER',
  'SET_IMPLEMENTS',
  'SET_CITES',
  'REMOVE_TARGET',
  'ADD_TARGET',
  'SET_REPORTING_DUTIES',
] as const satisfies readonly DraftEdit['op'][];

/** The words of lines `startLine`–`endLine` (1-based, inclusive) of the document's text, or a clear refusal. */
export const sourceOfLines = (text: string, lines: { startLine: number; endLine: number }, field: string): SourceSpan => {
  const all = text.split('\n');
  const { startLine, endLine } = lines;
  if (!Number.isInteger(startLine) || !Number.isInteger(endLine) || startLine < 1 || endLine < startLine || endLine > all.length) {
    throw invalidInput(field, `lines ${startLine}–${endLine} are not lines of the document (it has ${all.length})`);
  }
  const words = all
    .slice(startLine - 1, endLine)
    .join('\n')
    .trim();
  if (!words) throw invalidInput(field, `lines ${startLine}–${endLine} of the document are blank`);
  return { startLine, endLine, text: words };
};

const unitsOf = (units: readonly UnitEdit[], field: string): DraftUnit[] =>
  units.map((u, i) => ({
    name: requireText(u.name, `${field}[${i}].name`),
    unitId: u.unitId === null ? null : requireId(u.unitId, `${field}[${i}].unitId`),
  }));

const deadlineOf = (text: string | null, source: SourceSpan): DraftDeadline | null => {
  if (text === null || text.trim() === '') return null;
  const read = parseDeadline(text, 'deadline.text');
  return { kind: read.kind, text: read.text, due: read.due, source };
};

const referencesOf = (references: readonly ReferenceEdit[], documentText: string, field: string): DraftReference[] =>
  references.map((r, i) => ({
    number: optionalDocumentNumber(r.number, `${field}[${i}].number`),
    description: requireText(r.description, `${field}[${i}].description`),
    directiveId: r.directiveId === null ? null : requireText(r.directiveId, `${field}[${i}].directiveId`),
    source: sourceOfLines(documentText, r.lines, `${field}[${i}].lines`),
  }));

const dutiesOf = (duties: readonly ReportingDutyEdit[], documentText: string, field: string): DraftReportingDuty[] =>
  duties.map((d, i) => {
    if (d.frequency !== null && !(DRAFT_DUTY_FREQUENCIES as readonly string[]).includes(d.frequency)) {
      throw invalidInput(`${field}[${i}].frequency`, `"${d.frequency}" is not a frequency (${DRAFT_DUTY_FREQUENCIES.join(', ')})`);
    }
    return {
      reporter: d.reporter ? unitsOf([d.reporter], `${field}[${i}].reporter`)[0] : null,
      recipient: d.recipient ? unitsOf([d.recipient], `${field}[${i}].recipient`)[0] : null,
      frequency: d.frequency,
      dueText: optionalText(d.dueText),
      source: sourceOfLines(documentText, d.lines, `${field}[${i}].lines`),
    };
  });

/** The draft without the targets read with `text`, of one task or of the plan; none such is refused. */
const withoutTarget = (draft: PlanDraft, taskRef: string | null, text: string): PlanDraft => {
  const words = requireText(text, 'text');
  const keep = (targets: PlanDraft['planTargets']) => {
    const kept = targets.filter((t) => t.text !== words);
    if (kept.length === targets.length)
      throw notFound('text', `no target ${taskRef ? `of task ${taskRef}` : 'of the plan'} reads "${words}"`);
    return kept;
  };
  if (taskRef === null) return { ...draft, planTargets: keep(draft.planTargets) };
  return withTask(draft, taskRef, (t) => ({ ...t, targets: keep(t.targets) }));
};

/** The draft with one more target, of one task or of the plan; an id its owner already has is refused. */
const withTarget = (draft: PlanDraft, taskRef: string | null, target: Target, lines: { startLine: number; endLine: number }) => {
  const valid = validateTarget(target, 'target');
  const added: DraftTarget = { target: valid, text: valid.text, source: sourceOfLines(draft.document.text, lines, 'lines') };
  const add = (targets: readonly DraftTarget[]) => {
    if (targets.some((t) => t.target.id === added.target.id))
      throw alreadyExists(`a target ${added.target.id} is already there`, 'target.id');
    return [...targets, added];
  };
  if (taskRef === null) return { ...draft, planTargets: add(draft.planTargets) };
  return withTask(draft, taskRef, (t) => ({ ...t, targets: add(t.targets) }));
};

const withTask = (draft: PlanDraft, ref: string, change: (task: DraftTask) => DraftTask): PlanDraft => {
  if (!draft.tasks.some((t) => t.ref === ref)) throw notFound('taskRef', `the draft has no task ${ref}`);
  return { ...draft, tasks: draft.tasks.map((t) => (t.ref === ref ? change(t) : t)) };
};

const headerOf = (draft: PlanDraft, edit: HeaderEdit): PlanDraft['document'] => {
  const d = draft.document;
  const has = (key: keyof HeaderEdit) => Object.prototype.hasOwnProperty.call(edit, key) && edit[key] !== undefined;
  return {
    ...d,
    ...(has('kind') ? { kind: optionalText(edit.kind) } : {}),
    ...(has('number') ? { number: edit.number ? requireText(edit.number, 'header.number') : null } : {}),
    ...(has('issuer') ? { issuer: edit.issuer ? unitsOf([edit.issuer], 'header.issuer')[0] : null } : {}),
    ...(has('issuedOn') ? { issuedOn: edit.issuedOn ? validatePartialDate(edit.issuedOn, 'header.issuedOn') : null } : {}),
    ...(has('title') ? { title: optionalText(edit.title) } : {}),
    ...(has('signedBy')
      ? { signedBy: edit.signedBy ? { name: optionalText(edit.signedBy.name), title: optionalText(edit.signedBy.title) } : null }
      : {}),
  };
};

/** The draft with one edit applied; a refused edit names the field at fault and changes nothing. */
export const applyDraftEdit = (draft: PlanDraft, edit: DraftEdit): PlanDraft => {
  switch (edit.op) {
    case 'SET_TASK_TITLE':
      return withTask(draft, edit.taskRef, (t) => ({ ...t, title: requireText(edit.title, 'title') }));
    case 'SET_TASK_LEAD_UNITS':
      return withTask(draft, edit.taskRef, (t) => ({ ...t, leadUnits: unitsOf(edit.units, 'units') }));
    case 'SET_TASK_COORDINATING_UNITS':
      return withTask(draft, edit.taskRef, (t) => ({ ...t, coordinatingUnits: unitsOf(edit.units, 'units') }));
    case 'SET_TASK_DEADLINE':
      return withTask(draft, edit.taskRef, (t) => ({
        ...t,
        deadline: edit.deadline !== undefined ? edit.deadline : deadlineOf(edit.text, t.deadline?.source ?? t.source),
      }));
    case 'ADD_TASK': {
      const ref = requireText(edit.ref, 'ref');
      if (draft.tasks.some((t) => t.ref === ref)) throw alreadyExists(`the draft already has a task ${ref}`, 'ref');
      const task: DraftTask = {
        ref,
        section: 'TASK',
        title: requireText(edit.title, 'title'),
        leadUnits: [],
        coordinatingUnits: [],
        deadline: null,
        targets: [],
        expectedResult: null,
        source: sourceOfLines(draft.document.text, edit.lines, 'lines'),
        flags: [],
      };
      return { ...draft, tasks: [...draft.tasks, task] };
    }
    case 'REMOVE_TASK':
      if (!draft.tasks.some((t) => t.ref === edit.taskRef)) throw notFound('taskRef', `the draft has no task ${edit.taskRef}`);
      return { ...draft, tasks: draft.tasks.filter((t) => t.ref !== edit.taskRef) };
    case 'SET_HEADER':
      return { ...draft, document: headerOf(draft, edit.header) };
    case 'SET_IMPLEMENTS':
      return { ...draft, document: { ...draft.document, implements: referencesOf(edit.references, draft.document.text, 'references') } };
    case 'SET_CITES':
      return { ...draft, document: { ...draft.document, cites: referencesOf(edit.references, draft.document.text, 'references') } };
    case 'REMOVE_TARGET':
      return withoutTarget(draft, edit.taskRef, edit.text);
    case 'ADD_TARGET':
      return withTarget(draft, edit.taskRef, edit.target, edit.lines);
    case 'SET_REPORTING_DUTIES':
      return { ...draft, reportingDuties: dutiesOf(edit.duties, draft.document.text, 'duties') };
    default: {
      const unknown: never = edit;
      throw invalidInput('op', `"${(unknown as { op: string }).op}" is not an edit (${DRAFT_EDIT_OPS.join(', ')})`);
    }
  }
};

/** Edits as recorded: each deadline read once, here (see SET_TASK_DEADLINE); and the draft they make. */
export const resolveDraftEdits = (draft: PlanDraft, edits: readonly DraftEdit[]): { draft: PlanDraft; edits: DraftEdit[] } => {
  if (edits.length === 0) throw invalidInput('edits', 'give at least one edit');
  const resolved: DraftEdit[] = [];
  const edited = edits.reduce((current, edit, i) => {
    try {
      const next = applyDraftEdit(current, edit);
      resolved.push(
        edit.op === 'SET_TASK_DEADLINE' ? { ...edit, deadline: next.tasks.find((t) => t.ref === edit.taskRef)!.deadline } : edit,
      );
      return next;
    } catch (error) {
      if (error instanceof DomainError)
        throw new DomainError(error.code, `edits[${i}] (${edit.op}): ${error.message}`, error.field && `edits[${i}].${error.field}`);
      throw error;
    }
  }, draft);
  return { draft: edited, edits: resolved };
};
