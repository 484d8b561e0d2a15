import type { DraftReportingDuty, DraftUnit } from '@monitor/domain';
import { quote, sentences, type DocumentLines } from './lines.js';
import { foldKeep, type UnitMatcher } from './units.js';

const FREQUENCIES: readonly (readonly [RegExp, NonNullable<DraftReportingDuty['frequency']>])[] = [
  [/(hang|hang) quy|dinh ky quy|moi quy/g, 'QUARTERLY'],
  [/6 thang|sau thang|nua nam/g, 'SIX_MONTHLY'],
  [/(hang|hang) thang|dinh ky thang/g, 'MONTHLY'],
  [/(hang|hang) nam|dinh ky nam|dinh ky hang nam|moi nam|\bca nam/g, 'YEARLY'],
];

/**
 * How often a sentence says reports are due: its first frequency, and those listed with it ("định kỳ
 * 6 tháng, hằng năm", "hằng quý, 6 tháng và cả năm"), each a duty of its own. A frequency elsewhere in
 * the sentence ("chương trình công tác hằng năm") is not one.
 */
export const frequenciesOf = (folded: string): DraftReportingDuty['frequency'][] => {
  const found = FREQUENCIES.flatMap(([re, frequency]) =>
    [...folded.matchAll(re)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, frequency })),
  )
    .filter((f, _, all) => !all.some((g) => g !== f && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at))
    .sort((a, b) => a.at - b.at);
  if (found.length === 0) return [null];
  const listed = [found[0]!];
  for (const next of found.slice(1)) {
    if (!/^[\s,]*(va|hoac)?[\s,]*$/.test(folded.slice(listed[listed.length - 1]!.end, next.at))) break;
    listed.push(next);
  }
  return [...new Set(listed.map((f) => f.frequency))];
};

const DUE =
  /(trước ngày \d{1,2}\/\d{1,2}(?:\/\d{4})?|trước ngày \d{1,2} tháng \d{1,2}|(?:vào )?ngày \d{1,2} tháng \d{1,2}|vào tháng \d{1,2}|trước ngày \d{1,2}\/\d{1,2})(?: hàng năm| hằng năm)?/iu;

/** Units named in a sentence from a position on: the first list of units found at a unit's opening word. */
const firstUnitsFrom = (text: string, from: number, units: UnitMatcher): DraftUnit[] => {
  const folded = foldKeep(text);
  const re =
    /(^|[\s,:])(so|phong|trung tam|uy ban|ubnd|van phong|cac so|cac phong|truong cac|chi cuc|thanh tra|cac co quan|cac don vi|bo)[\s,]/gi;
  re.lastIndex = from;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const found = units.listAt(text, m.index + m[1]!.length).units;
    if (found.length > 0) return found;
  }
  return [];
};

/**
 * Reporting duties: each sentence saying who reports ("báo cáo") how often (định kỳ, hàng năm, hàng
 * quý …). The reporter is the unit the sentence names before "báo cáo" (or the agency whose duties
 * hold it); the recipient the last unit named after "gửi" / "về" / "báo cáo"; the day as written.
 */
export const readReportingDuties = (
  doc: DocumentLines,
  lines: readonly number[],
  units: UnitMatcher,
  agencyOf: (line: number) => readonly DraftUnit[] | null,
): DraftReportingDuty[] => {
  const duties: DraftReportingDuty[] = [];
  for (const i of lines) {
    const line = doc.clean[i]!.replace(/^[-+•–]\s*/u, '');
    for (const sentence of sentences(line)) {
      const folded = foldKeep(sentence);
      const at = folded.indexOf('bao cao');
      if (at < 0) continue;
      const frequencies = frequenciesOf(folded);
      const due = sentence.match(DUE);
      if (!frequencies[0] && !due) continue;
      if (!/dinh ky|hang nam|hang quy|hang thang|bao cao (ket qua|tinh hinh|tien do)|gui/.test(folded)) continue;
      // Who reports: the units named before "báo cáo", else the agency whose duties hold it, else the line's subject.
      let reporter: DraftUnit | null =
        firstUnitsFrom(sentence.slice(0, at), 0, units)[0] ??
        agencyOf(i)?.[0] ??
        firstUnitsFrom(line.slice(0, Math.max(0, line.indexOf(sentence))), 0, units)[0] ??
        null;
      // Each "gửi X" is a hop: the units report to X, and X (when it compiles, "tổng hợp") on to the next.
      const hops = [...folded.matchAll(/(gui|ve|bao cao)\s+/g)].filter((m) => m.index! >= at);
      let recorded = false;
      for (const m of hops) {
        const recipient = units.listAt(sentence, m.index! + m[0].length).units[0];
        if (!recipient || (reporter && recipient.unitId !== null && recipient.unitId === reporter.unitId)) continue;
        for (const frequency of frequencies)
          duties.push({ reporter, recipient, frequency, dueText: due ? due[0] : null, source: quote(i, sentence) });
        recorded = true;
        if (m[1] !== 'gui') break;
        reporter = recipient;
      }
      if (!recorded)
        for (const frequency of frequencies)
          duties.push({ reporter, recipient: null, frequency, dueText: due ? due[0] : null, source: quote(i, sentence) });
    }
  }
  return duties;
};
