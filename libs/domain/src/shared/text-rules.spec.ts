import { optionalDocumentNumber, requireDistinctIds, requireDocumentNumber, requireId, requireText } from './ids.js';
import { foldId, foldText, invisibleCharacterIn, normalizeText, slugify } from './text.js';
import { expectDomainError } from '../testing/decider-spec.js';

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const DIRECTION = ['\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u061c'];

describe('free text: NFC, invisible characters removed, spaces collapsed', () => {
  it('removes zero-width, direction and other format characters, and controls', () => {
    expect(normalizeText('\u202bKế hoạch\u200b  số\u00ad 1\u0007 \u2069')).toBe('Kế hoạch số 1');
    expect(normalizeText('Ha\u0300 Nam')).toBe('Hà Nam');
  });

  it.each([...ZERO_WIDTH, ...DIRECTION, '\u3164', '\u2800'])('a required text of only U+%s is blank', (c) =>
    expectDomainError(() => requireText(`${c}${c} ${c}`, 'title'), 'INVALID_INPUT', /must not be blank/, 'title'),
  );

  it('names the first invisible character', () => {
    expect(invisibleCharacterIn('696/QĐ-TT\u200bg')).toBe('U+200B');
    expect(invisibleCharacterIn('696/QĐ-TTg')).toBeNull();
  });

  it('folds and slugs as if invisible characters were not there', () => {
    expect(foldText('Hà\u200b Nam')).toBe('ha nam');
    expect(slugify('696/QĐ-TT\u200bg')).toBe('696-qd-ttg');
  });
});

// The full rules, as text.ts wrote them before its fast paths: each fast path must give the same.
// Built from a string, as text.ts builds it: lint reads controls in a regex literal as a mistake.
const INVISIBLE_CLASS =
  '[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\p{Cf}\\p{Variation_Selector}\\u115F\\u2800\\u3164\\uFFA0]|\\u034F|\\u1160|\\u17B4|\\u17B5';
const INVISIBLES = new RegExp(INVISIBLE_CLASS, 'gu');
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
const fullInvisibleIn = (t: string) => INVISIBLE.exec(t)?.[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') ?? null;
const fullNormalize = (t: string) => t.normalize('NFC').replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();
const fullFold = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLES, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const fullFoldId = (t: string) =>
  fullFold(t)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');

describe('the text rules, fast paths included, give what the full rules give', () => {
  // The characters normalizeText takes as stored without normalising: printable ASCII and U+00C0–U+024F, U+1E00–U+1EFF.
  const stored = [
    ...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => 0x21 + i),
    ...Array.from({ length: 0x24f - 0xc0 + 1 }, (_, i) => 0xc0 + i),
    ...Array.from({ length: 0x1eff - 0x1e00 + 1 }, (_, i) => 0x1e00 + i),
  ].map((c) => String.fromCharCode(c));

  it('each of those characters, alone and beside any other of them, is NFC, not invisible and not a space', () => {
    for (const a of stored) {
      expect(a.normalize('NFC') === a && !INVISIBLE.test(a) && !/\s/.test(a)).toBe(true);
      expect(/\p{M}/u.test(a.normalize('NFD')[0]!)).toBe(false); // it decomposes to a starter first
      for (const b of stored) if ((a + b).normalize('NFC') !== a + b) throw new Error(`${a}${b} is not NFC`);
    }
  });

  it('a value that is not a string fails as the full rules fail on it (the ingest refuses its message: UNEXPECTED_ERROR)', () => {
    for (const rule of [normalizeText, foldText, foldId]) expect(() => rule(42 as unknown as string)).toThrow(TypeError);
  });

  it.each([
    'Kế hoạch số 1',
    'Ke hoach so 1',
    'HN-KH-1',
    'ha-nam.so-khcn',
    '-ha-nam-',
    'Ha  Nam',
    ' Hà Nam',
    'Hà Nam ',
    'Ha\tNam',
    'Ha\u00a0Nam',
    'Ha\u200bNam',
    'Ha\u0300 Nam',
    'Đồng Nai',
    '696/QĐ-TTg',
    'ĐẠI HỌC × ÷',
    'ÅNGSTRÖM \u212b',
    'ǅ ǈ ǋ',
    'x\u007f',
    'a\u0000b',
    '',
    ' ',
    'A_B.c',
  ])('%j', (text) => {
    expect(normalizeText(text)).toBe(fullNormalize(text));
    expect(foldText(text)).toBe(fullFold(text));
    expect(foldId(text)).toBe(fullFoldId(text));
    const invisible = fullInvisibleIn(text);
    expect(invisibleCharacterIn(text)).toBe(invisible === null ? null : `U+${invisible}`);
  });
});

