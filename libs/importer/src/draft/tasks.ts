import type { DraftDeadline, DraftFlag, DraftTask, DraftUnit, SourceSpan } from '@monitor/domain';
import { foldText } from '@monitor/domain';
import { noDeadlineFlag, statedDeadline } from './deadlines.js';
import { firstSentence, opensLine, span, type DocumentLines } from './lines.js';
import type { Block } from './outline.js';
import { assignmentRoles, partnersIn } from './roles.js';
import { targetIdPrefix, targetsIn } from './targets.js';
import { distinctUnits, type UnitMatcher } from './units.js';
import { closingLeadLines, sharedLeadGroups, subItemGroups, topicGroups } from './sub-items.js';
import { writtenRoles } from './written-roles.js';

/** The unit the document hands the whole plan to ("Giao Sở KH&CN chủ trì … tổ chức triển khai thực hiện"). */
export interface PlanLead {
  readonly units: readonly DraftUnit[];
  readonly source: SourceSpan;
}

export interface TaskContext {
  readonly doc: DocumentLines;
  readonly units: UnitMatcher;
  readonly planLead: PlanLead | null;
}

interface TaskParts {
  readonly ref: string;
  readonly section: DraftTask['section'];
  readonly title: string;
  readonly lines: readonly number[];
  readonly leads: readonly DraftUnit[];
  readonly coordinating: readonly DraftUnit[];
  /** Given when the lead is not written in the task but the plan's lead is taken. */
  readonly leadFromPlan?: boolean;
  readonly deadline?: DraftDeadline | null;
  readonly expectedResult?: string | null;
  readonly extraFlags?: readonly DraftFlag[];
}

const sameUnit = (a: DraftUnit, b: DraftUnit) => (a.unitId ?? `?${foldText(a.name)}`) === (b.unitId ?? `?${foldText(b.name)}`);

/** A task from its parts: deadline, targets and the flags for what the document leaves unsaid. */
export const makeTask = (ctx: TaskContext, p: TaskParts): DraftTask => {
  const { doc } = ctx;
  const first = p.lines[0]!;
  const last = p.lines[p.lines.length - 1]!;
  const source = span(doc, first, last);
  const flags: DraftFlag[] = [...(p.extraFlags ?? [])];
  let deadline = p.deadline;
  if (deadline === undefined) {
    const stated = statedDeadline(p.lines.map((index) => ({ index, text: doc.clean[index]! })));
    deadline = stated.deadline;
    if (stated.flag) flags.push(stated.flag);
  }
  if (deadline === null) flags.push(noDeadlineFlag(source));
  const leads = distinctUnits(p.leads);
  const coordinating = distinctUnits(p.coordinating).filter((c) => !leads.some((l) => sameUnit(l, c)));
  if (leads.length === 0) flags.push({ code: 'NO_LEAD_UNIT', message: 'the document names no lead unit for this task', source });
  if (p.leadFromPlan && ctx.planLead) {
    flags.push({
      code: 'LEAD_FROM_PLAN',
      message: "no lead is written in the task; the plan's own lead is proposed",
      source: ctx.planLead.source,
    });
  }
  for (const u of [...leads, ...coordinating]) {
    if (u.unitId === null) flags.push({ code: 'UNKNOWN_UNIT', message: `"${u.name}" matches no registered unit; proposed as new`, source });
  }
  const prefix = targetIdPrefix(p.ref);
  const targets = p.lines
    .flatMap((i) => targetsIn(doc.clean[i]!, i, prefix))
    .map((t, n) => ({ ...t, target: { ...t.target, id: `${prefix}-${n + 1}` } }));
  return {
    ref: p.ref,
    section: p.section,
    title: p.title,
    leadUnits: leads,
    coordinatingUnits: coordinating,
    deadline,
    targets,
    expectedResult: p.expectedResult ?? null,
    source,
    flags,
  };
};

const nonEmpty = (doc: DocumentLines, from: number, to: number): number[] => {
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (doc.clean[i] !== '') out.push(i);
  return out;
};

const textOf = (doc: DocumentLines, lines: readonly number[]) => lines.map((i) => doc.clean[i]).join(' ');

