import type { DocumentLines } from './lines.js';
import { foldText } from '@monitor/domain';
import { statedDeadline } from './deadlines.js';
import type { UnitMatcher } from './units.js';
import { statesListRoles } from './sub-items.js';

/**
 * The outline of a document: which lines are numbered items of a task or solution section, which are
 * one agency's duties in "Tổ chức thực hiện", and which are free text. Sections are the Roman-numbered
 * headings ("II. NHIỆM VỤ VÀ GIẢI PHÁP"); a heading naming nhiệm vụ (tasks), giải pháp (solutions)
 * or nội dung (contents) opens a task section, unless it reports what was done ("đã triển khai") or
 * sits in a part that reports ("Phần thứ nhất: tình hình thực hiện …"). Items are the first numbering
 * level under the section, or under a lettered group in it (A., B.): "1.", "2." or "Một là", "Hai là".
 * Deeper levels (1.1., a), -, +) are the item's content.
 */
export type SectionKind = 'TASK' | 'SOLUTION' | 'DUTY' | 'OTHER';
/** While reading: a directive's requirements, each an agency's duty or a task. */
type ReadingKind = SectionKind | 'REQUEST';

/** Sections whose items are tasks (nhiệm vụ, giải pháp), as against duties and free text. */
const holdsTasks = (section: ReadingKind): section is 'TASK' | 'SOLUTION' => section === 'TASK' || section === 'SOLUTION';

/** A line opening a lettered or bulleted sub-item: "a) …", "- …", "+ …". */
const SUB_ITEM = /^(?:[a-zđ]\)|[-+•–])\s/u;

/** The next line after i that is not blank, if any. */
const nextText = (lines: readonly string[], i: number): string | undefined => lines.slice(i + 1).find((l) => l !== '');

/** Whether line i opens another part, section, article or the signature: where a group's lines end. */
const endsGroup = (doc: DocumentLines, i: number): boolean =>
  /^(?:[IVX]{1,5}|[A-ZĐ])\.\s/u.test(doc.clean[i]!) || /^(phan |dieu \d|noi nhan)/.test(doc.folded[i]!);

export interface Block {
  readonly kind: 'ITEM' | 'DUTY';
  readonly section: SectionKind;
  readonly ref: string;
  readonly number: number;
  readonly title: string;
  /** The heading line (0-based); the block's lines run from it to `end` inclusive. */
  readonly start: number;
  end: number;
  /** The heading line of the group the item sits in ("A. NHÓM NHIỆM VỤ DO SỞ X CHỦ TRÌ", "I. … (Sở X chủ trì)"), if any. */
  readonly groupAt?: number;
}

export interface Outline {
  readonly blocks: Block[];
  /** Lines outside any block and outside the header: free paragraphs, articles, "Tổ chức thực hiện" text. */
  readonly free: number[];
  /** Lines of sections on targets and funds (mục tiêu, kinh phí), where the plan's own targets are read. */
  readonly targetLines: number[];
}

const ORDINALS = ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];
const ORDINALS_THU = ['nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];
const REPORTING_TITLE = /tinh hinh thuc hien|ket qua dat duoc|ket qua thuc hien|\bda (trien khai|thuc hien)|han che|nguyen nhan|danh gia/;

const sectionKind = (folded: string): SectionKind => {
  if (/to chuc thuc hien/.test(folded)) return 'DUTY';
  if (REPORTING_TITLE.test(folded) || /muc tieu|muc dich|quan diem/.test(folded)) return 'OTHER';
  if (/giai phap/.test(folded) && !/nhiem vu/.test(folded)) return 'SOLUTION';
  return /nhiem vu|noi dung|giai phap/.test(folded) ? 'TASK' : 'OTHER';
};

/** A line that carries on a heading written in capitals: letters all capital, no numbering of its own. */
export const continuesHeading = (line: string | undefined): boolean =>
  line !== undefined && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !/^([IVX]{1,5}|[A-ZĐ]|\d{1,2})[.)]/u.test(line);