describe('document numbers: refused with an invisible character or a letter outside the Vietnamese alphabet', () => {
  it('accepts numbers as the documents write them, normalized', () => {
    expect(requireDocumentNumber(' 696/QĐ-TTg '.normalize('NFD'), 'id')).toBe('696/QĐ-TTg');
    expect(requireDocumentNumber('Nghị quyết 202/2025/QH15', 'id')).toBe('Nghị quyết 202/2025/QH15');
    expect(requireDocumentNumber('20-NQ/TW', 'id')).toBe('20-NQ/TW');
    expect(requireDocumentNumber('Thông báo 185/TB-UBND (lần 2)', 'id')).toBe('Thông báo 185/TB-UBND (lần 2)');
  });

  it.each([...ZERO_WIDTH, ...DIRECTION])('refuses U+%s inside a number', (c) =>
    expectDomainError(() => requireDocumentNumber(`696/QĐ-TT${c}g`, 'id'), 'INVALID_INPUT', /invisible character \(U\+/, 'id'),
  );

  it('refuses lookalike letters of other scripts and numbers with no letter or digit', () => {
    expectDomainError(() => requireDocumentNumber('696/QĐ-\u0422Tg', 'id'), 'INVALID_INPUT', /U\+0422/, 'id');
    expectDomainError(() => requireDocumentNumber('696/QĐ-TT\u0261', 'id'), 'INVALID_INPUT', /U\+0261/, 'id'); // IPA "ɡ"
    expectDomainError(() => requireDocumentNumber('696/QĐ-\uff34Tg', 'id'), 'INVALID_INPUT', /U\+FF34/, 'id'); // full-width "Ｔ"
    expectDomainError(() => requireDocumentNumber(' / - ', 'id'), 'INVALID_INPUT', /no letter or digit/, 'id');
    expectDomainError(() => requireDocumentNumber('\u200b', 'id'), 'INVALID_INPUT', /invisible/, 'id');
  });

  it('a number left blank is none; one of only invisible characters is refused', () => {
    expect(optionalDocumentNumber('  ', 'number')).toBeNull();
    expectDomainError(() => optionalDocumentNumber('\u200b', 'number'), 'INVALID_INPUT', /invisible/, 'number');
  });
});

describe('identifiers: slugs, each named once', () => {
  it('refuses an empty identifier and says when an invisible character is the fault', () => {
    expectDomainError(() => requireId('', 'targets[0].id'), 'INVALID_INPUT', /not an identifier/, 'targets[0].id');
    expectDomainError(
      () => requireId('mo-hinh\u200b', 'targets[0].id'),
      'INVALID_INPUT',
      /invisible character \(U\+200B\)/,
      'targets[0].id',
    );
  });

  it('refuses the same identifier twice, naming the later entry and the earlier one', () => {
    expect(requireDistinctIds(['a', 'b'], 'reporterUnitIds')).toEqual(['a', 'b']);
    expectDomainError(
      () => requireDistinctIds(['a', 'b', 'a'], 'reporterUnitIds'),
      'INVALID_INPUT',
      /"a" is already reporterUnitIds\[0\]/,
      'reporterUnitIds[2]',
    );
  });
});
