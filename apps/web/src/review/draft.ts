/** The parts of the reader's PlanDraft (docs/importer.md) the review screen shows and edits. */
export interface Span {
  readonly startLine: number;
  readonly endLine: number;
  readonly text?: string;
}
export interface DraftUnit {
  readonly name: string;
  readonly unitId: string | null;
}
export interface DraftFlag {
  readonly code: string;
  readonly message: string;
  readonly source?: Span;
}
export interface DraftReference {
  readonly number: string | null;
  readonly description: string;
  readonly directiveId: string | null;
  readonly source: Span;
}
export interface DraftTask {
  readonly ref: string;
  readonly section: string;
  readonly title: string;
  readonly leadUnits: readonly DraftUnit[];
  readonly coordinatingUnits: readonly DraftUnit[];
  readonly deadline: { kind: string; text: string | null; due: string | null } | null;
  readonly targets: readonly { text: string; source: Span }[];
  readonly expectedResult: string | null;
  readonly source: Span;
  readonly flags: readonly DraftFlag[];
}
export const DUTY_FREQUENCIES = ['YEARLY', 'QUARTERLY', 'MONTHLY', 'SIX_MONTHLY', 'ONCE'] as const;
export type DutyFrequency = (typeof DUTY_FREQUENCIES)[number];
/** A reporting duty: who reports to whom, how often, by which day as written; its lines in the document. */
export interface DraftDuty {
  readonly reporter: DraftUnit | null;
  readonly recipient: DraftUnit | null;
  readonly frequency: DutyFrequency | null;
  readonly dueText: string | null;
  readonly source: Span;
}
export interface PlanDraft {
  readonly reader: { name: string; version: string };
  readonly document: {
    readonly kind: string | null;
    readonly number: string | null;
    readonly issuer: DraftUnit | null;
    readonly place: string | null;
    readonly issuedOn: { value: string; precision: 'DAY' | 'MONTH' | 'YEAR' } | null;
    readonly title: string | null;
    readonly horizon: string | null;
    readonly implements: readonly DraftReference[];
    readonly cites: readonly DraftReference[];
    readonly signedBy: { name: string | null; title: string | null; source?: Span } | null;
    readonly text: string;
  };
  readonly tasks: readonly DraftTask[];
  readonly planTargets: readonly { text: string; source: Span }[];
  readonly reportingDuties: readonly DraftDuty[];
  readonly flags: readonly DraftFlag[];
}

export interface DocumentDraft {
  id: string;
  documentUrl: string;
  province: { id: string; name: string } | null;
  fileName: string | null;
  mediaType: string;
  size: number;
  uploadedBy: string;
  receivedAt: string;
  status: 'RECEIVED' | 'PROPOSED' | 'APPROVED' | 'REJECTED';
  reader: { name: string; version: string } | null;
  edits: number;
  draft: PlanDraft | null;
  recordedPlan: { id: string; number: string | null } | null;
  recordedTasks: { ref: string; task: { id: string } | null }[];
  keptInDraftOnly: { what: string; why: string }[];
  decidedAt: string | null;
  decidedBy: string | null;
  rejectionReason: string | null;
}

/** The selection every query and mutation of the review asks for. */
export const DRAFT_FIELDS = `id documentUrl province { id name } fileName mediaType size uploadedBy receivedAt status
  reader { name version } edits draft recordedPlan { id number } recordedTasks { ref task { id } }
  keptInDraftOnly { what why } decidedAt decidedBy rejectionReason`;

/** One edit as the API takes it (DraftEditInput), and the form field its error belongs beside. */
export interface Edit {
  readonly input: Record<string, unknown>;
  readonly field: string;
  /** An edit of several fields (ADD_TASK): the form field each of its input's fields is shown in. */
  readonly fields?: Readonly<Record<string, string>>;
}

/**
 * The form field an error of `editDraft` names: "edits[2].deadlineText" → the third edit's field; a
 * header's own field by its name ("edits[0].header.issuedOn" → "issuedOn"); an edit of several fields,
 * the one its `fields` maps the named field to ("edits[0].startLine" → "lines").
 */