/** The item a line opens: its number and the title after it, with the numbering style. */
export const itemHeading = (clean: string, folded: string): { n: number; title: string; style: 'num' | 'ord' } | null => {
  const num = clean.match(/^(\d{1,2})\.\s+(\S.*)$/u);
  if (num) return { n: +num[1]!, title: num[2]!.trim(), style: 'num' };
  // "Nhiệm vụ 1. Điều tra …", "Giải pháp 2: …": a block headed by its kind word and number is the numbered item.
  const named = clean.match(/^(?:Nhiệm vụ|Giải pháp|Nội dung|Mục)\s+(\d{1,2})\s*[.:]\s+(\S.*)$/iu);
  if (named) return { n: +named[1]!, title: named[2]!.trim(), style: 'num' };
  const ord = folded.match(/^(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) la,?\s*/);
  if (ord) return { n: ORDINALS.indexOf(ord[1]!) + 1, title: clean.slice(ord[0].length).trim(), style: 'ord' };
  const thu = folded.match(/^thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi),\s*/);
  if (thu) return { n: ORDINALS_THU.indexOf(thu[1]!) + 1, title: clean.slice(thu[0].length).trim(), style: 'ord' };
  return null;
};

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };
/** The value of a Roman numeral ("IV" → 4), or 0 when it is none. */
const romanValue = (roman: string): number => {
  if (!/^[IVX]{1,5}$/u.test(roman)) return 0;
  let total = 0;
  for (let k = 0; k < roman.length; k++) {
    const v = ROMAN_DIGITS[roman[k]!]!;
    total += k + 1 < roman.length && v < ROMAN_DIGITS[roman[k + 1]!]! ? -v : v;
  }
  return total;
};

/** A section's own number: "II" → 2, and a "Mục 2" (or "Mục II") heading's → 2; 0 when it has none. */
const sectionValue = (section: string): number => {
  const muc = section.match(/^Mục (\d{1,2}|[IVX]{1,5})$/u);
  return muc ? (/\d/.test(muc[1]!) ? +muc[1]! : romanValue(muc[1]!)) : romanValue(section);
};

/**
 * "2.1. Hoàn thiện cơ chế …" under "II. NHIỆM VỤ": a section whose items carry the section's own number before
 * theirs ("2.1.", "2.2." …; "2.1.1." below them is their content). The item's number and title, or null.
 */
const sectionNumberedHeading = (clean: string, roman: string): { n: number; title: string; style: 'num' } | null => {
  const v = sectionValue(roman);
  const m = v > 0 ? clean.match(/^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u) : null;
  return m && +m[1]! === v ? { n: +m[2]!, title: m[3]!.trim(), style: 'num' } : null;
};

/** A lettered item ("b) Hỗ trợ tạo lập …"), read only in an article's task list. */
const letterHeading = (clean: string): { n: number; title: string; style: 'letter' } | null => {
  const m = clean.match(/^([a-zđ])\)\s+(\S.*)$/u);
  return m ? { n: 'abcdđefghiklmnopqrstuvxy'.indexOf(m[1]!) + 1, title: m[2]!.trim(), style: 'letter' } : null;
};

/**
 * A task section whose first line is a lettered item ("III. NHIỆM VỤ KIỂM TRA" / "a) Kiểm tra …"): the drafter
 * skipped the numbered level, so its letters number the section's items.
 */
const opensWithLetter = (doc: DocumentLines, i: number, romanAt: number, section: ReadingKind): boolean =>
  holdsTasks(section) && romanAt >= 0 && doc.clean.slice(romanAt + 1, i).every((l) => l === '') && /^[a-zđ]\)\s/u.test(doc.clean[i]!);

/** An agency heading: "3. Sở Y tế", "2. Sở Kế hoạch và Đầu tư, Sở Tài chính:" — its words are all units. */
const isAgencyHeading = (title: string, units: UnitMatcher): boolean => {
  // "1. Sở Tài chính: Cân đối, bố trí kinh phí …": the agency before the colon, its duty after it.
  const t = title
    .replace(/;/g, ',')
    .split(':')[0]!
    .replace(/[.]\s*$/u, '')
    // "2. Sở NN&PTNT (Văn phòng Điều phối nông thôn mới tỉnh):": a bracket naming the office that does it stays the agency's.
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .trim();
  if (/\d/.test(t) || t.split(' ').length > 25) return false;
  const { units: found, end } = units.listAt(t, 0);
  return found.length > 0 && end >= t.length - 1;
};

