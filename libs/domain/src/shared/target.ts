import { invalidInput } from './errors.js';
import { optionalText, requireDistinct, requireId } from './ids.js';
import { normalizeText } from './text.js';

/**
 * A target as the documents set it: "ít nhất 02 mô hình" (AT_LEAST 2), "khoảng 20 doanh nghiệp"
 * (ABOUT 20), "15-20 nhãn hiệu" (RANGE), "tăng trung bình 3%/năm" (GROWTH_RATE), "1,5-2% tổng chi
 * ngân sách" (SHARE_OF_BUDGET). The original wording is kept in `text`.
 */
export type TargetKind = 'AT_LEAST' | 'AT_MOST' | 'ABOUT' | 'EXACT' | 'RANGE' | 'GROWTH_RATE' | 'SHARE_OF_BUDGET';

export interface Target {
  readonly id: string;
  readonly indicator: string;
  readonly kind: TargetKind;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  /** The year by which it should be reached, when the document says ("đến năm 2020"). */
  readonly horizon: string | null;
  readonly text: string;
}

/**
 * Numbers as Vietnamese documents write them: dot for thousands, comma for decimals
 * ("1.634.630" → 1634630, "239.040,14" → 239040.14, "1,5" → 1.5, "02" → 2).
 */
export const parseVietnameseNumber = (input: string, field = 'number'): number => {
  const text = input.trim();
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(text)) {
    throw invalidInput(field, `"${input}" is not a number as Vietnamese documents write it`);
  }
  return Number(text.replace(/\./g, '').replace(',', '.'));
};

const KINDS: readonly TargetKind[] = ['AT_LEAST', 'AT_MOST', 'ABOUT', 'EXACT', 'RANGE', 'GROWTH_RATE', 'SHARE_OF_BUDGET'];

/** A target checked, its texts normalized (see the text rules in ids.ts). */
export const validateTarget = (target: Target, field: string): Target => {
  const id = requireId(target.id, `${field}.id`);
  const text = target.text == null ? '' : normalizeText(target.text);
  if (!text) throw invalidInput(`${field}.text`, 'a target keeps its original wording');
  if (!KINDS.includes(target.kind)) throw invalidInput(`${field}.kind`, `"${target.kind}" is not a target kind (${KINDS.join(', ')})`);
  for (const bound of ['min', 'max'] as const) {
    const value = target[bound];
    if (value !== null && !Number.isFinite(value)) throw invalidInput(`${field}.${bound}`, `must be a number, got ${value}`);
  }
  if (target.min !== null && target.max !== null && target.max < target.min) {
    throw invalidInput(`${field}.max`, `maximum ${target.max} is below minimum ${target.min}`);
  }
  if (target.kind === 'RANGE' && (target.min === null || target.max === null)) {
    throw invalidInput(`${field}.kind`, 'a RANGE target needs both min and max');
  }
  return {
    id,
    indicator: normalizeText(target.indicator ?? ''),
    kind: target.kind,
    min: target.min,
    max: target.max,
    unit: normalizeText(target.unit ?? ''),
    horizon: optionalText(target.horizon),
    text,
  };
};

/** A task's or a plan's targets: each valid, no id twice. */
export const validateTargets = (targets: readonly Target[], field = 'targets'): Target[] => {
  const valid = targets.map((t, i) => validateTarget(t, `${field}[${i}]`));
  requireDistinct(valid, (t) => t.id, field, '.id');
  return valid;
};

/** A value reached for one of a task's or a plan's targets ("02 mô hình" so far), as a report states it. */
export interface ReportedValue {
  readonly targetId: string;
  readonly value: number;
}

/**
 * A report's values: each a number for one of the owner's own targets (`owner`: "task x", "plan y"),
 * no target twice. `field` names the list in errors ("values").
 */
export const validateReportedValues = (
  values: readonly ReportedValue[],
  targetIds: readonly string[],
  owner: string,
  field = 'values',
): ReportedValue[] => {
  const valid = values.map(({ targetId, value }, i) => {
    if (!targetIds.includes(targetId)) throw invalidInput(`${field}[${i}].targetId`, `${owner} has no target ${targetId}`);
    if (!Number.isFinite(value)) throw invalidInput(`${field}[${i}].value`, `must be a number, got ${value}`);
    return { targetId, value };
  });
  if (new Set(valid.map((v) => v.targetId)).size !== valid.length) throw invalidInput(field, 'gives a value for the same target twice');
  return valid;
};
