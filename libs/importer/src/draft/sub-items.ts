import { foldText } from '@monitor/domain';
import { statedDeadline } from './deadlines.js';
import { unwrapLines, type DocumentLines } from './lines.js';
import type { UnitMatcher } from './units.js';
import { writtenRoles } from './written-roles.js';

/**
 * How sub-items of a numbered item open, the shallowest level first: "1.1.", "2.1.1." (under an item numbered
 * "2.1."), "1)", "a)", "- ", "+ " (a level below "-").
 */
const LEVELS: readonly RegExp[] = [
  /^\d{1,2}\.\d{1,2}\.?\s+\S/u,
  /^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\S/u,
  /^\d{1,2}\)\s+\S/u,
  /^[a-zđ]\)\s+\S/u,
  /^[-•–]\s+\S/u,
  /^\+\s+\S/u,
];

/**
 * A sub-item's own time label ("Thời gian hoàn thành: trong năm 2022.", on its own line or opening a sentence of
 * it): it is set out as a task even when its lead is left to the plan.
 */
const TIME_LINE = /(?:^|[.;]\s+)(?:[-+•–]\s*)?Thời (?:gian|hạn)[^:]{0,25}:/iu;

/** Lines that carry on the line above (a printed page wrapped it): they open no sub-item, even when they start with a dash. */
const continuations = (doc: DocumentLines, lines: readonly number[]): Set<number> => {
  const out = new Set<number>();
  if (lines.length === 0) return out;
  // Every line of the span, blank ones too: a blank line ends a paragraph.
  const all: { index: number; text: string }[] = [];
  for (let i = lines[0]!; i <= lines[lines.length - 1]!; i++) all.push({ index: i, text: doc.clean[i]! });
  for (const l of unwrapLines(all)) for (let i = l.index + 1; i <= l.last; i++) out.add(i);
  return out;
};

/**
 * A line that labels a field of the item above it ("- Đơn vị chủ trì: …", "- Phối hợp: …", "- Thời gian: …"), not a
 * sub-item. "- Phối hợp với các doanh nghiệp …", "- Phối hợp xây dựng …" are sub-items whose work is done with others:
 * a bare role word is a label only before its colon.
 */
const FIELD =
  /^[-+•–]\s*(?:(?:Cơ quan|Đơn vị)\s+(?:chủ trì|phối hợp)|(?:chủ trì|phối hợp)(?:\s+thực hiện)?\s*:|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|kinh phí)|^[-+•–]\s*(?:Cơ quan|Đơn vị)\s+thực hiện\s*:/iu;

/**
 * An item whose sub-items each write their own lead ("1.1. … Đơn vị chủ trì: X", "a) Sở Y tế: …",
 * "- … (Cơ quan chủ trì: X; …)"), or their own time line beside siblings that write a lead, assigns several
 * tasks: the sub-items, each with its lines. An item whose sub-items are set out otherwise is one task, its
 * sub-items its content. Returns the groups of lines (0-based) or null.
 */
export const subItemGroups = (doc: DocumentLines, body: readonly number[], units: UnitMatcher): number[][] | null => {
  const lines = body.slice(1);
  const carried = continuations(doc, lines);
  for (const level of LEVELS) {
    const opens = new Set(lines.filter((i) => level.test(doc.clean[i]!) && !FIELD.test(doc.clean[i]!) && !carried.has(i)));
    if (opens.size < 2) continue;
    const groups: number[][] = [];
    for (const i of lines) {
      if (opens.has(i)) groups.push([i]);
      else groups[groups.length - 1]?.push(i);
    }
    const lead = (g: number[]) =>
      writtenRoles(
        g.map((i) => doc.clean[i]!),
        units,
      ).leads.length > 0;
    // Each sub-item writes its lead, or its own time line beside siblings that write theirs ("3.2. … / Thời
    // gian hoàn thành: …" after "3.1. … / Đơn vị thực hiện: X"): the one without a lead takes the plan's.
    const timed = (g: number[]) =>
      g.some((i) => TIME_LINE.test(doc.clean[i]!)) || TIME_LINE.test(g.map((i) => doc.clean[i]!).join(' ')) || ownTime(doc, g);
    return groups.some(lead) && groups.every((g) => lead(g) || timed(g)) ? groups : null;
  }
  return null;
};

