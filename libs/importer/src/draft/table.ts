import type { DraftTask, DraftUnit } from '@monitor/domain';
import { deadlineFrom } from './deadlines.js';
import { cleanLine, firstSentence, quote } from './lines.js';
import { partnersIn } from './roles.js';
import { makeTask, type TaskContext } from './tasks.js';
import { foldKeep } from './units.js';

/**
 * Task tables: a header row (tab-separated, as appendix tables and DOCX tables arrive, or a Markdown
 * pipe table) with a content column (nội dung, nhiệm vụ) and a unit column (đơn vị, chủ trì, cơ quan),
 * then one task per row. Optional columns: coordinating units (phối hợp), time (thời gian, thời hạn,
 * tiến độ), expected result (sản phẩm, kết quả). Under a "Danh mục nhiệm vụ" heading the rows are a
 * national decision's own task list (DIRECTIVE_TASK).
 */
interface Columns {
  tt: number;
  content: number;
  lead: number;
  coordinating: number;
  time: number;
  result: number;
}

/** A cell's text; paragraph ends of HTML cells become bullets so the first paragraph reads as the title. */
const cell = (text: string) => cleanLine(text.replace(/<\/p>\s*/gu, ' - '));

const cellsOf = (raw: string): string[] | null => {
  if (raw.includes('\t')) return raw.split('\t').map(cell);
  const t = raw.trim();
  if (t.startsWith('|') && t.endsWith('|')) return t.slice(1, -1).split('|').map(cell);
  return null;
};

/** A header row: short cells naming columns, one of them the content and one the units. */
const columnsOf = (folded: readonly string[]): Columns | null => {
  if (folded.some((c) => c.length > 60) || /^\d+\.?$/.test(folded[0] ?? '')) return null;
  const find = (re: RegExp, not?: RegExp) => folded.findIndex((c) => re.test(c) && !(not && not.test(c)));
  const content = find(/noi dung|nhiem vu|ten (de an|nhiem vu|cong viec)|cong viec/);
  const coordinating = find(/phoi hop/, /chu tri/);
  // A unit column naming only partners is not the lead's; one naming both ("Cơ quan chủ trì, phối hợp") is.
  const lead = folded.findIndex((c) => /don vi|chu tri|co quan|trach nhiem/.test(c) && (!/phoi hop/.test(c) || /chu tri/.test(c)));
  if (content < 0 || lead < 0 || lead === content) return null;
  return {
    tt: find(/^(tt|stt|so tt)$/),
    content,
    lead,
    coordinating: coordinating === lead ? -1 : coordinating,
    time: find(/thoi gian|thoi han|tien do|hoan thanh/),
    result: find(/san pham|ket qua/),
  };
};

/**
 * A unit cell's segments: its bullets and its semicolon-separated parts. A dash inside a name ("Bộ Lao
 * động - Thương binh và Xã hội") is not a bullet: a segment opens only where a unit's name can open.
 */
const segmentsOf = (cell: string, opensUnit: (segment: string) => boolean): string[] => {
  const out: string[] = [];
  for (const part of cell.split(/;\s*/u)) {
    for (const [k, piece] of part.split(/(?:^|\s)[-–•+]\s+/u).entries()) {
      const p = piece.trim();
      if (p === '') continue;
      if (k > 0 && out.length > 0 && !opensUnit(p)) out[out.length - 1] += ` - ${p}`;
      else out.push(p);
    }
  }
  return out;
};

/**
 * A unit cell's segment that names no unit the reader knows is still a unit, as written: the column holds
 * units ("Các bộ, cơ quan ngang bộ", "Các doanh nghiệp viễn thông"). A role word after it is not its name.
 */
const cellUnit = (segment: string): DraftUnit[] => {
  const name = segment
    .replace(/\s+(?:chủ trì|phối hợp|thực hiện)\.?$/iu, '')
    .replace(/[.;,]+$/u, '')
    .trim();
  return /^\p{Lu}/u.test(name) && name.length <= 80 && !/\d/u.test(name) ? [{ name, unitId: null }] : [];
};

/** Units of a cell: "- Văn phòng Sở chủ trì - Các phòng, đơn vị trực thuộc Sở phối hợp" by role. */
const unitsOfCell = (cell: string, ctx: TaskContext, defaultRole: 'lead' | 'coordinating') => {
  const leads: DraftUnit[] = [];
  const coordinating: DraftUnit[] = [];
  const opensUnit = (segment: string) => /^(chủ trì|phối hợp)/iu.test(segment) || ctx.units.listAt(segment, 0).units.length > 0;
  for (const segment of segmentsOf(cell, opensUnit)) {
    const role = /phối hợp\.?$/iu.test(segment) ? 'coordinating' : /(chủ trì|thực hiện)\.?$/iu.test(segment) ? 'lead' : defaultRole;
    const bare = segment.replace(/^(Chủ trì|Phối hợp)\s*:\s*/iu, '');
    const found = ctx.units.listAt(bare, 0).units;
    (role === 'lead' ? leads : coordinating).push(...(found.length > 0 ? found : cellUnit(bare)));
  }
  return { leads, coordinating };
};

