import { invalidInput } from './errors.js';
import { foldText, invisibleCharacterIn, normalizeText, slugify } from './text.js';

/*
 * The text rules, one for each kind of field:
 * - identifiers callers choose (plans, tasks, units, reports, targets, duties) are slugs, taken as given;
 * - document numbers ("696/QĐ-TTg") are what people read and look up: NFC, spaces collapsed, and
 *   refused when they hold an invisible character or a letter outside the Vietnamese alphabet (a
 *   Cyrillic "Т" or a full-width "Ｔ" looks like a "T"): either would make a second document that
 *   looks like the first;
 * - free text (titles, names, wording) is stored normalized (see normalizeText: invisible characters
 *   removed); required text that is blank once normalized is refused.
 */

/** Identifiers callers choose (plans, tasks, units, reports) are slugs: stable, URL- and stream-safe. */
export const requireId = (value: string | null | undefined, field: string): string => {
  if (!value || !/^[a-z0-9][a-z0-9._-]{0,199}$/.test(value)) {
    const invisible = value ? invisibleCharacterIn(value) : null;
    const why = invisible
      ? `holds an invisible character (${invisible})`
      : "is not an identifier (lower-case letters, digits, '.', '_' or '-')";
    throw invalidInput(field, `"${value ?? ''}" ${why}`);
  }
  return value;
};

/** Identifiers of a list: each one valid, none twice. */
export const requireDistinctIds = (values: readonly string[], field: string): string[] => {
  const ids = values.map((id, i) => requireId(id, `${field}[${i}]`));
  requireDistinct(ids, (id) => id, field);
  return ids;
};

/**
 * Refuses a list naming the same thing twice, as `keyOf` tells (ids as given, numbers as folded);
 * the error names the later entry, `${field}[i]` followed by `suffix` (".id").
 */
export const requireDistinct = <T>(values: readonly T[], keyOf: (value: T) => string, field: string, suffix = ''): void => {
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    const key = keyOf(value);
    const first = seen.get(key);
    if (first !== undefined)
      throw invalidInput(`${field}[${i}]${suffix}`, `"${typeof value === 'string' ? value : key}" is already ${field}[${first}]${suffix}`);
    seen.set(key, i);
  });
};

export const requireText = (value: string | null | undefined, field: string): string => {
  const text = value == null ? '' : normalizeText(value);
  if (!text) throw invalidInput(field, 'must not be blank');
  return text;
};

export const optionalText = (value: string | null | undefined): string | null => {
  const text = value == null ? '' : normalizeText(value);
  return text ? text : null;
};

/** A number folded (diacritics off, "đ" as "d"): what is left is plain letters, digits and a few signs. */
const FOLDED_NUMBER_CHARACTER = /[a-z0-9 /\-–.,:&()_]/;

/** A document's number as written ("696/QĐ-TTg", "20-NQ/TW"): see the rules above. */
export const requireDocumentNumber = (value: string | null | undefined, field: string): string => {
  const invisible = value ? invisibleCharacterIn(value) : null;
  if (invisible) throw invalidInput(field, `"${value}" holds an invisible character (${invisible})`);
  const number = requireText(value, field);
  const stranger = [...number].find((c) => ![...foldText(c)].every((f) => FOLDED_NUMBER_CHARACTER.test(f)));
  if (stranger) {
    throw invalidInput(
      field,
      `"${number}" holds "${stranger}" (U+${stranger.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}): a number is letters of the Vietnamese alphabet, digits and / - – . , : & ( ) _`,
    );
  }
  if (!slugify(number)) throw invalidInput(field, `"${number}" has no letter or digit`);
  return number;
};

/** A number a document may leave blank ("Số: /KH-KHCN"): null then; one given follows the rules above. */
export const optionalDocumentNumber = (value: string | null | undefined, field: string): string | null =>
  value == null || value.trim() === '' ? null : requireDocumentNumber(value, field);

/** Document numbers of a list: each one valid, none twice (as look-ups fold them: "696/QD-TTg" is 696/QĐ-TTg). */
export const requireDistinctDocumentNumbers = (values: readonly string[], field: string): string[] => {
  const numbers = values.map((n, i) => requireDocumentNumber(n, `${field}[${i}]`));
  requireDistinct(numbers, slugify, field);
  return numbers;
};
