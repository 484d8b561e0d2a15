import type { DraftDate, DraftFlag, SourceSpan } from '@monitor/domain';
import { foldText } from '@monitor/domain';
import { cleanLine, quote, span, type DocumentLines } from './lines.js';

/** Kinds of administrative documents, as their heading writes them (folded) and as the draft names them. */
const KINDS: readonly (readonly [string, string])[] = [
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['thong bao', 'Thông báo'],
  ['thong bao ket luan', 'Thông báo kết luận'],
  ['chi thi', 'Chỉ thị'],
  ['nghi quyet', 'Nghị quyết'],
  ['chuong trinh', 'Chương trình'],
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['ket luan', 'Kết luận'],
  ['cong van', 'Công văn'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
];

/** A basis sentence ("Căn cứ …", "Thực hiện Kế hoạch số 59/KH-UBND …, Sở … như sau:"), not a title that starts "Thực hiện". */
export const isBasisLine = (line: string): boolean =>
  /^(Căn cứ|Số)(?![\p{L}\p{N}])/u.test(line) ||
  (/^Thực hiện(?![\p{L}\p{N}])/u.test(line) && (/số\s*:?\s*\d/u.test(line) || /:$/u.test(line)));

/** How far into a document its header may reach (lines). */
const HEADER_LINES = 60;

export interface Header {
  readonly kind: string | null;
  readonly kindLine: number | null;
  readonly number: string | null;
  readonly numberSource: SourceSpan | null;
  readonly place: string | null;
  readonly issuedOn: DraftDate | null;
  readonly title: string | null;
  readonly titleLines: readonly [number, number] | null;
  readonly horizon: string | null;
  readonly flags: readonly DraftFlag[];
}

const pad = (n: string) => n.padStart(2, '0');

export const readHeader = (doc: DocumentLines): Header => {
  const flags: DraftFlag[] = [];
  const limit = Math.min(doc.clean.length, HEADER_LINES);
  let number: string | null = null;
  let numberSource: SourceSpan | null = null;
  let place: string | null = null;
  let issuedOn: DraftDate | null = null;
  let kind: string | null = null;
  let kindLine: number | null = null;
  for (let i = 0; i < limit; i++) {
    const line = doc.clean[i]!;
    const n = line.match(/^Số\s*:\s*(\d*)\s*\/\s*(\S+)/u);
    if (n && number === null) {
      number = `${n[1]}/${n[2]}`;
      numberSource = quote(i, line);
      if (!n[1])
        flags.push({
          code: 'NUMBER_BLANK',
          message: `the number is left blank ("${line}"); its series ${number} is kept`,
          source: numberSource,
        });
    }
    // "Số: 163/KH-UBND    Bắc Giang, ngày 06 tháng 5 năm 2022": the number and the place share a line.
    const d = line
      .replace(/^Số\s*:\s*\d*\s*\/\s*\S+\s+/u, '')
      .match(/^([^,\d]{2,40}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u);
    if (d && issuedOn === null) {
      place = d[1]!.trim();
      if (d[2]) issuedOn = { value: `${d[4]}-${pad(d[3]!)}-${pad(d[2])}`, precision: 'DAY' };
      else {
        issuedOn = { value: `${d[4]}-${pad(d[3]!)}`, precision: 'MONTH' };
        flags.push({ code: 'DATE_MONTH_ONLY', message: `the document is dated by month only ("${line}")`, source: quote(i, line) });
      }
    }
    const k = KINDS.find(([folded]) => doc.folded[i] === folded);
    if (k && kind === null) {
      kind = k[1];
      kindLine = i;
    }
  }
  // The title: the lines after the kind's heading, up to the first blank line.
  let title: string | null = null;
  let titleLines: [number, number] | null = null;
  if (kindLine !== null) {
    let i = kindLine + 1;
    while (i < doc.clean.length && doc.clean[i] === '') i++;
    const start = i;
    const parts: string[] = [];
    // A title may itself start "Thực hiện Nghị quyết số …": a heading, not the basis sentence, when its
    // lines up to the blank stop short of a sentence's ending (": …", "như sau", "ban hành Kế hoạch").
    const blank = doc.clean.indexOf('', i);
    const paragraph = doc.clean.slice(i, blank < 0 ? i + 5 : Math.min(blank, i + 5)).join(' ');
    const headingFirst =
      paragraph !== '' && !/:\s*$|như sau|,\s*[^,]{0,80}(?:ban hành|xây dựng) (?:Kế hoạch|Chương trình)/iu.test(paragraph);
    while (i < doc.clean.length && doc.clean[i] !== '' && parts.length < 4 && (headingFirst || !isBasisLine(doc.clean[i]!))) {
      parts.push(doc.clean[i]!);
      i++;
    }
    if (parts.length > 0) {
      title = parts.join(' ');
      titleLines = [start, i - 1];
    }
  }
  const h = title
    ? foldText(title).match(
        /(?:den nam|giai doan|thoi ky)\s*\d{4}(?:\s*[-–]\s*\d{4})?(?:,?\s*(?:tam nhin|dinh huong)\s*(?:den nam\s*)?\d{4})?/,
      )
    : null;
  const horizon = h && title ? title.slice(h.index!, h.index! + h[0].length) : null;
  return { kind, kindLine, number, numberSource, place, issuedOn, title, titleLines, horizon, flags };
};

/** Role words as the signature block writes them, in capitals. */
const ROLES: readonly (readonly [string, string])[] = [
  ['pho chu tich', 'Phó Chủ tịch'],
  ['chu tich', 'Chủ tịch'],
  ['pho giam doc', 'Phó Giám đốc'],
  ['giam doc', 'Giám đốc'],
  ['pho thu tuong', 'Phó Thủ tướng'],
  ['thu tuong', 'Thủ tướng'],
  ['bo truong', 'Bộ trưởng'],
  ['thu truong', 'Thứ trưởng'],
  ['chanh van phong', 'Chánh Văn phòng'],
  ['truong ban', 'Trưởng ban'],
  ['cuc truong', 'Cục trưởng'],
  ['chi cuc truong', 'Chi cục trưởng'],
  ['truong phong', 'Trưởng phòng'],
];

const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao trinh mai cao luong ha lam to truong ta chu kieu luu vuong quach trieu doan thai nong lo hua au khong la phung dam lai giang tang than bach ton van'.split(
    ' ',
  ),
);

