/** Vietnamese text arrives precomposed or decomposed; everything stored is NFC. */
export const normalizeText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Folds diacritics and case so "Hà Nam", "ha nam" and "HA NAM" compare equal. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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
