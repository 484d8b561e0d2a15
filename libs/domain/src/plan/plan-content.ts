import { invalidInput, ruleViolated } from '../shared/errors.js';

export type ReportFrequency = 'YEARLY' | 'SEMIANNUAL' | 'QUARTERLY' | 'MONTHLY' | 'ONCE';

/**
 * A reporting duty (chế độ báo cáo): who reports to whom, how often, and by which day of the period.
 * "hàng năm trước ngày 15/11" is YEARLY with dueMonth 11, dueDay 14 (strictly before the 15th);
 * "trong tháng 11 hàng năm" is YEARLY with dueMonth 11, dueDay 30.
 */
export interface ReportingDuty {
  readonly id: string;
  readonly reporterUnitIds: readonly string[];
  readonly recipient: string;
  readonly recipientUnitId: string | null;
  readonly frequency: ReportFrequency;
  readonly dueMonth: number | null;
  readonly dueDay: number | null;
  readonly text: string;
}

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

export const validateReportingDuty = (duty: ReportingDuty, field: string): ReportingDuty => {
  if (duty.reporterUnitIds.length === 0) throw invalidInput(`${field}.reporterUnitIds`, 'name at least one unit that reports');
  if (duty.dueMonth !== null && (duty.dueMonth < 1 || duty.dueMonth > 12)) {
    throw invalidInput(`${field}.dueMonth`, `month ${duty.dueMonth} does not exist`);
  }
  if (duty.dueDay !== null && (duty.dueDay < 1 || duty.dueDay > 31)) {
    throw invalidInput(`${field}.dueDay`, `day ${duty.dueDay} does not exist`);
  }
  return duty;
};

/** A budget's parts must add up to its total (to the cent of a million đồng). */
export const validateBudget = (budget: Budget, field = 'budget'): Budget => {
  if (budget.total < 0) throw invalidInput(`${field}.total`, 'a budget cannot be negative');
  if (budget.parts.length > 0) {
    const sum = budget.parts.reduce((acc, part) => acc + part.amount, 0);
    if (Math.abs(sum - budget.total) > 0.005) {
      throw ruleViolated(`${field}: the parts add up to ${sum}, not the total ${budget.total}`, `${field}.parts`);
    }
  }
  return budget;
};