const isPersonName = (line: string): boolean => {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  // A word may be one capital letter ("Lê Ô Pích").
  if (!words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) || words.every((w) => w.length === 1)) return false;
  return SURNAMES.has(foldText(words[0]!));
};

/**
 * The signer: the last line that is a person's name (a Vietnamese surname and 2–5 capitalised words),
 * and the role written in capitals just above it ("PHÓ CHỦ TỊCH"); no role when none is written.
 */
export const readSigner = (
  doc: DocumentLines,
): { name: string | null; title: string | null; source?: SourceSpan; flags: DraftFlag[] } | null => {
  // A signature set beside the "Nơi nhận" list ("- Lưu: VT.      Hoàng Văn Thạch") is the line's right column.
  const signatureCell = (i: number) => {
    const cells = doc.raw[i]!.trim().split(/ {3,}/u);
    return cells.length > 1 && !doc.raw[i]!.includes('\t') ? cleanLine(cells[cells.length - 1]!) : doc.clean[i]!;
  };
  const signed = (cell: string) => /^\(?(?:đã ký|ký)(?!\p{L})[^)]*\)?$/iu.test(cell);
  for (let i = doc.clean.length - 1; i >= 0; i--) {
    const line = signatureCell(i);
    if (line.includes('\t') || !isPersonName(line)) continue;
    let j = i - 1;
    // The name may come twice (signature and typed), and "(Đã ký)" may stand between it and the role.
    while (
      j >= 0 &&
      (signatureCell(j) === '' || signatureCell(j) === line || signed(signatureCell(j)) || /^[-+•–]/u.test(signatureCell(j)))
    )
      j--;
    const above = j >= 0 && i - j <= 6 ? foldText(signatureCell(j)).replace(/^(kt|tm|tl|q)\.\s*/, '') : '';
    const role = ROLES.find(([folded]) => above === folded);
    if (role) return { name: line, title: role[1], source: span(doc, j, i), flags: [] };
    const source = quote(i, line);
    return {
      name: line,
      title: null,
      source,
      flags: [{ code: 'SIGNER_ROLE_NOT_WRITTEN', message: `the signature names ${line} without a role; none is assumed`, source }],
    };
  }
  return null;
};
