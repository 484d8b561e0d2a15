import type { DraftTask, PlanDraft } from '@monitor/domain';
import { foldText } from '@monitor/domain';

/** A task as a careful reader found it in a document (the reviewed data beside it). */
export interface ReviewedTask {
  readonly ref: string;
  /** The 1-based line where the task's text starts; null when the line numbering depends on the extraction (DOCX, PDF). */
  readonly line: number | null;
  readonly titleStart: string;
  readonly leads: readonly string[];
  readonly coordinating: readonly string[];
  readonly due: string | null;
}

export interface ReviewedDocument {
  readonly document: string;
  readonly reading: string;
  /** Set when the document is not a plan: the reader must refuse it with this code, drafting nothing. */
  readonly refused?: string;
  readonly taskCount: number;
  readonly tasks: readonly ReviewedTask[];
}

export interface Accuracy {
  readonly tasks: number;
  readonly found: number;
  readonly leadsRight: number;
  readonly coordinatingRight: number;
  readonly dueRight: number;
  /** Found with the right lead units and the right due date: the figure the 90% target is on. */
  readonly leadsAndDueRight: number;
  readonly misses: readonly string[];
}

const key = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const ids = (units: DraftTask['leadUnits']) => units.map((u) => u.unitId ?? `new:${key(u.name)}`);

/**
 * Scores a draft against the reviewed tasks. A reviewed task is found by the drafted task whose source
 * covers its line (when given) and quotes its opening words; leads must match exactly (a lead proposed as
 * a new unit is wrong), coordinating units on the registered ones (unknown partners are proposals for
 * the reviewer, not scored), the due date exactly (null for none).
 */
export const scoreDraft = (draft: PlanDraft, reviewed: ReviewedDocument): Accuracy => {
  const used = new Set<DraftTask>();
  let found = 0;
  let leadsRight = 0;
  let coordinatingRight = 0;
  let dueRight = 0;
  let both = 0;
  const misses: string[] = [];
  for (const r of reviewed.tasks) {
    const start = key(r.titleStart);
    const task = draft.tasks.find(
      (t) =>
        !used.has(t) &&
        (r.line === null || (t.source.startLine <= r.line && r.line <= t.source.endLine)) &&
        (key(t.source.text).includes(start) || key(t.title).includes(start)),
    );
    if (!task) {
      misses.push(`${r.ref}: not found`);
      continue;
    }
    used.add(task);
    found++;
    const leadOk = sameSet(ids(task.leadUnits), r.leads);
    const coordinatingOk = sameSet(
      task.coordinatingUnits.flatMap((u) => (u.unitId ? [u.unitId] : [])),
      r.coordinating,
    );
    const dueOk = (task.deadline?.due ?? null) === r.due;
    if (leadOk) leadsRight++;
    else misses.push(`${r.ref}: leads ${ids(task.leadUnits).join(',') || '–'} (reviewed ${r.leads.join(',') || '–'})`);
    if (coordinatingOk) coordinatingRight++;
    else
      misses.push(
        `${r.ref}: coordinating ${task.coordinatingUnits.map((u) => u.unitId ?? `new:${u.name}`).join(',') || '–'} (reviewed ${r.coordinating.join(',') || '–'})`,
      );
    if (dueOk) dueRight++;
    else misses.push(`${r.ref}: due ${task.deadline?.due ?? 'none'} (reviewed ${r.due ?? 'none'})`);
    if (leadOk && dueOk) both++;
  }
  return { tasks: reviewed.tasks.length, found, leadsRight, coordinatingRight, dueRight, leadsAndDueRight: both, misses };
};
