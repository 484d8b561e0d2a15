/** Where a drafted fact was read: 1-based inclusive line numbers of `document.text`, and the quoted words. */
export interface SourceSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
}

export type DraftDatePrecision = 'DAY' | 'MONTH' | 'YEAR';
export interface DraftDate {
  readonly value: string;
  readonly precision: DraftDatePrecision;
} // '2020-05-16' | '2020-05' | '2020'

/** A unit as written, and the registered unit it was matched to (null: unknown, proposed as new). */
export interface DraftUnit {
  readonly name: string;
  readonly unitId: string | null;
  readonly source?: SourceSpan;
}

/** A document this one implements (its basis) or only cites. */
export interface DraftReference {
  readonly number: string | null; // '696/QĐ-TTg', null when only described ("Kế hoạch phát triển KT-XH 2021-2025")
  readonly description: string; // the words as written
  readonly directiveId: string | null; // matched registered directive, when known
  readonly source: SourceSpan;
}

export interface DraftDeadline {
  readonly kind: 'BY_DATE' | 'WITHIN_PERIOD' | 'RECURRING' | 'OPEN_ENDED' | 'NONE'; // the domain's DeadlineKind
  readonly text: string | null; // the document's wording, kept
  readonly due: string | null; // the last day still on time (ISO), as libs/domain parseDeadline gives it; null when none
  readonly source?: SourceSpan;
}

/** A target as libs/domain/src/shared/target.ts defines Target, with its wording and source. */
export interface DraftTarget {
  readonly target: import('../shared/target.js').Target;
  readonly text: string;
  readonly source: SourceSpan;
}

export interface DraftTask {
  readonly ref: string; // stable within the draft: 'II.1', 'IV.3', 'row-9', 'duty-so-tai-chinh-2'
  readonly section: 'TASK' | 'SOLUTION' | 'DUTY' | 'ASSIGNMENT' | 'TABLE_ROW' | 'DIRECTIVE_TASK';
  readonly title: string;
  readonly leadUnits: readonly DraftUnit[];
  readonly coordinatingUnits: readonly DraftUnit[];
  readonly deadline: DraftDeadline | null; // null: the document gives this task no deadline (flagged)
  readonly targets: readonly DraftTarget[];
  readonly expectedResult: string | null;
  readonly source: SourceSpan;
  readonly flags: readonly DraftFlag[];
}

export interface DraftReportingDuty {
  readonly reporter: DraftUnit | null; // who reports (null: "các cơ quan, đơn vị" generic)
  readonly recipient: DraftUnit | null;
  readonly frequency: 'YEARLY' | 'QUARTERLY' | 'MONTHLY' | 'SIX_MONTHLY' | 'ONCE' | null;
  readonly dueText: string | null; // "trước ngày 15/11 hằng năm"
  readonly source: SourceSpan;
}

/** Something the reviewer must look at: a fact the document does not state, an unknown unit, an ambiguity. */
export interface DraftFlag {
  readonly code: string;
  readonly message: string;
  readonly source?: SourceSpan;
}
// codes used so far: NO_DEADLINE, NO_LEAD_UNIT, UNKNOWN_UNIT, SIGNER_ROLE_NOT_WRITTEN, NUMBER_BLANK,
// DATE_MONTH_ONLY, AMBIGUOUS_ROLE, NOT_A_PLAN ...

export interface PlanDraft {
  readonly reader: { readonly name: string; readonly version: string };
  readonly document: {
    readonly sha256: string; // of the original bytes
    readonly fileName: string | null;
    readonly kind: string | null; // 'KẾ HOẠCH' → 'Kế hoạch', 'Quyết định', 'Thông báo', ...
    readonly number: string | null; // '2811/KH-UBND'; a blank "Số: /KH-KHCN" keeps its series: '/KH-KHCN'
    readonly issuer: DraftUnit | null; // issuing body
    readonly provinceId: string | null; // the province the issuer belongs to, when known
    readonly place: string | null; // 'Bắc Giang'
    readonly issuedOn: DraftDate | null; // month-only stays month-only
    readonly title: string | null;
    readonly horizon: string | null; // "đến năm 2020, tầm nhìn đến năm 2030": the plan's, never a task deadline
    readonly implements: readonly DraftReference[];
    readonly cites: readonly DraftReference[];
    readonly signedBy: { readonly name: string | null; readonly title: string | null; readonly source?: SourceSpan } | null;
    readonly text: string; // the text whose lines every SourceSpan counts
  };
  readonly tasks: readonly DraftTask[];
  readonly planTargets: readonly DraftTarget[]; // targets of the plan as a whole (not of one task)
  readonly reportingDuties: readonly DraftReportingDuty[];
  readonly flags: readonly DraftFlag[];
}