/** Whether a sub-item states its own time ("…, hoàn thành trong năm 2019.", "…; hằng năm.", "…; thường xuyên."): it is a deliverable of its own. */
const ownTime = (doc: DocumentLines, g: readonly number[]): boolean =>
  statedDeadline(g.map((index) => ({ index, text: doc.clean[index]! }))).deadline !== null ||
  /[,;]\s*(?:(?:hằng|hàng) (?:năm|quý|tháng)|thường xuyên)\.?$/iu.test(g.map((i) => doc.clean[i]!).join(' '));

/**
 * A closing paragraph stating the lead of the item's contents, after its sub-items: "Đơn vị chủ trì các nội dung tại
 * mục 4: X", or a sentence whose lead does "the contents above" ("Sở X chủ trì thực hiện các nội dung trên, phối hợp
 * với Y; thời gian: 2017 - 2020."). It leads each sub-item, as a heading ending on a colon does, and its time is
 * theirs. It may run over lines ("…; đơn vị phối hợp: các trường đại" / "học, Tỉnh đoàn."). Returns its lines or null.
 */
export const closingLeadLines = (doc: DocumentLines, body: readonly number[], units: UnitMatcher): number[] | null => {
  // The lines after the last sub-item's opening, unbroken: the closing paragraph starts on one of them, at a sentence's start.
  let from = body.length - 1;
  while (from > 0 && !LEVELS.some((level) => level.test(doc.clean[body[from]!]!)) && body[from - 1] === body[from]! - 1) from--;
  for (let at = from + 1; at < body.length; at++) {
    const line = doc.clean[body[at]!]!;
    const lines = body.slice(at);
    const text = lines.map((i) => doc.clean[i]!).join(' ');
    const opens =
      CLOSING_LEAD.test(line) ||
      (/[.;:]$/u.test(doc.clean[body[at - 1]!]!) && /^\p{Lu}/u.test(line) && CONTENTS_ABOVE.test(foldText(text)));
    if (opens) return writtenRoles([text], units).leads.length > 0 ? lines : null;
  }
  return null;
};

/**
 * A paragraph after a list that states the roles of its contents: "Sở X chủ trì … thực hiện các nội dung trên; …",
 * "Cơ quan chủ trì: X. Thời gian: …". It closes the item the list belongs to, not the section's own text.
 */
export const statesListRoles = (line: string): boolean =>
  CLOSING_LEAD.test(line) || CONTENTS_ABOVE.test(foldText(line)) || /^(?:(?:Cơ quan|Đơn vị)\s+)?chủ trì(?:\s+thực hiện)?\s*:/iu.test(line);

/** "… chủ trì (thực hiện) các nội dung trên / nêu trên / tại mục này", folded: a sentence leading the list above it. */
const CONTENTS_ABOVE =
  /^[^.;]{0,120}\b(?:chu tri|thuc hien)\b[^.;]{0,20}\b(?:cac|nhung) (?:noi dung|nhiem vu) (?:neu |ke |o )?(?:tren|tai muc nay)\b/;

const CLOSING_LEAD = /^(?:Cơ quan|Đơn vị) chủ trì (?:thực hiện )?(?:các|những) (?:nội dung|nhiệm vụ)[^:]{0,30}:/iu;

/**
 * The lines of an item's heading: its first line and the lines a printed page wrapped it onto ("2. … Sở KH&CN
 * chủ trì, phối hợp với Sở" / "Tư pháp thực hiện các nhiệm vụ sau:").
 */
export const headingLines = (doc: DocumentLines, body: readonly number[]): number[] => {
  const first = unwrapLines(body.map((index) => ({ index, text: doc.clean[index]! })))[0];
  return first ? body.filter((i) => i >= first.index && i <= first.last) : [];
};

/**
 * An item that states one lead for a list of tasks ("1. Sở TN&MT chủ trì thực hiện các nhiệm vụ sau: a) …
 * b) …"): its heading names the lead and ends with a colon, and at least two sub-items follow. Each
 * sub-item of the shallowest level is a task of that lead; returns the groups of lines or null.
 */
