/**
 * Vietnamese text typed in the legacy 8-bit encodings, read as Latin-1 (or pasted into Unicode as is),
 * shows characters proper Vietnamese never uses. TCVN3 (ABC) writes "đ" as ®, "à" as µ, "á" as ¸,
 * "ạ" as ¹, "ơ" as ¬, "ê" as ª, "ô" as «, "ị" as Þ ("Quyết định" → "QuyÕt ®Þnh"); VNI writes a vowel
 * and a separate mark, with "đ" as ñ and "ư" as ö ("Việt" → "Vieät", "đến" → "ñeán").
 */
const TCVN3 = /[®µ¸¹¶·¬ª«©¨§Þ]/gu;
const VNI = /[ñÑøïûöäë]/gu;

const share = (text: string, re: RegExp, letters: number) => {
  const n = text.match(re)?.length ?? 0;
  return n >= 5 && n / letters > 0.005;
};

/** A message naming the legacy encoding a text is in, or null when it is not in one. */
export const legacyEncodingIn = (text: string): string | null => {
  const sample = text.slice(0, 200_000);
  const letters = Math.max(1, sample.match(/\p{L}/gu)?.length ?? 0);
  if (share(sample, TCVN3, letters)) {
    return 'the text is in the legacy Vietnamese encoding TCVN3 (ABC), not Unicode (e.g. "®Þnh" for "định"); convert it to Unicode (UTF-8) first, e.g. with the Unikey converter';
  }
  if (share(sample, VNI, letters)) {
    return 'the text is in the legacy Vietnamese encoding VNI, not Unicode (e.g. "ñeán" for "đến"); convert it to Unicode (UTF-8) first, e.g. with the Unikey converter';
  }
  return null;
};