/**
 * An agency's duty written as a sentence with the agency as its subject ("Sở KH&CN là cơ quan thường
 * trực, …", "Các sở, ngành, UBND các huyện căn cứ …", "Đề nghị Liên hiệp các Hội … tổ chức …"): the
 * title as "agency: duty", or null when the item does not open with units followed by what they do.
 */
const agencySubject = (title: string, units: UnitMatcher): string | null => {
  // "Thủ trưởng các đơn vị thuộc Bộ …", "Đề nghị …": the units after the head's title or the request.
  const asked = title.match(/^(?:Đề nghị\s+)?(?:(?:Thủ trưởng|Trưởng|Người đứng đầu|Lãnh đạo)\s+(?=các\s))?/u);
  const from = asked![0].length;
  // "Các sở, ngành có liên quan; UBND các huyện, thành phố căn cứ …": agencies listed with a semicolon too.
  const { units: found, end } = units.listAt(title.replace(/;/g, ','), from);
  // "Sở Tài chính (sau khi hợp nhất với …) cân đối …": a remark in brackets on the agency does not part it from its verb.
  const rest = title.slice(end).replace(/^\s*\([^()]*\)/u, '');
  if (found.length === 0 || !/^\s+\p{Ll}/u.test(rest)) return null;
  return `${title.slice(from, end).trim()}: ${rest.trim()}`;
};

/**
 * The agency an unnumbered duty paragraph opens with: as its subject ("Sở Tài chính căn cứ …") or before a colon
 * ("Sở Tài chính: Hằng năm, …"), the form numbered duties take too.
 */
const paragraphAgency = (line: string, units: UnitMatcher): string | null => {
  const subject = agencySubject(line, units);
  if (subject) return subject;
  const { units: found, end } = units.listAt(line.replace(/;/g, ','), 0);
  const duties = line.slice(end).match(/^\s*:\s*(\S.*)$/u);
  return found.length > 0 && duties ? `${line.slice(0, end).trim()}: ${duties[1]!}` : null;
};

/** Words a part's heading is made of when it names what the part holds ("PHÂN CÔNG TỔ CHỨC THỰC HIỆN" too). */
const PART_TITLE =
  /^(?:nhiem vu|giai phap|noi dung|(?:phan cong )?to chuc thuc hien|muc tieu|muc dich|kinh phi|quan diem|cac nhiem vu|danh gia|ket qua)/;

/**
 * A part's heading numbered otherwise than in Roman: a capital letter before the document's first Roman
 * heading, or in a document whose parts are lettered ("B. NHIỆM VỤ, GIẢI PHÁP"; a lettered group inside a Roman
 * section stays a group), "Mục 2. …", or a bare heading in capitals naming what it holds ("TỔ CHỨC THỰC HIỆN").
 * A letter's heading is in capitals or names its part: "A. Nguyễn …" at a line's start is no part. Its number
 * (the letter, the Mục's number, or none) and its title, as a Roman heading's match gives them.
 */
const partHeading = (clean: string, folded: string, lettersMayHead: boolean): [string, string, string] | null => {
  const titled = (title: string) => !/\p{Ll}/u.test(title) || PART_TITLE.test(foldText(title));
  const letter = lettersMayHead ? clean.match(/^([A-ZĐ])\.\s+(\S.*)$/u) : null;
  if (letter && titled(letter[2]!) && /\p{Lu}{2}/u.test(letter[2]!)) return [clean, letter[1]!, letter[2]!];
  const muc = clean.match(/^Mục\s+(\d{1,2}|[IVX]{1,5})\s*[.:]\s+(\S.*)$/u);
  if (muc && titled(muc[2]!)) return [clean, `Mục ${muc[1]!}`, muc[2]!];
  if (!/\p{Ll}/u.test(clean) && /\p{Lu}{2}/u.test(clean) && PART_TITLE.test(folded)) return [clean, '', clean];
  return null;
};