export const sharedLeadGroups = (doc: DocumentLines, body: readonly number[], units: UnitMatcher): number[][] | null => {
  const heading = headingLines(doc, body);
  const text = heading.map((i) => doc.clean[i]!).join(' ');
  if (/:\s*$/u.test(text) && !DETAILS.test(text) && writtenRoles([colonSentence(text)], units).leads.length > 0)
    return shallowestGroups(doc, body.slice(heading.length));
  if (leadBracketEnds(text, units)) return shallowestGroups(doc, body.slice(heading.length));
  const closing = closingLeadLines(doc, body, units);
  if (closing !== null) return shallowestGroups(doc, body.slice(heading.length, -closing.length));
  // "5. Đổi mới … (Sở Y chủ trì)" over sub-items that each state their own time: each is a deliverable of that lead.
  // "1. Nhóm nhiệm vụ do Sở Y chủ trì" over sub-items that each state their own time: the lead written after the
  // heading's words ("… do X chủ trì") heads a list as a bracket does.
  if (leadBracketOnly(text, units) || leadByEnds(text, units)) {
    const groups = shallowestGroups(doc, body.slice(heading.length));
    if (groups?.every((g) => ownTime(doc, g))) return groups;
  }
  // "2. Phát triển tiềm lực …" / "Cơ quan chủ trì: Sở KH&CN. Các nhiệm vụ tại mục này hoàn thành trong …" / "- …":
  // a paragraph under the heading that names a lead and speaks of "the tasks of this item" makes each sub-item a task.
  const rest = body.slice(heading.length);
  const firstSub = rest.findIndex((i) => LEVELS.some((level) => level.test(doc.clean[i]!)) && !FIELD.test(doc.clean[i]!));
  if (firstSub < 1) return null;
  const intro = rest.slice(0, firstSub).map((i) => doc.clean[i]!);
  // "Sở KH&CN chủ trì thực hiện các nhiệm vụ sau; …:" under the heading reads as a heading ending on its colon does.
  const introText = intro.join(' ');
  if (!(
    (THESE_TASKS.test(foldText(introText)) && writtenRoles(intro, units).leads.length > 0) ||
    (/:\s*$/u.test(introText) && !DETAILS.test(introText) && writtenRoles([colonSentence(introText)], units).leads.length > 0)
  ))
    return null;
  return shallowestGroups(doc, rest.slice(firstSub));
};

/**
 * The sentence a text's closing colon ends: "Sở X chủ trì …; hoàn thành trong năm 2018. Các sản phẩm ưu tiên:" opens a
 * list of what the one piece of work covers, not tasks of X; the sentence opening the list must name its lead itself.
 */
const colonSentence = (text: string): string => {
  const stops = [...text.matchAll(/[.!?](?=\s+\p{Lu})/gu)];
  const last = stops[stops.length - 1];
  return last ? text.slice(last.index! + 1).trim() : text;
};

/**
 * A sentence of one piece of work whose colon opens its details ("Sở X chủ trì xây dựng mô hình …, gồm:", "…, bao gồm:",
 * "… như:", "… theo các nội dung:"): its sub-items are the work's contents, not tasks handed out, unlike "… thực hiện các nội dung sau:".
 */
// "… hỗ trợ kinh phí cho các dự án theo các nội dung:" lists what the one support covers.
// "… triển khai Chương trình X, hoàn thành trong năm 2026, tập trung vào các nội dung:" lists what the one programme focuses on.
const DETAILS =
  /(?:^|\s)(?:gồm|bao gồm|như|(?:theo|tập trung(?: vào)?) (?:các|những) (?:nội dung|hình thức|mức|tiêu chí|hoạt động)(?: (?:sau|chính|chủ yếu))?)\s*:\s*$/iu;

/**
 * A heading that ends on a bracket naming the lead of the contents below ("2. Hỗ trợ … (Phòng X chủ trì thực hiện
 * các nội dung dưới đây)") states it for its list, as a heading ending on a colon does. A bracket that only names
 * the lead ("1. Hạ tầng (Sở Y chủ trì)") leads the item, its sub-items its content.
 */
const leadBracketEnds = (text: string, units: UnitMatcher): boolean => {
  const bracket = text.replace(/[*\s.]+$/u, '').match(/\(([^()]*)\)$/u);
  return (
    bracket !== null &&
    // "(Sở X chủ trì các nhiệm vụ tại mục này)" states the lead of the list as "… các nội dung dưới đây" does.
    // "(Sở X chủ trì, trừ nhiệm vụ ghi rõ cơ quan chủ trì khác)": a lead for the list but the items naming their own.
    (/(?:noi dung|nhiem vu) (?:duoi day|sau)|\btru (?:cac |nhung )?(?:nhiem vu|noi dung)/.test(foldText(bracket[1]!)) ||
      THESE_TASKS.test(foldText(bracket[1]!))) &&
    writtenRoles([bracket[1]!], units).leads.length > 0
  );
};

