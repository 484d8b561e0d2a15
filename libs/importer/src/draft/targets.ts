import type { DraftTarget, Target, TargetKind } from '@monitor/domain';
import { parseVietnameseNumber, slugify } from '@monitor/domain';
import { quote } from './lines.js';

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/**
 * Target shapes, most specific first: growth ("tăng trung bình 3%/năm"), share of budget
 * ("1,5-2% tổng chi ngân sách"), at least ("ít nhất 02 mô hình"), about ("khoảng 20 doanh
 * nghiệp"), range ("15-20 nhãn hiệu", "20-30%"), money ("1.634.630 triệu đồng").
 */
const SHAPES: readonly (readonly [TargetKind, RegExp])[] = [
  ['GROWTH_RATE', new RegExp(String.raw`tăng(?: trung bình)?\s+(${NUM})\s*%\s*\/\s*năm`, 'giu')],
  [
    'SHARE_OF_BUDGET',
    new RegExp(String.raw`(?:từ\s+)?(${NUM})(?:\s*[-–]\s*(${NUM}))?\s*%\s*(?:trở lên\s+)?(?:trong\s+)?tổng chi ngân sách`, 'giu'),
  ],
  ['AT_LEAST', new RegExp(String.raw`(?:ít nhất|tối thiểu)\s+(${NUM})\s+([^\s,;.:()]+(?:\s+[^\s,;.:()\d]+){0,3})`, 'giu')],
  ['ABOUT', new RegExp(String.raw`khoảng\s+(${NUM})(?:\s*[-–]\s*(${NUM}))?\s*(%|[^\s,;.:()\d]+(?:\s+[^\s,;.:()\d]+){0,3})`, 'giu')],
  ['RANGE', new RegExp(String.raw`(?<![\d/.,])(${NUM})\s*[-–]\s*(${NUM})\s*(%|[^\s,;.:()\d]+(?:\s+[^\s,;.:()\d]+){0,2})`, 'giu')],
  ['EXACT', new RegExp(String.raw`(${NUM})\s+(triệu đồng|tỷ đồng)`, 'giu')],
  // Counts are written with a leading zero ("01 mô hình", "02 tổ chức"): the form marks them as targets.
  ['EXACT', new RegExp(String.raw`(?<![\d.,/])(0\d)\s+([^\s,;.:()\d]+(?:\s+[^\s,;.:()\d]+){0,3})`, 'giu')],
];

const numberOf = (text: string | undefined): number | null => {
  if (text === undefined) return null;
  try {
    return parseVietnameseNumber(text);
  } catch {
    return null;
  }
};

/** The targets a line sets, each once (the first, most specific shape that covers its words). */
export const targetsIn = (line: string, index: number, idPrefix: string): DraftTarget[] => {
  const found: DraftTarget[] = [];
  const covered: [number, number][] = [];
  const horizon = line.match(/(?:đến|tới) năm (\d{4})|năm (\d{4})/u);
  for (const [kind, pattern] of SHAPES) {
    for (const m of line.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (covered.some(([s, e]) => start < e && end > s)) continue;
      if (kind === 'RANGE' && /^\d{4}$/.test(m[1]!) && /^\d{4}$/.test(m[2]!)) continue; // a period of years
      const min = numberOf(m[1]);
      const second = kind === 'AT_LEAST' || kind === 'EXACT' ? undefined : m[2];
      const max = kind === 'AT_LEAST' ? null : kind === 'EXACT' || kind === 'GROWTH_RATE' ? min : (numberOf(second) ?? min);
      if (min === null) continue;
      const unit =
        kind === 'GROWTH_RATE' || kind === 'SHARE_OF_BUDGET' ? '%' : ((kind === 'AT_LEAST' || kind === 'EXACT' ? m[2] : m[3]) ?? '').trim();
      const after = line.slice(end).match(/^[^,;.]{0,60}/u)?.[0] ?? '';
      const indicator = (kind === 'SHARE_OF_BUDGET' ? 'tổng chi ngân sách' : `${unit}${after}`).trim() || unit;
      const target: Target = {
        id: `${idPrefix}-${found.length + 1}`,
        indicator: indicator.slice(0, 120),
        kind: kind === 'ABOUT' && second ? 'RANGE' : kind,
        min,
        max,
        unit: unit || '%',
        horizon: horizon ? (horizon[1] ?? horizon[2] ?? null) : null,
        text: m[0].trim(),
      };
      found.push({ target, text: m[0].trim(), source: quote(index, m[0]) });
      covered.push([start, end]);
    }
  }
  return found;
};

export const targetIdPrefix = (ref: string) => `t-${slugify(ref) || 'plan'}`;