/**
 * "B. NHIỆM VỤ CỤ THỂ" / "I. Hoàn thiện thể chế …": inside a lettered part that holds tasks, a Roman heading naming no
 * part of its own (nhiệm vụ, mục tiêu, kinh phí …) groups the part's items, as a lettered group does inside a Roman section.
 */
const groupsPartItems = (title: string, part: string, section: ReadingKind, letterParts: boolean): boolean => {
  const folded = foldText(title);
  return (
    letterParts &&
    /^[A-ZĐ]$/u.test(part) &&
    holdsTasks(section) &&
    !PART_TITLE.test(folded) &&
    !REPORTING_TITLE.test(folded) &&
    !/muc tieu|kinh phi|to chuc thuc hien/.test(folded)
  );
};

/** A line numbered, lettered or bulleted: an item or a sub-item of its own. */
const NUMBERED_LINE = /^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[IVX]{1,5}\.|[-+•–])\s/u;

/**
 * A task section that numbers nothing and groups its work under unnumbered headings ("Hoàn thiện thể chế …", bold
 * in Markdown, maybe with its lead in a bracket), each a line of its own with a list under it: the heading lines,
 * read as the section's items, when there are two or more; else none. A heading is a short title, no sentence:
 * it ends on no full stop, semicolon, colon or comma, and the next line opens a bullet or lettered sub-item.
 */
const bareHeadings = (doc: DocumentLines, headingAt: number): Set<number> => {
  const found = new Set<number>();
  const overParagraph: number[] = [];
  for (let i = headingAt + 1; i < doc.clean.length; i++) {
    const clean = doc.clean[i]!;
    if (clean === '') continue;
    if (endsGroup(doc, i)) break;
    if (/^\d{1,2}(?:\.\d{1,2})*\.\s/u.test(clean) || clean.includes('\t')) return new Set();
    if (NUMBERED_LINE.test(clean) || /^Giao\s/u.test(clean) || !/^\p{Lu}/u.test(clean)) continue;
    const title = clean.replace(/\s*\([^()]*\)\s*$/u, '');
    const next = nextText(doc.clean, i);
    const opensLine = i - 1 === headingAt || doc.clean[i - 1] === '';
    if (!opensLine || title.length > 120 || /[.;:,]$/u.test(title) || next === undefined) continue;
    if (SUB_ITEM.test(next)) found.add(i);
    // A short title set apart over a paragraph ("**Phát triển hạ tầng số**" / "" / "Giao Sở X …"): a heading of the same
    // series when two or more others head lists.
    else if (title.length <= 80 && doc.clean[i + 1] === '' && /^\p{Lu}/u.test(next) && (/[.;:]$/u.test(next) || next.length > 80))
      overParagraph.push(i);
  }
  if (found.size >= 2) for (const i of overParagraph) found.add(i);
  return found.size >= 2 ? found : new Set();
};

/**
 * "C. NHIỆM VỤ CỦA CẤP XÃ" / "UBND các xã, phường:" / "- …; trong tháng 3/2026.": an unnumbered line naming only
 * agencies, ending on a colon over a list, where the section or group numbers nothing yet, heads an item as "1. Sở X
 * chủ trì thực hiện các nhiệm vụ sau:" does.
 */
const agencyOverList = (doc: DocumentLines, i: number, section: ReadingKind, style: string | null, units: UnitMatcher): boolean => {
  const clean = doc.clean[i]!;
  if (!holdsTasks(section) || style !== null || !/:$/u.test(clean) || NUMBERED_LINE.test(clean)) return false;
  const next = nextText(doc.clean, i);
  return next !== undefined && SUB_ITEM.test(next) && isAgencyHeading(clean, units);
};