/** A heading ending on a bracket that names a lead ("5. Đổi mới … (Sở Y chủ trì)"). */
const leadBracketOnly = (text: string, units: UnitMatcher): boolean => {
  const bracket = text.replace(/[*\s.]+$/u, '').match(/\(([^()]*)\)$/u);
  return bracket !== null && writtenRoles([bracket[1]!], units).leads.length > 0;
};

/** A heading ending on its lead after "do" (by): "Nhóm nhiệm vụ do Sở Y chủ trì", "Các nội dung do Sở Y thực hiện". */
const leadByEnds = (text: string, units: UnitMatcher): boolean => {
  const by = text.replace(/[*\s.]+$/u, '').match(/(?<![\p{L}\p{N}])do\s+(\p{Lu}[^.;:()]*\s(?:chủ trì|thực hiện))$/u);
  return by !== null && writtenRoles([by[1]!], units).leads.length > 0;
};

/** "Các nhiệm vụ tại mục này …", "các nhiệm vụ của mục này", folded. */
const THESE_TASKS = /cac nhiem vu (?:tai|cua|trong|thuoc|o) (?:muc|phan|noi dung) nay/;

/** Each sub-item of the shallowest level that opens the lines and has a sibling, with its lines; or null. */
const shallowestGroups = (doc: DocumentLines, lines: readonly number[]): number[][] | null => {
  for (const level of LEVELS) {
    const opens = lines.filter((i) => level.test(doc.clean[i]!) && !FIELD.test(doc.clean[i]!));
    if (opens.length < 2 || opens[0] !== lines[0]) continue;
    const groups: number[][] = [];
    for (const i of lines) {
      if (opens.includes(i)) groups.push([i]);
      else groups[groups.length - 1]!.push(i);
    }
    return groups;
  }
  return null;
};

/** A label line of the item ("- Cơ quan chủ trì: …", "Thời gian thực hiện: …"), with or without its bullet. */
const LABEL_LINE = /^(?:[-+•–]\s*)?(?:(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện)|Thời (?:gian|hạn)|Tiến độ)[^:]{0,30}:/iu;

/**
 * An item whose heading only names a topic ("3. Thúc đẩy cung - cầu công nghệ"), with its sub-items straight under
 * it: no lead, no time and no sentence of its own, and no label line or paragraph stating the roles of the item as a whole. When
 * a sub-item writes its own lead, the sub-items are the work the item names: each is a task, its lead from its own
 * words. Returns the groups of lines or null.
 */
export const topicGroups = (doc: DocumentLines, body: readonly number[], units: UnitMatcher): number[][] | null => {
  const heading = headingLines(doc, body);
  const text = heading
    .map((i) => doc.clean[i]!)
    .join(' ')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s*/u, '');
  if (/[.;]$/u.test(text) || text.length > 160 || writtenRoles([text], units).leads.length > 0) return null;
  if (statedDeadline(heading.map((index) => ({ index, text: doc.clean[index]! }))).deadline !== null) return null;
  const rest = body.slice(heading.length);
  // Label lines inside the sub-items ("2.1. …" / "Chủ trì thực hiện: X" / "2.2. …") are theirs; only the last sub-item's
  // may be the item's own, written after its list.
  const labelled = (g: readonly number[]) => g.some((i) => LABEL_LINE.test(doc.clean[i]!));
  const listed = shallowestGroups(doc, rest);
  if (labelled(rest) && !listed?.slice(0, -1).some(labelled)) return null;
  // A paragraph of the item's own after its sub-items ("Sở X chủ trì, phối hợp …; thời gian: …") states its roles for them all.
  // A line that only looks like a label ("… cho các" / "sản phẩm: …") goes on the sentence above it.
  const ownParagraph = (i: number, n: number) =>
    n > 0 &&
    /[.;!?]$/u.test(doc.clean[rest[n - 1]!]!) &&
    /^\p{Lu}/u.test(doc.clean[i]!) &&
    !LEVELS.some((level) => level.test(doc.clean[i]!));
  if (rest.some(ownParagraph)) return null;
  const groups = listed;
  const lead = (g: number[]) =>
    writtenRoles(
      g.map((i) => doc.clean[i]!),
      units,
    ).leads.length > 0;
  return groups?.some(lead) ? groups : null;
};
