import { dayNumber, firstDay, lastDay, vietnamStartOfDay, type Actor, type FieldCorrection, type PartialDate } from '@monitor/domain';
import type { DirectiveView, PlanView, RecordCorrectionView } from './monitoring.state.js';

type Side = 'previous' | 'value';

/**
 * The fields of a directive or plan set to one side of a correction, with the days its issue date
 * derives. A plan's issue (its signer, and when it happened: the first day of its date, as a
 * PlanIssued is dated) follows its corrected signer and date: `asOf` counts it from its corrected day.
 */
const fieldsOf = (record: DirectiveView | PlanView, fields: readonly FieldCorrection[], side: Side): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  const issued = 'issued' in record ? { ...record.issued } : null;
  for (const f of fields) {
    const value = f[side];
    if (f.field === 'signedBy') {
      if (issued) Object.assign(issued, { actor: value as Actor | null });
      continue;
    }
    out[f.field] = value;
    if (f.field === 'issuedOn') {
      const first = firstDay(value as PartialDate);
      out.issuedFirstDay = dayNumber(first);
      out.issuedLastDay = dayNumber(lastDay(value as PartialDate));
      if (issued) Object.assign(issued, { occurredAt: vietnamStartOfDay(first), occurredDay: dayNumber(first) });
    }
  }
  if (issued && fields.some((f) => f.field === 'signedBy' || f.field === 'issuedOn')) out.issued = issued;
  return out;
};

/** Applies a correction to a directive's or plan's view, in place, like every event the projection folds. */
export const applyCorrection = <V extends DirectiveView | PlanView>(view: V, correction: RecordCorrectionView): void => {
  Object.assign(view, fieldsOf(view, correction.fields, 'value'));
  (view.corrections ??= []).push(correction);
};

/**
 * The view as the platform showed it at `knownMs`: corrections recorded after it undone, newest
 * first. The view itself when none was (the usual case: no copy).
 */
export const asKnownBy = <V extends DirectiveView | PlanView>(view: V, knownMs: number): V => {
  const corrections = view.corrections;
  if (!corrections || corrections[corrections.length - 1]!.knownMs <= knownMs) return view;
  let shown: V = { ...view, corrections: corrections.filter((c) => c.knownMs <= knownMs) };
  for (let i = corrections.length - 1; i >= 0 && corrections[i]!.knownMs > knownMs; i--) {
    shown = { ...shown, ...fieldsOf(shown, corrections[i]!.fields, 'previous') };
  }
  return shown;
};