/** Whether the group headed at line i numbers no item ("1.", "2." …) before the next heading: its text is its own. */
const numbersNothing = (doc: DocumentLines, at: number): boolean => {
  let text = false;
  for (let i = at + 1; i < doc.clean.length; i++) {
    const clean = doc.clean[i]!;
    if (endsGroup(doc, i)) break;
    // "Nội dung … các nhiệm vụ tại Phụ lục kèm theo": the appendix's rows are the group's tasks.
    if (/^\d{1,2}(?:\.\d{1,2})*\.\s/u.test(clean) || clean.includes('\t') || /phu luc/.test(doc.folded[i]!)) return false;
    if (clean !== '') text = true;
  }
  return text;
};

/** Whether line i is the only paragraph of the Roman section headed at `from`: nothing before it, and the signature's "Nơi nhận", another heading or the end after it. */
const onlyParagraph = (doc: DocumentLines, i: number, from: number): boolean => {
  if (from < 0 || doc.clean.slice(from + 1, i).some((l) => l !== '')) return false;
  const next = nextText(doc.folded, i);
  return next === undefined || /^(noi nhan|[ivx]{1,5}\. )/.test(next);
};

/** Whether line i opens a paragraph: a blank line, the heading or a finished sentence or clause before it. */
const opensParagraph = (doc: DocumentLines, i: number, headingAt: number): boolean =>
  i - 1 === headingAt || doc.clean[i - 1] === '' || /[.;:]$/u.test(doc.clean[i - 1]!);

/**
 * "IV. TỔ CHỨC THỰC HIỆN" written as unnumbered paragraphs, each opening with its agency ("Sở KH&CN là cơ quan
 * thường trực, …" / "Sở Tài chính căn cứ …"): the lines opening those paragraphs, when there are two or more and
 * the section numbers nothing; else none.
 */
const agencyParagraphs = (doc: DocumentLines, headingAt: number, units: UnitMatcher): Set<number> => {
  const found = new Set<number>();
  for (let i = headingAt + 1; i < doc.clean.length; i++) {
    const clean = doc.clean[i]!;
    if (clean === '') continue;
    if (/^([IVX]{1,5}\.|\d{1,2}\.|[a-zđ]\)|[-+•])\s/u.test(clean) || clean.includes('\t') || !/\p{Ll}/u.test(clean)) break;
    if (!opensParagraph(doc, i, headingAt)) continue;
    // "Các đơn vị kịp thời báo cáo vướng mắc": units named by no body are the closing words to all, not a duty.
    const subject = paragraphAgency(clean, units);
    const named = subject?.split(':')[0] ?? '';
    if (subject && !(/^(?:cac )?(?:co quan|don vi)\b/.test(foldText(named)) && !/thuoc|lien quan|\bso\b|nganh/.test(foldText(named))))
      found.add(i);
    // Only the section's opening run of paragraphs, a "Giao X …" among them (a task of its own): "Căn cứ …" or the
    // closing "Trong quá trình …" is the section's own text.
    else if (!/^Giao\s/u.test(clean)) break;
  }
  return found.size >= 2 ? found : new Set();
};

