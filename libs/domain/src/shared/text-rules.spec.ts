import { optionalDocumentNumber, requireDistinctIds, requireDocumentNumber, requireId, requireText } from './ids.js';
import { foldText, invisibleCharacterIn, normalizeText, slugify } from './text.js';
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
