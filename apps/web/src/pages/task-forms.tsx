import { cloneElement, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { t } from '../i18n';
import type { Task } from './task';

type Errors = Record<string, string>;

/** Where an API error goes: beside the input it names (reportedBy.name → reporter name), else over the form. */
const place = (error: unknown, fields: string[]): Errors => {
  if (error instanceof ApiError && error.field) {
    const field = fields.find((f) => error.field === f || error.field!.startsWith(`${f}.`) || error.field!.startsWith(`${f}[`));
    if (field) return { [field]: error.message };
  }
  return { form: (error as Error).message };
};

/** A labelled control; an error beside it is tied to it (aria-describedby), so a screen reader reads it with the field. */
const Field = ({ id, label, errors, children }: { id: string; label: string; errors: Errors; children: VNode }) => {
  const error = errors[id.split('-').pop()!];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {cloneElement(children, error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {})}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
};

const valueOf = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';

const REPORT = `mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete status } }`;
const COMPLETE = `mutation Complete($input: CompleteTaskInput!) { completeTask(input: $input) { id status } }`;

/** A province's forms on its own task: report progress, complete it. The platform checks everything; its errors show beside the field. */
export const TaskForms = ({ task, onRecorded }: { task: Task; onRecorded: () => void }) => {
  const [reportErrors, setReportErrors] = useState<Errors>({});
  const [completeErrors, setCompleteErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);
  const units = [...new Map(task.assignments.map((a) => [a.unit.id, a.unit])).values()];
  const report = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const percent = valueOf(form, 'percentComplete');
    const input = {
      taskId: task.id,
      reportId: valueOf(form, 'reportId'),
      unitId: valueOf(form, 'unitId'),
      percentComplete: percent === '' ? null : Number(percent),
      summary: valueOf(form, 'summary') || null,
      reportedBy: { name: valueOf(form, 'reporterName'), role: valueOf(form, 'reporterRole') },
    };
    try {
      await gql(REPORT, { input });
      setReportErrors({});
      setDone(t('saved'));
      onRecorded();
    } catch (error) {
      setReportErrors(place(error, ['reportId', 'unitId', 'percentComplete', 'summary', 'reportedBy']));
    }
  };
  const complete = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = {
      taskId: task.id,
      summary: valueOf(form, 'summary') || null,
      completedBy: { name: valueOf(form, 'completerName'), role: valueOf(form, 'completerRole') },
    };
    try {
      await gql(COMPLETE, { input });
      setCompleteErrors({});
      setDone(t('saved'));
      onRecorded();
    } catch (error) {
      setCompleteErrors(place(error, ['summary', 'completedBy', 'taskId']));
    }
  };
  const reporterErrors = { ...reportErrors, reporterName: reportErrors['reportedBy'] ?? '' };
  return (
    <div class="forms">
      {done && (
        <p role="status" class="ok">
          {done}
        </p>
      )}
      <form onSubmit={report} aria-labelledby="report-title" noValidate>
        <h2 id="report-title">{t('reportProgress')}</h2>
        {reportErrors['form'] && (
          <p role="alert" class="field-error">
            {reportErrors['form']}
          </p>
        )}
        <Field id="r-reportId" label={t('reportId')} errors={reportErrors}>
          <input id="r-reportId" name="reportId" defaultValue={`${task.id}.bc-${Date.now().toString(36)}`} />
        </Field>
        <Field id="r-unitId" label={t('unit')} errors={reportErrors}>
          <select id="r-unitId" name="unitId">
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="r-percentComplete" label={t('percent')} errors={reportErrors}>
          <input id="r-percentComplete" name="percentComplete" type="number" inputMode="numeric" />
        </Field>
        <Field id="r-summary" label={t('summary')} errors={reportErrors}>
          <textarea id="r-summary" name="summary" rows={2} />
        </Field>
        <Field id="r-reporterName" label={t('reporterName')} errors={reporterErrors}>
          <input id="r-reporterName" name="reporterName" autocomplete="name" />
        </Field>
        <Field id="r-reporterRole" label={t('reporterRole')} errors={{}}>
          <input id="r-reporterRole" name="reporterRole" />
        </Field>
        <button type="submit">{t('send')}</button>
      </form>
      <form onSubmit={complete} aria-labelledby="complete-title" noValidate>
        <h2 id="complete-title">{t('completeTask')}</h2>
        {completeErrors['form'] && (
          <p role="alert" class="field-error">
            {completeErrors['form']}
          </p>
        )}
        <Field id="c-summary" label={t('summary')} errors={completeErrors}>
          <textarea id="c-summary" name="summary" rows={2} />
        </Field>
        <Field id="c-completedBy" label={t('reporterName')} errors={completeErrors}>
          <input id="c-completedBy" name="completerName" />
        </Field>
        <Field id="c-completerRole" label={t('reporterRole')} errors={{}}>
          <input id="c-completerRole" name="completerRole" />
        </Field>
        <button type="submit">{t('completeTask')}</button>
      </form>
    </div>
  );
};