export const readOutline = (
  doc: DocumentLines,
  units: UnitMatcher,
  bodyStart: number,
  tableLines: ReadonlySet<number>,
  /** The title's last line: a heading in capitals above it is the title's, not a part's. */
  titleEnd = bodyStart,
): Outline => {
  const blocks: Block[] = [];
  const free: number[] = [];
  const targetLines: number[] = [];
  let partReport = false;
  let letterReport = false;
  let section: ReadingKind = 'OTHER';
  let roman = '';
  /** The line of the current Roman heading (-1 outside one). */
  let romanAt = -1;
  /** Whether the document's parts are lettered ("A. MỤC ĐÍCH", "B. NHIỆM VỤ, GIẢI PHÁP"): its letters head sections. */
  let letterParts = false;
  let letter: string | null = null;
  let style: 'num' | 'ord' | 'letter' | null = null;
  /** Whether the section's items carry its number before theirs ("2.1." under "II."). */
  let sectionNumbered = false;
  /** The line of the group heading the items sit under (-1: none). */
  let groupAt = -1;
  /** The unnumbered group headings of the current section, read once per section. */
  let bareAt = -2;
  let bare = new Set<number>();
  /** Whether the current block is an unnumbered group heading whose list has begun. */
  let bareList = false;
  let targetSection = false;
  let current: Block | null = null;
  /** Whether the current block is a bulleted or lettered agency duty (its siblings may follow). */
  let subDuty = false;
  let bullet = 0;
  let lastNumber = 0;
  /** Whether the current block is a duty written as an unnumbered paragraph. */
  let paragraphDuty = false;
  let paragraphsAt = -2;
  let paragraphs = new Set<number>();
  const close = () => {
    current = null;
    bareList = false;
    subDuty = false;
    paragraphDuty = false;
  };
  /** A new part, section, group or article: its items start afresh. */
  const openGroup = () => {
    style = null;
    sectionNumbered = false;
    close();
  };
  for (let i = bodyStart; i < doc.clean.length; i++) {
    const clean = doc.clean[i]!;
    const folded = doc.folded[i]!;
    if (tableLines.has(i)) {
      close();
      continue;
    }
    if (/^phan (?:thu \S+|[ivx]{1,5}\b|\d{1,2}\b)/.test(folded)) {
      // Its title runs on the lines under it up to a blank line or the first item: an item's words are not its title.
      const title = doc.folded
        .slice(i, i + 5)
        .filter((l, k, ls) => k === 0 || ls.slice(1, k + 1).every((t) => t !== '' && !/^(\d{1,2}[.)]|[a-zđ]\)|[-+•])\s/u.test(t)))
        .join(' ');
      partReport = REPORTING_TITLE.test(title);
      letterReport = false;
      // "Phần II. NHIỆM VỤ VÀ GIẢI PHÁP" (its title maybe on the next line, in capitals) holds its items as a section does.
      const own = folded.replace(/^phan (?:thu \S+|[ivx]{1,5}|\d{1,2})\s*[.:-]?\s*/, '');
      const heading = own !== '' ? own : continuesHeading(doc.clean[i + 1]) ? doc.folded[i + 1]! : '';
      section = partReport ? 'OTHER' : sectionKind(heading);
      roman = '';
      romanAt = i;
      letter = null;
      groupAt = -1;
      openGroup();
      continue;
    }
    const part = i > titleEnd && !clean.includes('\t') ? partHeading(clean, folded, letterParts || romanAt < 0) : null;
    const r = clean.match(/^([IVX]{1,5})\.\s+(\S.*)$/u) ?? part;
    if (r && r !== part && groupsPartItems(r[2]!, roman, section, letterParts)) {
      letter = r[1]!;
      groupAt = i;
      openGroup();
      // "II. Phát triển các cơ sở dữ liệu" over bullets or a paragraph, no numbered item under it: the group is an item.
      if (holdsTasks(section) && numbersNothing(doc, i)) {
        current = { kind: 'ITEM', section, ref: `${roman}.${letter}`, number: romanValue(letter), title: r[2]!, start: i, end: i };
        blocks.push(current);
        style = 'num';
        letter = null;
      }
      continue;
    }
    if (r) {
      if (r === part && /^[A-ZĐ]$/u.test(r[1]!)) letterParts = true;
      roman = r[1]!;
      romanAt = i;
      bullet = 0;
      lastNumber = 0;
      // "IV. TỔ CHỨC" / "THỰC HIỆN": a heading the page split; its capitals line is part of it.
      const heading = !/\p{Ll}/u.test(clean) && continuesHeading(doc.clean[i + 1]) ? `${folded} ${doc.folded[++i]!}` : folded;
      section = partReport || letterReport ? 'OTHER' : sectionKind(heading);
      targetSection = /muc tieu|kinh phi/.test(heading);
      letter = null;
      groupAt = -1;
      openGroup();
      continue;
    }
    const l = clean.match(/^([A-ZĐ])\.\s+(\S.*)$/u);
    if (l) {
      letterReport = REPORTING_TITLE.test(folded);
      if (letterReport) section = 'OTHER';
      letter = l[1]!;
      groupAt = i;
      openGroup();
      continue;
    }
    if (/^(noi nhan|tren day la|ban dien tu)/.test(folded)) {
      section = 'OTHER';
      targetSection = false;
      close();
    }
    const article = folded.match(/^dieu (\d+)\.\s*(.*)$/);
    if (article) {
      // "Điều 2. Tổ chức thực hiện" opens the agencies' duties, as the section of a plan does.
      section = /^to chuc thuc hien/.test(article[2]!) ? 'DUTY' : 'OTHER';
      roman = `Điều ${article[1]}`;
      groupAt = -1;
      openGroup();
      if (section === 'DUTY') continue;
    }
    // A directive without sections ("Chủ tịch UBND tỉnh yêu cầu:") lists its requirements as numbered items.
    if (roman === '' && section === 'OTHER' && /(yeu cau|chi thi)\s*:$/.test(folded)) {
      section = 'REQUEST';
      continue;
    }
    // "Điều 1. Phê duyệt Đề án … 2. Nhiệm vụ và giải pháp: a) …, b) …": an article's own task list, lettered.
    const articleList = roman.startsWith('Điều') ? folded.match(/^(\d{1,2})\.\s+(?:cac )?(?:nhiem vu|giai phap)/) : null;
    if (articleList && (section === 'OTHER' || style === 'letter')) {
      section = 'TASK';
      roman = `${roman.split('.')[0]}.${articleList[1]}`;
      style = 'letter';
      close();
      continue;
    }
    if (style === 'letter' && roman.startsWith('Điều') && /^\d{1,2}\.\s/.test(folded)) {
      section = 'OTHER'; // the next numbered part of the article ("3. Kinh phí thực hiện")
      openGroup();
    }
    if (/^\d{1,2}\.\s+muc tieu|^\d{1,2}\.\s+kinh phi/.test(folded)) targetSection = true;
    if (targetSection && clean !== '') targetLines.push(i);
    const lettered: boolean = (style as string | null) === 'letter' || (style === null && opensWithLetter(doc, i, romanAt, section));
    // "2.1." as the first numbered line under "II.": the section numbers its items with its own number before theirs.
    const prefixed: { n: number; title: string; style: 'num' } | null =
      section === 'OTHER' || lettered ? null : sectionNumberedHeading(clean, roman);
    if (prefixed && style === null) sectionNumbered = true;
    if (holdsTasks(section) && style === null && bareAt !== romanAt)
      [bareAt, bare] = [romanAt, romanAt >= 0 ? bareHeadings(doc, romanAt) : new Set<number>()];
    // An unnumbered group heading is the section's next item; a paragraph after its list is the section's own text.
    const bareItem: { n: number; title: string; style: 'num' } | null =
      (bare.has(i) && bareAt === romanAt) || agencyOverList(doc, i, section, style, units)
        ? { n: style === null ? 1 : lastNumber + 1, title: clean, style: 'num' as const }
        : null;
    // A paragraph stating the roles of the list above it ("Cơ quan chủ trì: X. Thời gian: …") is the item's.
    if (bareList && clean !== '' && !bareItem && !SUB_ITEM.test(clean) && doc.clean[i - 1] === '' && !statesListRoles(clean)) close();
    if (current !== null && bare.has(current.start) && SUB_ITEM.test(clean)) bareList = true;
    const item: { n: number; title: string; style: 'num' | 'ord' | 'letter' } | null =
      section === 'OTHER'
        ? null
        : (bareItem ?? (lettered ? letterHeading(clean) : sectionNumbered ? prefixed : itemHeading(clean, folded)));
    if (item && (style === null || style === item.style)) {
      style = item.style;
      lastNumber = item.n;
      subDuty = false;
      bareList = false; // the list that ended the previous heading's item is not this one's
      // A section numbered with letters from its first line is referred to by them ("III.a").
      const label = item.style === 'letter' && !roman.startsWith('Điều') ? clean[0]! : item.n;
      const ref = `${roman ? `${roman}.` : ''}${section !== 'DUTY' && letter ? `${letter}.` : ''}${label}`;
      if (section === 'REQUEST' && isAgencyHeading(item.title, units)) {
        current = { kind: 'DUTY', section: 'DUTY', ref, number: item.n, title: item.title.replace(/[.]\s*$/u, ''), start: i, end: i };
        blocks.push(current);
        continue;
      }
      if (section === 'DUTY') {
        if (isAgencyHeading(item.title, units)) {
          current = { kind: 'DUTY', section, ref, number: item.n, title: item.title.replace(/[.]\s*$/u, ''), start: i, end: i };
          blocks.push(current);
        } else {
          // "1. Giao Sở KH&CN chủ trì, phối hợp …": an article's or section's hand-out names the agency whose duty it is.
          const duty = agencySubject(item.title.replace(/^Giao\s+(?=\p{Lu})/u, ''), units);
          if (duty) {
            current = { kind: 'DUTY', section, ref, number: item.n, title: duty, start: i, end: i };
            blocks.push(current);
            continue;
          }
          close(); // "8. Công tác báo cáo": free text of the section
          free.push(i);
        }
        continue;
      }
      current = {
        kind: 'ITEM',
        section: section === 'REQUEST' ? 'TASK' : section,
        ref,
        number: item.n,
        title: item.title,
        start: i,
        end: i,
        ...(groupAt >= 0 ? { groupAt } : {}),
      };
      blocks.push(current);
      continue;
    }
    // "- Sở Nội vụ: …", "a) Sở Y tế: …": an agency's duty as a bullet or lettered sub-item of the section.
    const sub: RegExpMatchArray | null =
      section === 'DUTY' && (current === null || subDuty) ? clean.match(/^(?:[-+•–]|([a-zđ])\))\s+(\S.*)$/u) : null;
    // "a) Sở Y tế" alone on its line, its bullets below: a lettered agency heading needs no colon.
    if (sub && (sub[2]!.includes(':') || sub[1] !== undefined) && isAgencyHeading(sub[2]!, units)) {
      const ref = `${roman}.${style && lastNumber ? `${lastNumber}.` : ''}${sub[1] ?? ++bullet}`;
      const duty: Block = { kind: 'DUTY', section: 'DUTY', ref, number: 0, title: sub[2]!.replace(/[.]\s*$/u, ''), start: i, end: i };
      current = duty;
      blocks.push(duty);
      subDuty = true;
      continue;
    }
    // "III. TỔ CHỨC THỰC HIỆN" then only "Các phòng, đơn vị trực thuộc Sở căn cứ …, báo cáo … trước ngày
    // 05/12/2023", unnumbered, before the signature: a section that is one paragraph with an agency as its
    // subject and a time it must deliver by is that agency's duty ("nghiêm túc thực hiện Kế hoạch" alone is not).
    const dated = () => statedDeadline([{ index: i, text: clean }]).deadline !== null;
    if (section === 'DUTY' && current === null && style === null && clean !== '' && onlyParagraph(doc, i, romanAt) && dated()) {
      const duty = agencySubject(clean, units);
      if (duty) {
        current = { kind: 'DUTY', section: 'DUTY', ref: roman, number: 0, title: duty, start: i, end: i };
        blocks.push(current);
        continue;
      }
    }
    if (section === 'DUTY' && style === null && (current === null || paragraphDuty) && clean !== '') {
      if (paragraphsAt !== romanAt) [paragraphsAt, paragraphs] = [romanAt, agencyParagraphs(doc, romanAt, units)];
      if (paragraphs.has(i)) {
        current = {
          kind: 'DUTY',
          section: 'DUTY',
          ref: `${roman}.${++bullet}`,
          number: 0,
          title: paragraphAgency(clean, units)!,
          start: i,
          end: i,
        };
        blocks.push(current);
        paragraphDuty = true;
        continue;
      }
    }
    // A blank line ends an unnumbered duty paragraph: what follows is the section's closing text.
    if (paragraphDuty && clean === '') close();
    if (current !== null) {
      if (clean !== '') (current as Block).end = i;
    } else if (clean !== '') free.push(i);
  }
  return { blocks, free, targetLines };
};
