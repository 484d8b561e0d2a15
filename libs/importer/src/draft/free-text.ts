import type { DraftTask, DraftUnit } from '@monitor/domain';
import { firstSentence, paragraphAt, span } from './lines.js';
import { assignmentRoles, handsOverPlan, partnersIn } from './roles.js';
import { makeTask, type PlanLead, type TaskContext } from './tasks.js';
import { foldKeep } from './units.js';

// Tasks and the plan's lead read from the free text of a plan (outside its numbered task items).

/**
 * A "Giao X …" paragraph outside the task sections (in "Tổ chức thực hiện", say) is a task of X, and so
 * is a "Giao X …" sentence inside another paragraph ("Kinh phí … từ nguồn sự nghiệp. Giao Sở Tài chính …").
 */
export const freeAssignment = (i: number, n: number, ctx: TaskContext): DraftTask | null => {
  if (handsOverPlan(ctx.doc.folded[i]!)) return null;
  // The sentence is read with the lines it runs on to: a name the page broke ("Sở Kế" / "hoạch và Đầu tư").
  const lines = paragraphAt(ctx.doc, i);
  const line = lines.map((l) => ctx.doc.clean[l]!).join(' ');
  // The "Giao" is on line i itself: a later line of the paragraph is read on its own turn.
  // "… các nguồn hợp pháp khác. Giao" / "Sở Tài chính chủ trì …": the page may break the sentence right after "Giao".
  // "Ngoài các nhiệm vụ nêu trên, giao Sở X …": after a short phrase opening the sentence, "giao" hands the work out too.
  const inside = ctx.doc.clean[i]!.search(/(?<=[.;]\s+)Giao(?:\s|$)|(?<=^[^.;,:]{1,60},\s+)giao\s+(?=\p{Lu})/u);
  // Only after a sentence of its own: "Điều 2. Giao …" is an article's label, not a sentence before it.
  const label = inside >= 0 && /^(?:Điều\s+\d+|[IVX]+|\d+(?:\.\d+)*)\.\s*$/u.test(line.slice(0, inside));
  const sentence = assignmentRoles(line, ctx.units) || inside < 0 || label ? line : line.slice(inside);
  const roles = assignmentRoles(sentence, ctx.units);
  if (!roles) return null;
  return makeTask(ctx, {
    ref: `giao-${n}`,
    section: 'ASSIGNMENT',
    title: firstSentence(sentence),
    lines,
    leads: roles.leads,
    coordinating: partnersIn(line, ctx.units),
  });
};

/** The plan's lead, from the first sentence handing it the whole plan (in an article or "Tổ chức thực hiện"). */
export const planLeadIn = (i: number, ctx: TaskContext, agency: readonly DraftUnit[] | null): PlanLead | null => {
  const { doc, units } = ctx;
  const folded = doc.folded[i]!;
  if (!handsOverPlan(folded)) return null;
  const line = doc.clean[i]!;
  const bare = line.replace(/^[-+•–]\s*/u, '');
  const source = span(doc, i);
  // "1. Sở KH&CN: Chủ trì, phối hợp … tổ chức triển khai thực hiện Kế hoạch": the agency heading's own duty.
  const heading = bare.match(/^(?:\d{1,2}\.|[a-zđ]\))\s+([^:]{1,200}):\s*/u);
  const ownDuty = heading && units.listAt(heading[1]!, 0).units.length > 0 ? bare.slice(heading[0].length) : bare;
  if (agency && agency.length > 0 && /^Chủ trì(?![\p{L}\p{N}])/iu.test(ownDuty)) return { units: agency, source };
  const giao = line.search(/Giao\s+/u);
  if (giao >= 0) {
    const found = units.listAt(line, giao + 5).units;
    if (found.length > 0) return { units: found, source };
  }
  const duty = foldKeep(line).search(/co trach nhiem/);
  if (duty > 0) {
    const clauseStart = Math.max(line.lastIndexOf(', ', duty) + 2, line.lastIndexOf('. ', duty) + 2, 0);
    const found = units.listAt(line, clauseStart).units;
    if (found.length > 0) return { units: found, source };
  }
  return null;
};