/** The lead of a task that names none: the plan's lead when the document hands it the plan, flagged. */
const fallbackLead = (ctx: TaskContext): { leads: readonly DraftUnit[]; leadFromPlan: boolean } =>
  ctx.planLead ? { leads: ctx.planLead.units, leadFromPlan: true } : { leads: [], leadFromPlan: false };

/**
 * A heading in capitals read as running text writes it: "NHÓM NHIỆM VỤ DO SỞ KHOA HỌC VÀ CÔNG NGHỆ CHỦ TRÌ" as "nhóm
 * nhiệm vụ do Sở Khoa Học và Công Nghệ chủ trì", the unit after "do" (by) capitalised, so its lead is read.
 */
const asRunningText = (heading: string): string =>
  /\p{Ll}/u.test(heading)
    ? heading
    : heading.toLowerCase().replace(
        /(^|\s)(do\s+)(.+?)(?=\s+(?:chủ trì|thực hiện)(?![\p{L}\p{N}]))/u,
        (_, before: string, by: string, name: string) =>
          before +
          by +
          name
            .split(' ')
            .map((w) => (w === 'và' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
            .join(' '),
      );

/**
 * The lead of an item that names none: the lead its group's heading writes ("A. NHÓM NHIỆM VỤ DO SỞ X CHỦ TRÌ",
 * "I. Nâng cao nhận thức (Sở X chủ trì thực hiện)"), else the plan's.
 */
const groupOrPlanLead = (block: Block, ctx: TaskContext): { leads: readonly DraftUnit[]; leadFromPlan: boolean } => {
  if (block.groupAt === undefined) return fallbackLead(ctx);
  const heading = asRunningText(ctx.doc.clean[block.groupAt]!.replace(/^(?:[IVX]{1,5}|[A-ZĐ])\.\s+/u, ''));
  const { leads } = writtenRoles([heading], ctx.units);
  return leads.length > 0 ? { leads, leadFromPlan: false } : fallbackLead(ctx);
};

/**
 * The deadline a group's heading states for all its sub-items ("2. Quản lý đo lường" then "Các nhiệm vụ
 * tại mục này hoàn thành trong Quý II/2022."): read from the lines before its first sub-item and from a
 * closing line naming the lead of the contents above, and given to each sub-item that states none of its own.
 */
const headingDeadline = (doc: DocumentLines, headingAt: readonly number[]): DraftDeadline | null =>
  statedDeadline(headingAt.map((index) => ({ index, text: doc.clean[index]! }))).deadline;

/** Whether a whole line is a list of units ("4.2. Giao Phòng Quản lý Khoa học"). */
const allUnits = (text: string, units: UnitMatcher): DraftUnit[] | null => {
  const { units: found, end } = units.listAt(text, 0);
  return found.length > 0 && end >= text.replace(/[:.]\s*$/u, '').length - 1 ? found : null;
};

/**
 * Whether lines are one paragraph: no blank line between them, and no line after the first opens something of its
 * own (a bullet, a numbering, a label, another "Giao"). A sentence may break anywhere ("…, trình" / "UBND tỉnh …").
 */
const oneParagraph = (doc: DocumentLines, lines: readonly number[]): boolean =>
  lines.every((i, n) => n === 0 || (i === lines[n - 1]! + 1 && !opensLine(doc.clean[i]!) && !/^Giao\s/u.test(doc.clean[i]!)));

/** What follows the units of a "Giao X …" that hands over the item above it: "chủ trì thực hiện", then maybe its time. */
const NO_WORK_OF_ITS_OWN =
  /^\s*(?:chủ trì|thực hiện|triển khai)(?:[\s,]+(?:chủ trì|thực hiện|triển khai))*\s*(?:[,;]?\s*(?:giai đoạn|trong|năm|quý|tháng|hoàn thành|thời gian|hằng năm|thường xuyên)[^.;]*)?\.?\s*$/iu;

/**
 * A numbered item of a task or solution section is one task, unless it hands its work out by name:
 * then each "Giao X …" paragraph is a task (X leads), each "Chủ trì …" paragraph under an agency
 * sub-heading ("4.2. Giao Phòng Quản lý Khoa học") is a task of that agency, and the item's own
 * paragraphs before the first hand-out are one more task. A later "Giao X …" naming the agency of the
 * sub-heading it sits in continues that agency's task (it restates it with its deadline).
 */
export const itemTasks = (block: Block, ctx: TaskContext): DraftTask[] => {
  const { doc, units } = ctx;
  const section = block.section === 'SOLUTION' ? 'SOLUTION' : 'TASK';
  const body = nonEmpty(doc, block.start, block.end);
  const isHandOut = (i: number) => i !== block.start && /^(\d+\.\d+\.\s*)?Giao\s/iu.test(doc.clean[i]!);
  const firstHandOut = body.findIndex(isHandOut);
  // Sub-items that each write their lead, or sub-items under a heading stating one lead for them all
  // ("1. Sở TN&MT chủ trì thực hiện các nhiệm vụ sau:"): each is a task, the heading's roles its default.
  // A "Giao X …" paragraph inside a sub-item ("- Hỗ trợ … gồm: + … + …" then "Giao X chủ trì …") is that sub-item's lead.
  // A closing line stating the lead of the contents ("Đơn vị chủ trì các nội dung tại mục 4: X") leads every sub-item.
  const closing = closingLeadLines(doc, body, units);
  const subItems = closing === null ? subItemGroups(doc, body, units) : null;
  // A heading that states the lead of its list leads the sub-items that write none, even when they state their times.
  const shared = firstHandOut < 0 ? sharedLeadGroups(doc, body, units) : null;
  const own = !shared && subItems && (firstHandOut < 0 || subItems[0]![0]! < body[firstHandOut]!) ? subItems : null;
  // A heading that only names a topic, over sub-items one of which writes its lead: the sub-items are the tasks.
  const topic = !own && !shared && firstHandOut < 0 ? topicGroups(doc, body, units) : null;
  const groups = own ?? shared ?? topic;
  if (groups) {
    // The heading and any paragraph under it before the first sub-item ("Cơ quan chủ trì: X. Các nhiệm vụ tại mục này …").
    const headingAt = body.filter((i) => i < groups[0]![0]! || closing?.includes(i) === true);
    const heading = textOf(doc, headingAt);
    const headingRoles = writtenRoles(
      headingAt.map((i) => doc.clean[i]!),
      units,
    );
    const group = own || topic ? { leads: [], coordinating: [] } : headingRoles;
    // Sub-items set out as tasks that write no lead are the item's: the lead its heading states ("4. … (Sở Nội vụ chủ
    // trì)"), else the plan's.
    const itemLead = headingRoles.leads.length > 0 ? { leads: headingRoles.leads, leadFromPlan: false } : groupOrPlanLead(block, ctx);
    const groupPartners = own || topic ? [] : [...group.coordinating, ...partnersIn(heading, units)];
    // The heading's time, or the closing line's ("…; thời gian: 2017 - 2020."), is each sub-item's that states none.
    const groupDeadline = headingDeadline(doc, headingAt);
    // "1.1. Về cơ chế hỗ trợ" over "1.1.1. …", "1.1.2. …" that each write their lead: a sub-item that only names a
    // topic hands its work out as the item does, each of its own sub-items a task.
    // Only numbered ones: bullets under a lettered sub-item ("- Sở X chủ trì …", "- Thời gian: …") are its fields.
    const topicOnly = (g: readonly number[]) => writtenRoles([doc.clean[g[0]!]!], units).leads.length === 0;
    const numbered = (gs: number[][] | null) => gs?.every((g) => /^\d{1,2}(?:\.\d{1,2}){2}\.?\s/u.test(doc.clean[g[0]!]!)) === true;
    const parts = groups.flatMap((lines, n) => {
      const found = (own || topic) && topicOnly(lines) ? subItemGroups(doc, lines, units) : null;
      const inner = numbered(found) ? found : null;
      return inner ? inner.map((l, m) => ({ lines: l, ref: `${block.ref}.${n + 1}.${m + 1}` })) : [{ lines, ref: `${block.ref}.${n + 1}` }];
    });
    return parts.map(({ lines, ref }) => {
      const written = writtenRoles(
        lines.map((i) => doc.clean[i]!),
        units,
      );
      const title = doc.clean[lines[0]!]!.replace(/^(?:[-+•–]|\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}\)|[a-zđ]\))\s*/u, '');
      const ownLead = written.leads.length > 0;
      const ownDeadline = statedDeadline(lines.map((index) => ({ index, text: doc.clean[index]! })));
      return makeTask(ctx, {
        ref,
        section,
        title: firstSentence(title),
        lines,
        ...(ownLead ? { leads: written.leads } : own || topic ? itemLead : { leads: group.leads }),
        coordinating: [...(ownLead ? [] : groupPartners), ...written.coordinating, ...partnersIn(textOf(doc, lines), units)],
        ...(ownDeadline.deadline === null && groupDeadline ? { deadline: groupDeadline } : {}),
      });
    });
  }
  if (firstHandOut < 0) {
    const written = writtenRoles(
      body.map((i) => doc.clean[i]!),
      units,
    );
    const lead = written.leads.length > 0 ? { leads: written.leads, leadFromPlan: false } : groupOrPlanLead(block, ctx);
    const partners = [...written.coordinating, ...partnersIn(textOf(doc, body), units)];
    return [makeTask(ctx, { ref: block.ref, section, title: firstSentence(block.title), lines: body, ...lead, coordinating: partners })];
  }
  const opening = body.slice(0, firstHandOut);
  // An item whose heading line is followed by one "Giao X …" paragraph and nothing else hands the
  // item itself to X: one task, not a heading and an assignment. The paragraph may run over lines.
  const handedOut = body.slice(firstHandOut);
  // So does a closing "Giao X chủ trì thực hiện, giai đoạn 2017 - 2020." that names no work of its own: the item's
  // paragraphs and lists above are the work it hands over.
  const handed = oneParagraph(doc, handedOut) ? assignmentRoles(textOf(doc, handedOut), units) : null;
  const handsItem = handed !== null && NO_WORK_OF_ITS_OWN.test(textOf(doc, handedOut).slice(handed.end));
  const only = opening.length === 1 || handsItem ? handed : null;
  if (only) {
    const title = firstSentence(block.title);
    return [
      makeTask(ctx, { ref: block.ref, section, title, lines: body, leads: only.leads, coordinating: partnersIn(textOf(doc, body), units) }),
    ];
  }
  const tasks: DraftTask[] = [];
  if (opening.length > 1) {
    // The item's own paragraph may write its lead ("Cung cấp …. Văn phòng Bộ chủ trì, phối hợp với …"), else the plan's.
    const written = writtenRoles(
      opening.map((i) => doc.clean[i]!),
      units,
    );
    const lead = written.leads.length > 0 ? { leads: written.leads, leadFromPlan: false } : fallbackLead(ctx);
    tasks.push(
      makeTask(ctx, {
        ref: block.ref,
        section,
        title: firstSentence(block.title),
        lines: opening,
        ...lead,
        coordinating: [...written.coordinating, ...partnersIn(textOf(doc, opening), units)],
      }),
    );
  }
  const stem = block.ref.replace(/\.\d+$/u, '');
  let agency: DraftUnit[] | null = null;
  let subRef = '';
  let k = 0;
  let g = 0;
  let current: { ref: string; lines: number[]; leads: DraftUnit[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = textOf(doc, current.lines);
    tasks.push(
      makeTask(ctx, {
        ref: current.ref,
        section: 'ASSIGNMENT',
        title: firstSentence(doc.clean[current.lines[0]!]!),
        lines: current.lines,
        leads: current.leads,
        coordinating: partnersIn(text, units),
      }),
    );
    current = null;
  };
  for (const i of body.slice(firstHandOut)) {
    const line = doc.clean[i]!;
    const sub = line.match(/^(\d+\.\d+)\.\s+Giao\s+(.+)$/u);
    const subUnits = sub ? allUnits(sub[2]!, units) : null;
    if (sub && subUnits) {
      flush();
      agency = subUnits;
      subRef = sub[1]!;
      k = 0;
      continue;
    }
    const handOut = assignmentRoles(line, units);
    if (handOut) {
      if (agency && current && handOut.leads.every((u) => agency!.some((a) => sameUnit(a, u)))) {
        current.lines.push(i);
        continue;
      }
      flush();
      current = { ref: `${block.ref}.g${++g}`, lines: [i], leads: handOut.leads };
      continue;
    }
    if (agency && (/^Chủ trì(?![\p{L}\p{N}])/iu.test(line) || !current)) {
      flush();
      current = { ref: `${stem}.${subRef}.${++k}`, lines: [i], leads: agency };
      continue;
    }
    if (current) (current as { lines: number[] }).lines.push(i);
  }
  flush();
  return tasks;
};