export const fieldOfEditError = (edits: readonly Edit[], apiField: string | null): string | null => {
  const match = /^edits\[(\d+)\](?:\.header\.(\w+)|\.(\w+))?/.exec(apiField ?? '');
  if (!match) return null;
  const edit = edits[Number(match[1])];
  if (!edit) return null;
  return match[2] ?? (match[3] && edit.fields?.[match[3]]) ?? edit.field;
};

/** Which list of the document a reference is in: what the plan implements (its basis), or what it only cites. */
export type Link = 'implements' | 'cites';

/**
 * Both lists after one reference moves to the other list (`to`) or is dropped (null), as the two edits
 * (SET_IMPLEMENTS, SET_CITES) of one editDraft call: the platform takes each list whole.
 */
export const relinked = (
  document: { readonly implements: readonly DraftReference[]; readonly cites: readonly DraftReference[] },
  from: Link,
  index: number,
  to: Link | null,
): Edit[] => {
  const moved = document[from][index];
  if (!moved) return [];
  const lists = { implements: [...document.implements], cites: [...document.cites] };
  lists[from].splice(index, 1);
  if (to) lists[to].push(moved);
  const input = (r: DraftReference) => ({
    number: r.number,
    description: r.description,
    directiveId: r.directiveId,
    startLine: r.source.startLine,
    endLine: r.source.endLine,
  });
  return [
    { input: { op: 'SET_IMPLEMENTS', references: lists.implements.map(input) }, field: 'links' },
    { input: { op: 'SET_CITES', references: lists.cites.map(input) }, field: 'links' },
  ];
};

/**
 * The reporting duties after the one at `index` is replaced by `duty` ('replace'), joined by it right
 * after ('add': a second duty the same lines state, as "định kỳ 6 tháng, hằng năm" states two), or
 * dropped (`duty` null): SET_REPORTING_DUTIES takes the whole list.
 */
export const dutiesEdit = (
  duties: readonly DraftDuty[],
  index: number,
  duty: DraftDuty | null,
  how: 'replace' | 'add' = 'replace',
): Edit => {
  const next = [...duties];
  next.splice(how === 'add' ? index + 1 : index, how === 'add' ? 0 : 1, ...(duty ? [duty] : []));
  const unit = (u: DraftUnit | null) => u && { name: u.name, unitId: u.unitId };
  const input = (d: DraftDuty) => ({
    reporter: unit(d.reporter),
    recipient: unit(d.recipient),
    frequency: d.frequency,
    dueText: d.dueText,
    startLine: d.source.startLine,
    endLine: d.source.endLine,
  });
  return { input: { op: 'SET_REPORTING_DUTIES', duties: next.map(input) }, field: 'duties' };
};

/** ADD_TASK's input fields as the add form shows them: both line numbers beside the lines. */
export const ADD_TASK_FIELDS: Readonly<Record<string, string>> = {
  ref: 'ref',
  title: 'title',
  lines: 'lines',
  startLine: 'lines',
  endLine: 'lines',
};

/**
 * The lines a selection in the text spans, in order (it may be made upwards). A selection that ends at
 * the very start of a line (a triple click selects a line up to the next one's start) stops before it.
 */
export const spanOfSelection = (anchor: number, focus: number, endsAtLineStart = false): Span => {
  const startLine = Math.min(anchor, focus);
  const last = Math.max(anchor, focus);
  return { startLine, endLine: endsAtLineStart && last > startLine ? last - 1 : last };
};

const SECTION = /^\s*([IVXLC]+)[.)]\s+\S/;
const ITEM = /^\s*(\d{1,3})[.)]\s/;
const NUMBERING = /^\s*(?:[IVXLC]+[.)]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[-+*•–])\s*/i;

/**
 * A missed task's first guess from its lines: its title the first line with words, without its
 * numbering ("4.", "a)", "-"); its ref the item's number under its section's ("4." under "II." → "II.4"),
 * or else the section's first number no task of the draft has.
 */
