import { useEffect, useRef, useState } from 'preact/hooks';
import { date } from '../format';
import { linesOf } from '../source';
import { unitChoices, unitKey, type DraftTask, type DraftUnit, type Edit, type Span } from './draft';
import { fieldErrors } from './field-errors';
import { UnitPicker } from './unit-picker';
import { w } from './words';

/**
 * Sends edits together; resolves to the errors by form field (none: saved). `explain` words an error the
 * platform names by code and field the reviewer's way (null: the platform's own message).
 */
export type ApplyEdits = (
  edits: Edit[],
  explain?: (code: string | null, field: string) => string | null,
) => Promise<Record<string, string>>;

const names = (units: readonly DraftUnit[]) =>
  units.length === 0 ? w('none') : units.map((u) => (u.unitId ? u.name : `${u.name} (${w('unregistered')})`)).join('; ');
const sameUnits = (a: readonly DraftUnit[], b: readonly DraftUnit[]) => a.map(unitKey).join('|') === b.map(unitKey).join('|');

/** One drafted task: what the reader found, its warnings, and (while the review is open) its editor. */
export const TaskCard = (props: {
  task: DraftTask;
  registered: readonly { id: string; name: string }[];
  selected: boolean;
  onSelect: (span: Span) => void;
  editable: boolean;
  apply: ApplyEdits;
  /** A task just added: its editor open, in view and under the keyboard, for its units and deadline. */
  opened?: boolean;
}) => {
  const { task, selected, onSelect, editable } = props;
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLElement>(null);
  const brought = useRef(false);
  useEffect(() => {
    if (props.opened && editable) setEditing(true);
  }, [props.opened]);
  // Once, when its editor is first open: in view, the keyboard on its first lead unit.
  useEffect(() => {
    if (!props.opened || !editing || brought.current || !card.current) return;
    brought.current = true;
    card.current.scrollIntoView({ block: 'start' });
    const first = card.current.querySelector<HTMLElement>('fieldset input') ?? card.current.querySelector<HTMLElement>('textarea');
    first?.focus({ preventScroll: true });
  }, [props.opened, editing]);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const anchor = `task-${task.ref}`;
  const remove = async () => {
    if (!confirming) return setConfirming(true);
    setErrors(await props.apply([{ input: { op: 'REMOVE_TASK', taskRef: task.ref }, field: 'form' }]));
  };
  return (
    <article
      ref={card}
      class={selected ? 'draft-task selected' : 'draft-task'}
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      onFocusIn={() => onSelect(task.source)}
      onClick={() => onSelect(task.source)}
    >
      <h3 id={`${anchor}-title`}>
        <span class="ref">{task.ref}</span> {task.title}
      </h3>
      <button type="button" class="link" aria-pressed={selected} onClick={() => onSelect(task.source)}>
        {w('showLines')} {linesOf(task.source)}
      </button>
      <dl class="facts">
        <dt>{w('lead')}</dt>
        <dd>{names(task.leadUnits)}</dd>
        <dt>{w('coordinating')}</dt>
        <dd>{names(task.coordinatingUnits)}</dd>
        <dt>{w('deadline')}</dt>
        <dd>
          {task.deadline
            ? `${task.deadline.text ?? '—'}${task.deadline.due ? ` (${w('due')} ${date(task.deadline.due)})` : ''}`
            : w('noDeadline')}
        </dd>
        {task.targets.length > 0 && (
          <>
            <dt>{w('targets')}</dt>
            <dd>{task.targets.map((x) => x.text).join('; ')}</dd>
          </>
        )}
        {task.expectedResult && (
          <>
            <dt>{w('expectedResult')}</dt>
            <dd>{task.expectedResult}</dd>
          </>
        )}
      </dl>
      {task.flags.length > 0 && (
        <ul class="warnings" aria-label={w('warnings')}>
          {task.flags.map((f, i) => (
            <li key={i}>
              <strong>{f.code}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
      {errors['form'] && (
        <p class="field-error" role="alert">
          {errors['form']}
        </p>
      )}
      {editable && !editing && (
        <p class="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {w('edit')}
          </button>
          <button type="button" class="danger" onClick={remove}>
            {confirming ? w('confirmRemove') : w('removeTask')}
          </button>
        </p>
      )}
      {editable && editing && <TaskEditor {...props} onDone={() => setEditing(false)} />}
    </article>
  );
};

/** The task's fields as a form: only what changed is sent, each error shown beside its field. */
const TaskEditor = ({
  task,
  registered,
  apply,
  onDone,
}: {
  task: DraftTask;
  registered: readonly { id: string; name: string }[];
  apply: ApplyEdits;
  onDone: () => void;
}) => {
  const [title, setTitle] = useState(task.title);
  const [leads, setLeads] = useState<DraftUnit[]>([...task.leadUnits]);
  const [partners, setPartners] = useState<DraftUnit[]>([...task.coordinatingUnits]);
  const [deadline, setDeadline] = useState(task.deadline?.text ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `edit-${task.ref}`;
  const choices = unitChoices(registered, [...task.leadUnits, ...task.coordinatingUnits]);
  const save = async (event: Event) => {
    event.preventDefault();
    const taskRef = task.ref;
    const edits: Edit[] = [];
    if (title.trim() !== task.title) edits.push({ input: { op: 'SET_TASK_TITLE', taskRef, title: title.trim() }, field: 'title' });
    if (!sameUnits(leads, task.leadUnits)) edits.push({ input: { op: 'SET_TASK_LEAD_UNITS', taskRef, units: leads }, field: 'leadUnits' });
    if (!sameUnits(partners, task.coordinatingUnits))
      edits.push({ input: { op: 'SET_TASK_COORDINATING_UNITS', taskRef, units: partners }, field: 'coordinatingUnits' });
    if (deadline.trim() !== (task.deadline?.text ?? ''))
      edits.push({ input: { op: 'SET_TASK_DEADLINE', taskRef, deadlineText: deadline.trim() || null }, field: 'deadlineText' });
    if (edits.length === 0) return onDone();
    const found = await apply(edits);
    setErrors(found);
    if (Object.keys(found).length === 0) onDone();
  };
  const { described, errorOf } = fieldErrors(id, errors);
  return (
    <form class="task-editor" onSubmit={save} noValidate>
      {errorOf('form')}
      <div class="field">
        <label for={`${id}-title`}>{w('title')}</label>
        <textarea id={`${id}-title`} rows={3} value={title} onInput={(e) => setTitle(e.currentTarget.value)} {...described('title')} />
        {errorOf('title')}
      </div>
      <UnitPicker id={`${id}-lead`} legend={w('lead')} choices={choices} chosen={leads} onChange={setLeads} error={errors['leadUnits']} />
      <UnitPicker
        id={`${id}-coordinating`}
        legend={w('coordinating')}
        choices={choices}
        chosen={partners}
        onChange={setPartners}
        error={errors['coordinatingUnits']}
      />
      <div class="field">
        <label for={`${id}-deadline`}>{w('deadline')}</label>
        <input id={`${id}-deadline`} value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} {...described('deadlineText')} />
        {errorOf('deadlineText')}
      </div>
      <p class="actions">
        <button type="submit">{w('save')}</button>
        <button type="button" onClick={onDone}>
          {w('cancel')}
        </button>
      </p>
    </form>
  );
};
