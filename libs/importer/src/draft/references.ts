import type { DraftReference } from '@monitor/domain';
import { foldText } from '@monitor/domain';
import type { KnownDirective } from './inputs.js';
import { quote, type DocumentLines } from './lines.js';

/**
 * Document numbers as Vietnamese documents write them: "696/QĐ-TTg", "800/2015/QĐ-UBND",
 * "20-NQ/TW" (the Party's form), and "Quyết định số 696 ngày 25/5/2020" (number without its series).
 */
const NUMBERED =
  /(\d{1,5})\s?\/\s?((?:\d{4}\/)?[A-ZĐ][A-Za-zĐđ]{0,5}(?:-[A-Za-zĐđ&]{1,12}){1,3})|(\d{1,5})-([A-Z][A-Za-z]{1,4})\/([A-Z]{2,3})\b/gu;
const KIND_WORDS =
  '(Quyết định|Nghị quyết|Kế hoạch|Thông báo(?: [kK]ết luận)?|Chỉ thị|Kết luận|Chương trình(?: hành động)?|Công văn|Nghị định|Thông tư|Luật)';
const BARE = new RegExp(`${KIND_WORDS}\\s+số:?\\s*(\\d{1,5})\\s+ngày\\s+(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})`, 'giu');
const DESCRIBED = new RegExp(`${KIND_WORDS}\\s+(?!số)[^,;.]{3,160}`, 'u');

const keyOf = (number: string) => foldText(number).replace(/\s+/g, '');

interface Found {
  readonly number: string;
  readonly index: number;
  readonly directiveId: string | null;
}

const findNumbers = (line: string, directives: readonly KnownDirective[]): Found[] => {
  const found: Found[] = [];
  for (const m of line.matchAll(NUMBERED)) {
    const number = m[1] ? `${m[1]}/${m[2]}` : `${m[3]}-${m[4]}/${m[5]}`;
    if (/^\d+\/\d+$/.test(number)) continue; // a date, not a number
    const known = directives.find((d) => keyOf(d.number) === keyOf(number));
    found.push({ number, index: m.index!, directiveId: known?.directiveId ?? null });
  }
  for (const m of line.matchAll(BARE)) {
    const date = `${m[5]}-${m[4]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const known = directives.find((d) => d.number.startsWith(`${m[2]}/`) && d.issuedOn === date);
    found.push({ number: known?.number ?? m[2]!, index: m.index!, directiveId: known?.directiveId ?? null });
  }
  return found.sort((a, b) => a.index - b.index);
};

/** The words of a reference: from its kind word before the number to the end of its clause. */
const describe = (line: string, index: number): string => {
  // The kind word nearest the number ("… Chương trình quốc gia (Quyết định số 2245/QĐ-TTg)": Quyết định).
  const kinds = [...line.slice(0, index).matchAll(new RegExp(KIND_WORDS, 'gu'))];
  const nearest = kinds[kinds.length - 1];
  const start = nearest && index - nearest.index! < 40 ? nearest.index! : index;
  const rest = upToUnopenedBracket(line.slice(start));
  const end = rest.search(/[;]|,\s(?=[A-ZĐ])|\.\s+(?=\p{Lu})|\s(?:về việc|về|ban hành)\s/u);
  const words = end > 0 ? rest.slice(0, end) : rest.length > 200 ? rest.slice(0, rest.lastIndexOf(' ', 200)) : rest;
  return words.trim().replace(/[.,:]+$/u, '');
};

/** Words up to a bracket they did not open: the reference was named inside brackets ("(… 800/2015/QĐ-UBND)"). */
const upToUnopenedBracket = (words: string): string => {
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '(') depth++;
    else if (words[i] === ')' && depth-- === 0) return words.slice(0, i);
  }
  return words;
};

/** Where the opening ends: the first section heading ("I. ...", "Điều 1."), or the end of the header. */
const openingEnd = (doc: DocumentLines): number => {
  const i = doc.clean.findIndex((l, n) => n > 2 && /^(I\.|Phần thứ|Điều 1\.|PHẦN THỨ)/iu.test(l));
  return i < 0 ? Math.min(doc.clean.length, 40) : i;
};

/**
 * What a document implements and what it only cites. Its basis is stated in the opening: each
 * "Thực hiện …" or "Căn cứ …" sentence implements the first document it names; the documents named after
 * it in the same sentence describe that one and, with every other document named anywhere, are cited.
 * A basis sentence naming a document by kind but with no number ("Thực hiện Kế hoạch phát triển …")
 * is kept as a described reference (number null). The document's own number is neither.
 */
export const readReferences = (
  doc: DocumentLines,
  ownNumber: string | null,
  directives: readonly KnownDirective[],
  titleLines: readonly [number, number] | null,
): { implements: DraftReference[]; cites: DraftReference[] } => {
  const inTitle = (i: number) => titleLines !== null && i >= titleLines[0] && i <= titleLines[1];
  const implementsRefs: DraftReference[] = [];
  const cites: DraftReference[] = [];
  const seen = new Set<string>(ownNumber && /^\d/.test(ownNumber) ? [keyOf(ownNumber)] : []);
  const end = openingEnd(doc);
  for (let i = 0; i < doc.clean.length; i++) {
    const line = doc.clean[i]!;
    const found = findNumbers(line, directives);
    const isBasis = i < end && !inTitle(i) && /^(Thực hiện|Căn cứ)(?![\p{L}\p{N}])/u.test(line);
    if (isBasis && found.length === 0) {
      const described = line.match(DESCRIBED);
      if (described && !/^Căn cứ (Luật|Hiến pháp)/u.test(line)) {
        implementsRefs.push({ number: null, description: described[0].trim(), directiveId: null, source: quote(i, described[0]) });
      }
    }
    found.forEach((f, n) => {
      const key = keyOf(f.number);
      // A title that names the document first ("Triển khai thực hiện Kế hoạch số 125/KH-UBND …") cited it;
      // the opening's basis sentence naming it first then says the plan implements it.
      const cited = isBasis && n === 0 ? cites.findIndex((c) => c.number && keyOf(c.number) === key) : -1;
      if (cited >= 0) cites.splice(cited, 1);
      else if (seen.has(key)) return;
      seen.add(key);
      const description = describe(line, f.index);
      const ref: DraftReference = { number: f.number, description, directiveId: f.directiveId, source: quote(i, description) };
      if (isBasis && n === 0) implementsRefs.push(ref);
      else cites.push(ref);
    });
  }
  return { implements: implementsRefs, cites };
};