export const prefillOfSpan = (lines: readonly string[], span: Span, taken: readonly string[]): { ref: string; title: string } => {
  const first = lines.slice(span.startLine - 1, span.endLine).find((l) => l.trim() !== '') ?? '';
  const title = first.replace(NUMBERING, '').trim();
  let section: string | null = null;
  for (let i = span.startLine - 2; i >= 0 && section === null; i--) section = SECTION.exec(lines[i] ?? '')?.[1] ?? null;
  const refOf = (n: string | number) => (section ? `${section}.${n}` : String(n));
  const item = ITEM.exec(first)?.[1];
  if (item && !taken.includes(refOf(Number(item)))) return { ref: refOf(Number(item)), title };
  let n = 1;
  while (taken.includes(refOf(n))) n++;
  return { ref: refOf(n), title };
};

/** Line numbers as typed: a whole number, or null (the platform names a missing one). */
export const lineOfTyped = (typed: string): number | null => (/^\s*\d{1,7}\s*$/.test(typed) ? Number(typed) : null);

/** What the add form says, in the reviewer's words, for an error of ADD_TASK the platform names by field (null: its own message). */
export type AddTaskProblem = 'refTaken' | 'refMissing' | 'titleMissing' | 'linesMissing' | 'linesOutside' | 'linesBlank';
export const addTaskProblem = (
  code: string | null,
  field: string,
  lines: { startLine: number | null; endLine: number | null },
  lineCount: number,
): AddTaskProblem | null => {
  if (field === 'ref') return code === 'ALREADY_EXISTS' ? 'refTaken' : code === 'INVALID_INPUT' ? 'refMissing' : null;
  if (field === 'title') return code === 'INVALID_INPUT' ? 'titleMissing' : null;
  if (field !== 'lines' || code !== 'INVALID_INPUT') return null;
  const { startLine, endLine } = lines;
  if (startLine === null || endLine === null) return 'linesMissing';
  return startLine < 1 || endLine < startLine || endLine > lineCount ? 'linesOutside' : 'linesBlank';
};

/** A date as typed (dd/mm/yyyy, mm/yyyy, yyyy, or already ISO) as the API takes it; anything else as typed, for the API to name. */
export const isoOfTyped = (typed: string): string => {
  const value = typed.trim();
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (day) return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return value;
};

/** Where an approval problem points: a task by its ref ("tasks[II.1].leadUnits[0].unitId"), or the header. */
export const targetOfProblem = (field: string): { taskRef: string } | { header: true } | null => {
  const task = /^tasks\[([^\]]+)\]/.exec(field);
  if (task) return { taskRef: task[1]! };
  return field.startsWith('document.') ? { header: true } : null;
};

/** The lines of the document's text (the reader's: NFC, "\n"), which every source counts from 1. */
export const linesOfText = (text: string): string[] => text.split('\n');

/** "12-14" (the address's ?lines=) as a span within a text of `count` lines, or null. */
export const spanOfParam = (param: string | null, count: number): Span | null => {
  const match = /^(\d{1,7})(?:-(\d{1,7}))?$/.exec(param ?? '');
  if (!match) return null;
  const startLine = Number(match[1]);
  const endLine = Number(match[2] ?? match[1]);
  return startLine >= 1 && startLine <= endLine && endLine <= count ? { startLine, endLine } : null;
};

/** The units a reviewer chooses from: the province's registered ones, and any the draft names that match none (to keep or drop). */
export const unitChoices = (registered: readonly { id: string; name: string }[], drafted: readonly DraftUnit[]): DraftUnit[] => [
  ...registered.map((u) => ({ name: u.name, unitId: u.id })),
  ...drafted.filter((u) => u.unitId === null),
];

/** A unit's key in a form: its registered id, or its name when it matches none. */
export const unitKey = (u: DraftUnit) => u.unitId ?? `new:${u.name}`;

/** A date as precisely as the document gives it: dd/mm/yyyy, mm/yyyy or yyyy. */
export const draftDate = (d: { value: string; precision: string } | null): string => {
  if (!d) return '—';
  const [y, m, day] = d.value.split('-');
  return d.precision === 'DAY' ? `${day}/${m}/${y}` : d.precision === 'MONTH' ? `${m}/${y}` : `${y}`;
};
