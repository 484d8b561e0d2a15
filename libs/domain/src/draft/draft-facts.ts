import { actor, type Actor } from '../shared/actor.js';
import { NO_DEADLINE, parseDeadline, validateDeadline, type Deadline } from '../shared/deadline.js';
import type { FactSource } from '../shared/event.js';
import { requireDistinct } from '../shared/ids.js';
import type { PartialDate } from '../shared/partial-date.js';
import { slugify } from '../shared/text.js';
import type { Budget, ReportingDuty } from '../plan/plan-content.js';
import type { PlatformCommand } from '../platform-command.js';
import type { DraftRecorded } from './document-draft.decider.js';
import type { DraftDeadline, DraftReportingDuty, PlanDraft, SourceSpan } from './plan-draft.js';

/** One fact of an approved draft: the command that records it, and the sentence it was read from. */
export interface ApprovalFact {
  /** What the reviewer is told when this fact is refused: "plan", "task II.1", "task II.1: assignment". */
  readonly what: string;
  readonly command: PlatformCommand;
  readonly source: FactSource;
}

/** Everything an approval records, in the order it is recorded, and who did it in the world when. */
export interface DraftApprovalPlan {
  readonly facts: readonly ApprovalFact[];
  readonly recorded: DraftRecorded;
  /** The signer: the actor of every fact (the plan is issued, its tasks assigned, by its signature). */
  readonly actor: Actor | null;
  readonly occurredOn: PartialDate;
}

const factSource = (sha256: string, span: SourceSpan): FactSource => ({
  documentSha256: sha256,
  startLine: span.startLine,
  endLine: span.endLine,
  text: span.text,
});

/** The document's opening, before its first task (at most 2,000 characters): where a plan's header facts are read. */
const headerSpan = (draft: PlanDraft): SourceSpan => {
  const lines = draft.document.text.split('\n');
  const firstTask = Math.min(...draft.tasks.map((t) => t.source.startLine), lines.length + 1);
  let end = Math.max(1, Math.min(firstTask - 1, lines.length));
  while (end > 1 && lines.slice(0, end).join('\n').length > 2_000) end--;
  return { startLine: 1, endLine: end, text: lines.slice(0, end).join('\n').trim().slice(0, 2_000) };
};

/** A draft deadline as the domain holds it: its wording read again when that agrees with the draft's due day. */
const deadlineOf = (deadline: DraftDeadline | null, field: string): Deadline => {
  if (!deadline || deadline.kind === 'NONE') return deadline?.text ? { ...NO_DEADLINE, text: deadline.text } : NO_DEADLINE;
  try {
    const read = deadline.text ? parseDeadline(deadline.text, field) : null;
    if (read && read.kind === deadline.kind && read.due === deadline.due) return read;
  } catch {
    // The wording is not a form the platform reads: the draft's kind and due day stand, validated below.
  }
  return validateDeadline({ kind: deadline.kind, due: deadline.due, start: null, recurrence: null, text: deadline.text }, field);
};

const FREQUENCY = { YEARLY: 'YEARLY', QUARTERLY: 'QUARTERLY', MONTHLY: 'MONTHLY', SIX_MONTHLY: 'SEMIANNUAL', ONCE: 'ONCE' } as const;

const lastDayOf = (month: number) => new Date(Date.UTC(2001, month, 0)).getUTCDate();

/**
 * "trước ngày 15/11", "trước ngày 01 tháng 11" → the day before; "ngày 30/11", "ngày 30 tháng 11" → that
 * day; "trong tháng 11", "vào tháng 11" → its last day. Anything else: no day.
 */
export const dueDayOfDutyText = (text: string | null): { dueMonth: number | null; dueDay: number | null } => {
  const t = (text ?? '').toLowerCase();
  const day = t.match(/(trước)?\s*ngày\s*(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})/);
  if (day) {
    const [d, m] = [+day[2], +day[3]];
    if (m < 1 || m > 12 || d < 1 || d > lastDayOf(m)) return { dueMonth: null, dueDay: null };
    if (!day[1]) return { dueMonth: m, dueDay: d };
    return d > 1 ? { dueMonth: m, dueDay: d - 1 } : { dueMonth: m === 1 ? 12 : m - 1, dueDay: lastDayOf(m === 1 ? 12 : m - 1) };
  }
  const month = t.match(/(?:trong|vào)\s+tháng\s*(\d{1,2})/);
  if (month && +month[1] >= 1 && +month[1] <= 12) return { dueMonth: +month[1], dueDay: lastDayOf(+month[1]) };
  return { dueMonth: null, dueDay: null };
};

/** A duty the platform can hold (a registered reporter, a recipient, a frequency), or why not. */
const dutyOf = (duty: DraftReportingDuty, i: number): ReportingDuty | string => {
  if (!duty.reporter?.unitId) return 'its reporter is not a registered unit';
  if (!duty.recipient) return 'it names no recipient';
  if (!duty.frequency) return 'it states no frequency';
  return {
    id: `duty-${i + 1}`,
    reporterUnitIds: [duty.reporter.unitId],
    recipient: duty.recipient.name,
    recipientUnitId: duty.recipient.unitId,
    frequency: FREQUENCY[duty.frequency],
    ...dueDayOfDutyText(duty.dueText),
    dataWindow: 'CALENDAR',
    text: duty.source.text,
  };
};

/** A plan's id: the province and its number ("ha-nam.2811-kh-ubnd"); a blank number takes the document's hash. */
export const planIdOfDraft = (provinceId: string, draft: PlanDraft): string => {
  const number = draft.document.number;
  if (number && /^\d/.test(number)) return `${provinceId}.${slugify(number)}`;
  return `${provinceId}.${slugify(number ?? draft.document.kind ?? 'van-ban') || 'van-ban'}-${draft.document.sha256.slice(0, 12)}`;
};

