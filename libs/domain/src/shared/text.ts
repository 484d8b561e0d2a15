/**
 * Characters that show nothing yet make two texts differ: controls (Cc) other than the whitespace
 * that is read as a space, format characters (Cf: zero-width space and joiners, direction marks and
 * bidi controls, soft hyphen, byte-order mark, tags), variation selectors, the combining grapheme
 * joiner and the letters that render blank (Hangul fillers, the blank braille pattern).
 */
// Characters that combine with the one before are alternatives of their own, outside the class.
const INVISIBLE_CLASS =
  '[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\p{Cf}\\p{Variation_Selector}\\u115F\\u2800\\u3164\\uFFA0]|\\u034F|\\u1160|\\u17B4|\\u17B5';
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
const INVISIBLES = new RegExp(INVISIBLE_CLASS, 'gu');

// Fast paths: most text arrives as it is stored (ids, ASCII numbers, Vietnamese already NFC), and
// the rules' Unicode normalisation and regexes were a few percent of the Kafka ingest writer's work.
// Each one gives exactly what the full rule gives (text-rules.spec.ts checks the premises).
/** Printable ASCII, words one space apart, none at either end: NFC and NFD already, nothing invisible. */
const PLAIN_ASCII = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;
/**
 * Text already as normalizeText leaves it: printable ASCII and the precomposed Latin letters
 * Vietnamese is written with (U+00C0–U+024F, U+1E00–U+1EFF: each NFC alone and beside any other of
 * them, none invisible or a space), words one space apart, none at either end.
 */
const STORED_FORM = /^[\x21-\x7E\u00C0-\u024F\u1E00-\u1EFF]+(?: [\x21-\x7E\u00C0-\u024F\u1E00-\u1EFF]+)*$/;
// A value that is not a string (from a caller outside TypeScript) takes the full rule, and its error.
const isPlainAscii = (text: string): boolean => typeof text === 'string' && PLAIN_ASCII.test(text);
/** An id foldId leaves as it is: a slug's characters, no '-' at either end. */
const FOLDED_ID = /^[a-z0-9._](?:[a-z0-9._-]*[a-z0-9._])?$/;

/** The first invisible character of a text, written as its code point ("U+200B"), or null. */
export const invisibleCharacterIn = (text: string): string | null => {
  if (isPlainAscii(text)) return null;
  const found = INVISIBLE.exec(text);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
};

/**
 * Text as it is stored: NFC (Vietnamese arrives precomposed or decomposed), invisible characters
 * removed, every run of whitespace one space, no space at either end.
 */
export const normalizeText = (text: string): string =>
  typeof text === 'string' && STORED_FORM.test(text) ? text : text.normalize('NFC').replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();

/** Folds diacritics and case so "Hà Nam", "ha nam" and "HA NAM" compare equal. */
export const foldText = (text: string): string => (isPlainAscii(text) ? text.toLowerCase() : foldAnyText(text));

const foldAnyText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLES, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** A stable identifier fragment: "696/QĐ-TTg" → "696-qd-ttg", "Hà Nam" → "ha-nam". */
export const slugify = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * An identifier as typed, read the way look-ups read it: "Ha Nam" → "ha-nam", "HA-NAM.So-KHCN" →
 * "ha-nam.so-khcn". Ids are slugs (see requireId), so a typed id folds to the one it means.
 */
export const foldId = (text: string): string =>
  typeof text === 'string' && FOLDED_ID.test(text)
    ? text
    : foldText(text)
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