/** The title of a row: "Nhiệm vụ 3. Đẩy mạnh …" → "Đẩy mạnh …", else the first sentence of the first bullet. */
const rowTitle = (content: string): string => {
  const named = content.match(/^Nhiệm vụ\s+\d+\.\s*(.+?)(?=\s+-\s|$)/u);
  return firstSentence(named ? named[1]! : content, 300);
};

export interface TableRead {
  readonly tasks: DraftTask[];
  readonly lines: Set<number>;
  /** The numbers of the TT column, to tell whether a table restates the numbered items of the prose. */
  readonly numbers: Set<number>;
}

export const readTables = (ctx: TaskContext): TableRead => {
  const { doc } = ctx;
  const tasks: DraftTask[] = [];
  const lines = new Set<number>();
  const numbers = new Set<number>();
  let rowCount = 0;
  for (let i = 0; i < doc.raw.length; i++) {
    const header = cellsOf(doc.raw[i]!);
    if (!header) continue;
    const folded = header.map((c) => foldKeep(c).toLowerCase());
    const columns = columnsOf(folded);
    if (!columns) continue;
    const listHeading = doc.folded.slice(Math.max(0, i - 6), i).some((l) => /danh muc (cac )?nhiem vu/.test(l));
    lines.add(i);
    /** The leads of the task row just above: a lead cell merged down renders empty in the rows it spans. */
    let above: DraftUnit[] | null = null;
    let j = i + 1;
    for (; j < doc.raw.length; j++) {
      const clean = doc.clean[j]!;
      if (clean === '' || /^\|?[\s|:-]+\|?$/u.test(clean)) {
        lines.add(j);
        continue;
      }
      const cells = cellsOf(doc.raw[j]!);
      // The table ends where the lines stop being its rows: no cells, the other notation, or a new header.
      if (!cells || doc.raw[j]!.includes('\t') !== doc.raw[i]!.includes('\t') || columnsOf(cells.map((c) => foldKeep(c).toLowerCase())))
        break;
      lines.add(j);
      const content = (cells[columns.content] ?? '').trim();
      if (content === '') continue;
      const tt = columns.tt >= 0 ? (cells[columns.tt] ?? '').match(/^(\d{1,3})\.?$/u) : null;
      if (tt) numbers.add(+tt[1]!);
      const leadCell = (cells[columns.lead] ?? '').trim();
      // "I | Hoàn thiện cơ chế, chính sách | | |": a group of the rows below, not a task.
      if (leadCell === '' && columns.tt >= 0 && /^[IVX]{1,5}\.?$/u.test((cells[columns.tt] ?? '').trim())) {
        above = null;
        continue;
      }
      const fromLead = unitsOfCell(leadCell, ctx, 'lead');
      const merged: boolean = leadCell === '' && above !== null && above.length > 0;
      const leads: DraftUnit[] = merged ? above! : fromLead.leads;
      above = leads;
      const fromCoordinating = columns.coordinating >= 0 ? unitsOfCell(cells[columns.coordinating] ?? '', ctx, 'coordinating') : null;
      const time = columns.time >= 0 ? (cells[columns.time] ?? '').trim() : '';
      const result = columns.result >= 0 ? (cells[columns.result] ?? '').trim() : '';
      const timeWords = time === '' ? null : deadlineFrom(time, quote(j, time));
      rowCount++;
      tasks.push(
        makeTask(ctx, {
          ref: listHeading ? `list-${rowCount}` : `row-${rowCount}`,
          section: listHeading ? 'DIRECTIVE_TASK' : 'TABLE_ROW',
          title: rowTitle(content),
          lines: [j],
          leads,
          coordinating: [
            ...fromLead.coordinating,
            ...(fromCoordinating?.coordinating ?? []),
            ...(fromCoordinating?.leads ?? []),
            ...partnersIn(content, ctx.units),
          ],
          deadline: timeWords ? timeWords.deadline : null,
          expectedResult: result || null,
          extraFlags: [
            ...(timeWords?.flag ? [timeWords.flag] : []),
            ...(merged
              ? [
                  {
                    code: 'LEAD_FROM_MERGED_CELL',
                    message: 'the lead cell is empty, as a cell merged with the row above renders: its lead is proposed',
                    source: quote(j, content),
                  },
                ]
              : []),
          ],
        }),
      );
    }
    i = j - 1;
  }
  return { tasks, lines, numbers };
};
