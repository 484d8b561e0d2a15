import { invalidInput, ruleViolated } from '../shared/errors.js';
import { optionalText, requireDistinct, requireDistinctIds, requireId, requireText } from '../shared/ids.js';
import { REPORT_DATA_WINDOWS, type ReportDataWindow } from '../shared/report-windows.js';

export type ReportFrequency = 'YEARLY' | 'SEMIANNUAL' | 'QUARTERLY' | 'MONTHLY' | 'ONCE';

/**
 * A reporting duty (chế độ báo cáo): who reports to whom, how often, and by which day of the period.
 * "hàng năm trước ngày 15/11" is YEARLY with dueMonth 11, dueDay 14 (strictly before the 15th);
 * "trong tháng 11 hàng năm" is YEARLY with dueMonth 11, dueDay 30.
 * `dataWindow` says which days a period's report covers: CALENDAR (its calendar months) or
 * DECREE_09_2019 (Nghị định 09/2019/NĐ-CP: windows ending on the 14th, see report-windows.ts), only
 * when the document says the duty follows the decree.
 */
export interface ReportingDuty {
  readonly id: string;
  readonly reporterUnitIds: readonly string[];
  readonly recipient: string;
  readonly recipientUnitId: string | null;
  readonly frequency: ReportFrequency;
  readonly dueMonth: number | null;
  readonly dueDay: number | null;
  readonly dataWindow: ReportDataWindow;
  readonly text: string;
}

/**
 * A duty as a PlanIssued event holds it: events recorded before duties named their data window hold
 * none, and those duties followed calendar periods.
 */
export const reportingDutyAsRecorded = (
  duty: Omit<ReportingDuty, 'dataWindow'> & { readonly dataWindow?: ReportDataWindow },
): ReportingDuty => (duty.dataWindow === undefined ? { ...duty, dataWindow: 'CALENDAR' } : (duty as ReportingDuty));

export interface BudgetPart {
  readonly label: string;
  readonly amount: number;
  readonly text: string;
}

/** A plan's budget in "triệu đồng" (million VND), its parts as the document breaks it down. */
export interface Budget {
  readonly total: number;
  readonly unit: string;
  readonly text: string;
  readonly parts: readonly BudgetPart[];
}

const FREQUENCIES: readonly ReportFrequency[] = ['YEARLY', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY', 'ONCE'];
const isWhole = (n: number | null) => n === null || Number.isInteger(n);

/** A duty checked, its texts normalized: its reporters each named once. */
export const validateReportingDuty = (duty: ReportingDuty, field: string): ReportingDuty => {
  const id = requireId(duty.id, `${field}.id`);
  if (duty.reporterUnitIds.length === 0) throw invalidInput(`${field}.reporterUnitIds`, 'name at least one unit that reports');
  const reporterUnitIds = requireDistinctIds(duty.reporterUnitIds, `${field}.reporterUnitIds`);
  if (!FREQUENCIES.includes(duty.frequency))
    throw invalidInput(`${field}.frequency`, `"${duty.frequency}" is not a frequency (${FREQUENCIES.join(', ')})`);
  if (!isWhole(duty.dueMonth)) throw invalidInput(`${field}.dueMonth`, `month ${duty.dueMonth} does not exist`);
  if (!isWhole(duty.dueDay)) throw invalidInput(`${field}.dueDay`, `day ${duty.dueDay} does not exist`);
  if (duty.dueMonth !== null && (duty.dueMonth < 1 || duty.dueMonth > 12)) {
    throw invalidInput(`${field}.dueMonth`, `month ${duty.dueMonth} does not exist`);
  }
  if (duty.dueDay !== null && (duty.dueDay < 1 || duty.dueDay > 31)) {
    throw invalidInput(`${field}.dueDay`, `day ${duty.dueDay} does not exist`);
  }
  if (!REPORT_DATA_WINDOWS.includes(duty.dataWindow)) {
    throw invalidInput(`${field}.dataWindow`, `"${duty.dataWindow}" is not a data window (${REPORT_DATA_WINDOWS.join(', ')})`);
  }
  if (duty.frequency === 'ONCE' && duty.dataWindow !== 'CALENDAR') {
    throw invalidInput(`${field}.dataWindow`, 'a report made once has no periodic data window: leave it CALENDAR');
  }
  return {
    id,
    reporterUnitIds,
    recipient: requireText(duty.recipient, `${field}.recipient`),
    recipientUnitId: duty.recipientUnitId === null ? null : requireId(duty.recipientUnitId, `${field}.recipientUnitId`),
    frequency: duty.frequency,
    dueMonth: duty.dueMonth,
    dueDay: duty.dueDay,
    dataWindow: duty.dataWindow,
    text: requireText(duty.text, `${field}.text`),
  };
};

/** A plan's reporting duties: each valid, no id twice. */
export const validateReportingDuties = (duties: readonly ReportingDuty[], field = 'reportingDuties'): ReportingDuty[] => {
  const valid = duties.map((d, i) => validateReportingDuty(d, `${field}[${i}]`));
  requireDistinct(valid, (d) => d.id, field, '.id');
  return valid;
};

/** A budget's parts must add up to its total (to the cent of a million đồng). */
export const validateBudget = (budget: Budget, field = 'budget'): Budget => {
  if (!Number.isFinite(budget.total)) throw invalidInput(`${field}.total`, `must be a number, got ${budget.total}`);
  budget.parts.forEach((part, i) => {
    if (!Number.isFinite(part.amount)) throw invalidInput(`${field}.parts[${i}].amount`, `must be a number, got ${part.amount}`);
  });
  if (budget.total < 0) throw invalidInput(`${field}.total`, 'a budget cannot be negative');
  if (budget.parts.length > 0) {
    const sum = budget.parts.reduce((acc, part) => acc + part.amount, 0);
    if (Math.abs(sum - budget.total) > 0.005) {
      throw ruleViolated(`${field}: the parts add up to ${sum}, not the total ${budget.total}`, `${field}.parts`);
    }
  }
  return {
    total: budget.total,
    unit: requireText(budget.unit, `${field}.unit`),
    text: requireText(budget.text, `${field}.text`),
    parts: budget.parts.map((part, i) => ({
      label: requireText(part.label, `${field}.parts[${i}].label`),
      amount: part.amount,
      text: optionalText(part.text) ?? '',
    })),
  };
};
