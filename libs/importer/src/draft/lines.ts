import type { SourceSpan } from '@monitor/domain';
import { foldText } from '@monitor/domain';

/**
 * A document's text as the reader sees it. `text` is what every SourceSpan counts lines in: the input
 * in NFC with line ends made "\n", nothing else changed. `clean[i]` is line i+1 without the markup
 * conversions leave (Markdown emphasis and heading marks, HTML tags, escaped underscores), for reading;
 * `folded[i]` is the clean line without diacritics and case, for matching.
 */
export interface DocumentLines {
  readonly text: string;
  readonly raw: readonly string[];
  readonly clean: readonly string[];
  readonly folded: readonly string[];
}

export const cleanLine = (line: string): string =>
  line
    .replace(/<[^>]{0,300}>/g, ' ')
    .replace(/\\_/g, '_')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*{1,3}|__/g, '')
    .replace(/[ \t\u00a0]+/g, (s) => (s.includes('\t') ? '\t' : ' '))
    .trim();

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$/u;

export const toDocumentLines = (input: string): DocumentLines => {
  const text = input.normalize('NFC').replace(/\r\n?/g, '\n');
  const raw = text.split('\n');
  // A printed page's number on a line of its own beside a blank line ("2", "- 3 -") is no part of the text around it.
  const clean = raw.map(cleanLine).map((l, i, all) => (PAGE_NUMBER.test(l) && (all[i - 1] === '' || all[i + 1] === '') ? '' : l));
  return { text, raw, clean, folded: clean.map((l) => foldText(l)) };
};

/** The span of lines [start, end] (0-based indexes) quoting their clean text, at most `max` characters. */
export const span = (doc: DocumentLines, start: number, end = start, max = 400): SourceSpan => {
  const quoted = doc.clean
    .slice(start, end + 1)
    .filter((l) => l !== '')
    .join(' ')
    .replace(/\t+/g, ' | ');
  return { startLine: start + 1, endLine: end + 1, text: quoted.length > max ? `${quoted.slice(0, max - 1)}…` : quoted };
};

/** A span quoting given words found on one line (the words as the line writes them). */
export const quote = (line: number, words: string): SourceSpan => ({ startLine: line + 1, endLine: line + 1, text: words.trim() });

/** The first sentence of a text: up to the first full stop, semicolon or colon that ends a clause. */
export const firstSentence = (text: string, max = 240): string => {
  const t = text.replace(/^[-+•–]\s*/, '').trim();
  const m = t.match(/^(.+?[^.\d A-ZĐ])[.;:](\s|$)/u);
  const s = (m ? m[1]! : t).trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
};

/** Splits a paragraph into sentences, keeping dates ("10/6/2020.") and abbreviations whole. */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ*“"(-])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** What opens a line of its own: an item's number or letter, a bullet, a part's Roman number. */
const NUMBERING = /^(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2})*\.\s|\d{1,2}\)\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)/iu;

/** A field's label ("Chủ trì: …", "Thời gian thực hiện: …", "Sản phẩm: …"). */
const FIELD = /^(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|phối hợp)|^(?:Thời (?:gian|hạn)|Tiến độ|Sản phẩm|Kết quả|Kinh phí)/iu;

/**
 * Whether a line opens something of its own (a numbering, a bullet, a field's label), so it continues no sentence.
 * A label opens a line with a capital or ends on its colon; in lowercase without one its words go on a sentence:
 * a verb carried to the next line ("Sở GD&ĐT, Sở KH&CN" / "chủ trì thực hiện."), or a noun ("… các sản phẩm OCOP," /
 * "sản phẩm chủ lực của tỉnh; …").
 */
export const opensLine = (text: string): boolean =>
  NUMBERING.test(text) || (FIELD.test(text) && (/^\p{Lu}/u.test(text) || /^[^.;,:]{0,40}:/u.test(text)));

/**
 * A body's kind word ending a line ("… (Sở" / "Khoa học và Công nghệ chủ trì …"), or a local council with its
 * singular level ("UBND huyện" / "Yên Thế"), which a place's name must follow: the page broke the body's name after it.
 */
