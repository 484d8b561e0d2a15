import { useState } from 'preact/hooks';
import { DUTY_FREQUENCIES, dutiesEdit, unitChoices, unitKey, type DraftDuty, type DraftUnit, type DutyFrequency, type Span } from './draft';
import { fieldErrors } from './field-errors';
import type { ApplyEdits } from './task-card';
import { w } from './words';

type Registered = readonly { id: string; name: string }[];

const dutyWords = (d: DraftDuty) =>
  `${d.reporter?.name ?? '—'} → ${d.recipient?.name ?? '—'}${d.frequency ? `, ${w('frequency')}: ${w(d.frequency)}` : ''}${d.dueText ? `, ${d.dueText}` : ''}`;

/**
 * The reporting duties the reader drafted, each leading to its lines; while the draft is reviewed, each
 * is edited, dropped, or joined by a second duty its lines state (the reader reads one per sentence).
 */
export const Duties = ({
  duties,
  registered,
  editable,
  apply,
  onSelect,
}: {
  duties: readonly DraftDuty[];
  registered: Registered;
  editable: boolean;
  apply: ApplyEdits;
  onSelect: (s: Span) => void;
}) => {
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const drop = async (index: number) => setErrors(await apply([dutiesEdit(duties, index, null)]));
  return (
    <>
      <ul class="duties">
        {duties.map((d, i) => (
          <li key={`${i}-${d.source.startLine}-${d.frequency}`}>
            <button type="button" class="link" onClick={() => onSelect(d.source)}>
              {dutyWords(d)}
            </button>
            {editable && editing !== i && (
              <>
                {' '}
                <button type="button" aria-label={`${w('edit')}: ${dutyWords(d)}`} onClick={() => setEditing(i)}>
                  {w('edit')}
                </button>{' '}
                <button type="button" aria-label={`${w('dropDuty')}: ${dutyWords(d)}`} onClick={() => drop(i)}>
                  {w('dropDuty')}
                </button>
              </>
            )}
            {editable && editing === i && (
              <DutyEditor duties={duties} index={i} registered={registered} apply={apply} onDone={() => setEditing(null)} />
            )}
          </li>
        ))}
      </ul>
      {errors['duties'] && (
        <p class="field-error" role="alert">
          {errors['duties']}
        </p>
      )}
    </>
  );
};

/** One duty's fields; saved over it, or as a second duty of the same lines. */
const DutyEditor = ({
  duties,
  index,
  registered,
  apply,
  onDone,
}: {
  duties: readonly DraftDuty[];
  index: number;
  registered: Registered;
  apply: ApplyEdits;
  onDone: () => void;
}) => {
  const duty = duties[index]!;
  const choices = unitChoices(
    registered,
    [duty.reporter, duty.recipient].filter((u): u is DraftUnit => u !== null),
  );
  const [reporter, setReporter] = useState(duty.reporter ? unitKey(duty.reporter) : '');
  const [recipient, setRecipient] = useState(duty.recipient ? unitKey(duty.recipient) : '');
  const [frequency, setFrequency] = useState<string>(duty.frequency ?? '');
  const [dueText, setDueText] = useState(duty.dueText ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `duty-${index}`;
  const save = (how: 'replace' | 'add') => async (event: Event) => {
    event.preventDefault();
    // A unit left as drafted keeps the document's words; one chosen anew is the registered unit.
    const unit = (key: string, drafted: DraftUnit | null) =>
      drafted && unitKey(drafted) === key ? drafted : (choices.find((u) => unitKey(u) === key) ?? null);
    const edited: DraftDuty = {
      ...duty,
      reporter: unit(reporter, duty.reporter),
      recipient: unit(recipient, duty.recipient),
      frequency: (frequency || null) as DutyFrequency | null,
      dueText: dueText.trim() || null,
    };
    const found = await apply([dutiesEdit(duties, index, edited, how)]);
    setErrors(found);
    if (Object.keys(found).length === 0) onDone();
  };
  const { errorOf } = fieldErrors(id, errors);
  const unitSelect = (field: 'reporter' | 'recipient', value: string, set: (v: string) => void) => (
    <div class="field">
      <label for={`${id}-${field}`}>{w(field)}</label>
      <select id={`${id}-${field}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">—</option>
        {choices.map((u) => (
          <option key={unitKey(u)} value={unitKey(u)}>
            {u.name}
            {u.unitId === null ? ` (${w('unregistered')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="task-editor" onSubmit={save('replace')} noValidate aria-label={w('editDuty')}>
      {errorOf('duties')}
      {errorOf('form')}
      {unitSelect('reporter', reporter, setReporter)}
      {unitSelect('recipient', recipient, setRecipient)}
      <div class="field">
        <label for={`${id}-frequency`}>{w('frequency')}</label>
        <select id={`${id}-frequency`} value={frequency} onChange={(e) => setFrequency(e.currentTarget.value)}>
          <option value="">—</option>
          {DUTY_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {w(f)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-due`}>{w('dutyDue')}</label>
        <input id={`${id}-due`} value={dueText} onInput={(e) => setDueText(e.currentTarget.value)} />
      </div>
      <p class="actions">
        <button type="submit">{w('save')}</button>
        <button type="button" onClick={save('add')}>
          {w('saveAsNewDuty')}
        </button>
        <button type="button" onClick={onDone}>
          {w('cancel')}
        </button>
      </p>
    </form>
  );
};
