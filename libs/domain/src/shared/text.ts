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

/** The first invisible character of a text, written as its code point ("U+200B"), or null. */
export const invisibleCharacterIn = (text: string): string | null => {
  const found = INVISIBLE.exec(text);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
};

/**
 * Text as it is stored: NFC (Vietnamese arrives precomposed or decomposed), invisible characters
 * removed, every run of whitespace one space, no space at either end.
 */
export const normalizeText = (text: string): string => text.normalize('NFC').replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();

/** Folds diacritics and case so "Hà Nam", "ha nam" and "HA NAM" compare equal. */
export const foldText = (text: string): string =>
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
  foldText(text)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