/**
 * The agency a duty opens with. A page may break its name ("4. Sở Thông tin và" / "Truyền thông chủ trì, …"):
 * the registered name run onto the next line is taken over the broken one.
 */
const agencyOf = (heading: string, next: string | undefined, units: UnitMatcher): DraftUnit[] => {
  const own = units.listAt(heading.replace(/;/g, ','), 0).units;
  if (next === undefined || own.every((u) => u.unitId !== null)) return own;
  const joined = units.listAt(`${heading} ${next}`.replace(/;/g, ','), 0);
  const runsOn = joined.end > heading.length && joined.units.every((u) => u.unitId !== null);
  return runsOn ? joined.units : own;
};

/**
 * One agency's duties under "Tổ chức thực hiện" are one task. The agency leads it, with the units it
 * works with ("phối hợp với Y") coordinating, unless its duties open with "Phối hợp với Y …": then Y
 * leads and the agency coordinates; with no Y written, the plan's lead is proposed, flagged, else the agency leads.
 */
export const dutyTask = (block: Block, ctx: TaskContext): DraftTask => {
  const { doc, units } = ctx;
  const [heading, ...inline] = block.title.split(':');
  // "Các sở, ngành; UBND các huyện:" lists its agencies with a semicolon too.
  const body = nonEmpty(doc, block.start + 1, block.end);
  const agency = agencyOf(heading!, inline.length > 0 ? undefined : doc.clean[body[0] ?? -1], units);
  const lines = [block.start, ...body];
  const duties = [inline.join(':').trim(), ...body.map((i) => doc.clean[i]!)].filter((d) => d !== '');
  const first = (duties[0] ?? '').replace(/^[-+•–]\s*/u, '');
  const title = `${heading!.trim()}: ${firstSentence(first)}`;
  // A body the plan can only ask ("Đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên truyền …") does the asked work
  // itself: it leads unless its duties open with working with someone named ("Đề nghị MTTQ tỉnh:" / "- Phối hợp với Y …");
  // asked as the sentence's subject ("Đề nghị Tỉnh đoàn phối hợp với Y …") it does the work with Y's help.
  const asked = /^(?:\d{1,2}\.\s+|[-+•–]\s+)?Đề nghị\s/u.test(doc.clean[block.start]!);
  const withNamed = /^Phối hợp (?:chặt chẽ )?(?:với|cùng)(?![\p{L}\p{N}])/iu.test(first);
  // "3. Sở Nội vụ phối hợp Sở Y thẩm định …": the agency is the sentence's subject and does the work with Y's help.
  // "4. Đề nghị Tỉnh đoàn phối hợp với Sở KH&CN phát động …": the body asked is the subject, as it is without the request.
  const opening = doc.clean[block.start]!.replace(/^(?:\d{1,2}\.|[-+•–]|[a-zđ]\))\s+/u, '').replace(/^Đề nghị\s+/u, '');
  const subject = /^\s+phối hợp(?![\p{L}\p{N}])/u.test(opening.slice(units.listAt(opening.replace(/;/g, ','), 0).end));
  if (/^Phối hợp(?![\p{L}\p{N}])/iu.test(first) && (withNamed || !asked) && !subject) {
    const withWhom = first.match(/^Phối hợp (?:chặt chẽ )?(?:với|cùng)\s+/iu);
    const partners = withWhom ? units.listAt(first, withWhom[0].length).units : [];
    // With no one named to work with, the plan's lead; when the plan names none, the agency does the work itself
    // ("1. Văn phòng Sở: Phối hợp đăng tải thông tin …" in a department's own plan).
    const lead = partners.length > 0 ? { leads: partners, leadFromPlan: false } : fallbackLead(ctx);
    if (lead.leads.length > 0) return makeTask(ctx, { ref: block.ref, section: 'DUTY', title, lines, ...lead, coordinating: agency });
  }
  return makeTask(ctx, {
    ref: block.ref,
    section: 'DUTY',
    title,
    lines,
    leads: agency,
    coordinating: partnersIn(`${inline.join(':')} ${textOf(doc, body)}`, units),
  });
};