const KIND_AT_END =
  /(?:^|[\s(])(?:Sở|Phòng|Văn phòng|Trung tâm|Chi cục|Cục|Ban|Bộ|Viện|Ủy ban|UBND|(?:UBND|Ủy ban nhân dân) (?:huyện|xã|phường|thị xã))$/u;

/**
 * Lines a printed page wrapped mid-sentence, joined again ("Cơ quan chủ / trì: Sở KH&CN", "trước ngày /
 * 31/12/2022", "Thời gian: / Quý III/2021"): a line that opens nothing of its own continues the one
 * before when that one ends no sentence and the break falls mid-sentence. Each joined line keeps the index of its first and its last line.
 */
export const unwrapLines = (lines: readonly { index: number; text: string }[]): { index: number; last: number; text: string }[] => {
  const out: { index: number; last: number; text: string }[] = [];
  let lastLine = '';
  for (const { index, text } of lines) {
    const prev = out[out.length - 1];
    // Wrapped mid-sentence: the line goes on in lowercase or with a number, or the one before stops on a
    // comma, a field's label ("Thời gian:"), a time word waiting for its number ("…; Quý" / "I/2026)"), a
    // body's kind word waiting for its name ("… (Sở" / "Y tế chủ trì)") or a word that governs what follows
    // ("phối hợp với" / "Sở Y tế", "hoàn thành … trong" / "Quý IV/2020", "…, trình" / "UBND tỉnh"). A heading before its paragraph is not a wrap.
    const midSentence = (p: string) =>
      /^[\p{Ll}\d]/u.test(text) ||
      /,$/u.test(p) ||
      // A dash ending a line joins two words ("Sở Khoa học -" / "Công nghệ; Quý III/2025)"): no sentence ends on it.
      /\s[-–]$/u.test(p) ||
      /(?:chủ trì|phối hợp|Thời (?:gian|hạn)[^:]{0,20}):$/iu.test(p) ||
      (/(?:^|\s)(?:quý|tháng|năm|ngày|trước|giai đoạn)$/iu.test(p) && /^[IVX]{1,4}\s*\//u.test(text)) ||
      (KIND_AT_END.test(p) && /^\p{Lu}/u.test(text)) ||
      /(?:^|\s)(?:với|cùng|của|và|tại|cho|do|trong|trước|vào|từ|theo)$/u.test(p) ||
      // "…, tham mưu, trình" or "…; trình" / "UBND tỉnh …": a submission waits for whom it goes to ("chương trình" is a word of its own).
      /(?:^|[,;]|tham mưu|và)\s+trình$/u.test(p);
    const continues =
      prev !== undefined &&
      text !== '' &&
      !text.includes('\t') &&
      !prev.text.includes('\t') &&
      (!/[.;!?]$/u.test(prev.text) || insideBracket(prev.text, text)) &&
      (hyphenWrap(prev, lastLine, text) || (!opensLine(text) && midSentence(prev.text)) || insideBracket(prev.text, text));
    if (continues) out[out.length - 1] = { index: prev.index, last: index, text: `${prev.text} ${text}` };
    else out.push({ index, last: index, text });
    lastLine = text;
  }
  return out;
};

/**
 * A line that leaves a bracket open ("(Sở NN&MT chủ trì;" / "2026 - 2027).", "(hoàn thành" / "Quý II/2024)."): the
 * page broke the bracket, so the next line, opening nothing of its own and closing it, goes on inside it.
 */
const insideBracket = (p: string, text: string): boolean =>
  (p.match(/\(/gu)?.length ?? 0) > (p.match(/\)/gu)?.length ?? 0) && /\)/u.test(text) && !opensLine(text);

/**
 * A dash opening a line that is the hyphen of a name the page broke at ("… phối hợp với Báo tỉnh, Đài Phát
 * thanh" / "- Truyền hình tỉnh thực hiện hằng năm."), not a bullet: the paragraph above already runs over
 * lines, its last line is a full printed line and ends on no punctuation at all.
 */
const hyphenWrap = (prev: { index: number; last: number }, lastLine: string, text: string): boolean =>
  /^[-–]\s+\p{Lu}/u.test(text) && prev.last > prev.index && lastLine.length >= 60 && /[\p{L}\d]$/u.test(lastLine);

/**
 * The lines of a paragraph that starts at line i (0-based): a line that ends no sentence runs on to the next
 * line, unless that one is blank or opens something of its own ("Giao X theo dõi, …, báo cáo" / "Trưởng Ban
 * Chỉ đạo trước ngày 15/12/2023."). A printed page broke the sentence; its time is on the next line.
 */
export const paragraphAt = (doc: DocumentLines, i: number): number[] => {
  const lines = [i];
  for (let j = i + 1; j < doc.clean.length; j++) {
    const prev = doc.clean[j - 1]!;
    const next = doc.clean[j]!;
    if (/[.;:!?]$/u.test(prev) || next === '' || next.includes('\t') || opensLine(next) || /^(Giao|Điều \d|Nơi nhận)/u.test(next)) break;
    lines.push(j);
  }
  return lines;
};