const recordable = (references: PlanDraft['document']['implements']) =>
  references.filter((r) => r.directiveId !== null || r.number !== null).map((r) => (r.directiveId ?? r.number)!);

/**
 * Ids an approval keeps instead of deriving them: a record that existed before it was read from its
 * document (the seeds) keeps its plan and task ids, and its parent plan, which a draft does not name.
 */
export interface ApprovalIds {
  readonly planId?: string;
  readonly parentPlanId?: string | null;
  /** By task ref; a task not named takes the plan's id and its ref. */
  readonly taskIds?: Readonly<Record<string, string>>;
  /** The plan's budget, which a draft has no form for yet. */
  readonly budget?: Budget | null;
}

/**
 * The commands an approved draft records, each with the sentence it was read from: a provincial
 * plan is issued (header, what it implements and cites, its targets and the reporting duties the
 * platform can hold), then each task defined and assigned; a national decision is registered. What
 * the platform has no form for stays in the draft, listed in `keptInDraftOnly`. Call it on a draft
 * requireApprovable accepted.
 */
export const approvalOfDraft = (draftId: string, draft: PlanDraft, provinceId: string | null, ids: ApprovalIds = {}): DraftApprovalPlan => {
  const d = draft.document;
  const sha = d.sha256;
  const header = factSource(sha, headerSpan(draft));
  const signer = d.signedBy?.name ? actor(d.signedBy.name, d.signedBy.title ?? '') : null;
  const kept: { what: string; why: string }[] = d.cites
    .filter((r) => r.number === null && r.directiveId === null)
    .map((r) => ({ what: `cites "${r.description}"`, why: 'it names no document number' }));
  if (provinceId === null) {
    const directiveId = d.number!;
    kept.push(
      ...draft.tasks.map((t) => ({ what: `task ${t.ref}`, why: "the platform has no form yet for a national decision's own tasks" })),
    );
    const command: PlatformCommand = {
      type: 'RegisterDirective',
      directiveId,
      kind: d.kind!,
      title: d.title!,
      issuer: d.issuer!.name,
      issuedOn: d.issuedOn!,
      implements: recordable(d.implements),
      provinceId: null,
    };
    return {
      facts: [{ what: `directive ${directiveId}`, command, source: header }],
      recorded: { planId: null, directiveId, tasks: [], keptInDraftOnly: kept },
      actor: signer,
      occurredOn: d.issuedOn!,
    };
  }
  const planId = ids.planId ?? planIdOfDraft(provinceId, draft);
  const duties: ReportingDuty[] = [];
  draft.reportingDuties.forEach((duty, i) => {
    const held = dutyOf(duty, i);
    if (typeof held === 'string') kept.push({ what: `reporting duty "${duty.source.text.slice(0, 80)}"`, why: held });
    else duties.push(held);
  });
  const implemented = recordable(d.implements);
  // Only registered directives are linked; a document cited by a number the platform does not know
  // (a provincial plan, a party resolution) stays in the draft. One named in the opening and the body is implemented.
  const cited = [...new Set(d.cites.filter((r) => r.directiveId !== null).map((r) => r.directiveId!))].filter(
    (c) => !implemented.includes(c),
  );
  kept.push(
    ...d.cites
      .filter((r) => r.directiveId === null && r.number !== null)
      .map((r) => ({ what: `cites ${r.number}`, why: 'it is no registered directive' })),
  );
  const facts: ApprovalFact[] = [
    {
      what: 'plan',
      source: header,
      command: {
        type: 'IssuePlan',
        planId,
        provinceId,
        number: d.number && !d.number.startsWith('/') ? d.number : null,
        title: d.title!,
        issuerUnitId: d.issuer!.unitId!,
        issuedOn: d.issuedOn!,
        implements: implemented,
        ...(cited.length > 0 ? { cites: cited } : {}),
        ...(implemented.length === 0 && !ids.parentPlanId ? { statesNoBasis: true } : {}),
        parentPlanId: ids.parentPlanId ?? null,
        reportingDuties: duties,
        targets: draft.planTargets.map((t) => t.target),
        budget: ids.budget ?? null,
      },
    },
  ];
  const tasks = draft.tasks.map((task) => ({ ref: task.ref, taskId: ids.taskIds?.[task.ref] ?? `${planId}.${slugify(task.ref)}` }));
  // Two refs written differently ("II.1", "ii-1") would be one task: refused before anything is recorded.
  requireDistinct(tasks, (t) => t.taskId, 'tasks', '.ref');
  draft.tasks.forEach((task, i) => {
    const { taskId } = tasks[i];
    const source = factSource(sha, task.source);
    facts.push({
      what: `task ${task.ref}`,
      source,
      command: {
        type: 'DefineTask',
        taskId,
        planId,
        code: task.ref,
        title: task.title,
        deadline: deadlineOf(task.deadline, `tasks[${task.ref}].deadline`),
        targets: task.targets.map((t) => t.target),
      },
    });
    facts.push({
      what: `task ${task.ref}: assignment`,
      source,
      command: {
        type: 'AssignTask',
        taskId,
        leadUnitIds: task.leadUnits.map((u) => u.unitId!),
        coordinatorUnitIds: task.coordinatingUnits.map((u) => u.unitId!),
      },
    });
  });
  return { facts, recorded: { planId, directiveId: null, tasks, keptInDraftOnly: kept }, actor: signer, occurredOn: d.issuedOn! };
};
