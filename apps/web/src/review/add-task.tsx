import { useEffect, useRef, useState } from 'preact/hooks';
import { num } from '../format';
import { ADD_TASK_FIELDS, addTaskProblem, lineOfTyped, prefillOfSpan, type DraftTask, type Edit, type Span } from './draft';
import { fieldErrors } from './field-errors';
import type { ApplyEdits } from './task-card';
import { w } from './words';

const ID = 'add-task';

/**
 * A task the reader missed, added from its lines of the document (ADD_TASK): lines selected in the text
 * beside fill the line numbers (typed numbers work too), and an untouched ref and title are guessed from
 * the first line. Its units and deadline are then set on its own card, as any task's.
 */
export const AddTask = ({
  lines,
  tasks,
  picked,
  apply,
  onSelect,
  onAdded,
}: {
  lines: readonly string[];
  tasks: readonly DraftTask[];
  /** The lines last selected in the text (null: none yet). */
  picked: Span | null;
  apply: ApplyEdits;
  onSelect: (span: Span) => void;
  onAdded: (ref: string) => void;
}) => {
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [ref, setRef] = useState('');
  const [title, setTitle] = useState('');
  // Which fields the reviewer typed: a ref, not state, so that a guess still pending from lines changed
  // a moment earlier reads what was typed since and never overwrites it.
  const typed = useRef({ ref: false, title: false });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fill = (span: Span | null) => {
    setStart(span ? String(span.startLine) : '');
    setEnd(span ? String(span.endLine) : '');
  };
  // Lines selected in the text while the form is open are its lines.
  useEffect(() => {
    if (open && picked) fill(picked);
  }, [picked]);
  // Opened: the keyboard on the first line's number (the mouse selects lines in the text instead).
  useEffect(() => {
    if (open) document.getElementById(`${ID}-start`)?.focus();
  }, [open]);
  // Lines of the document (picked or typed): marked in the text, and the untouched ref and title guessed from them.
  const startLine = lineOfTyped(start);
  const endLine = lineOfTyped(end);
  useEffect(() => {
    if (startLine === null || endLine === null || startLine < 1 || endLine < startLine || endLine > lines.length) return;
    const span = { startLine, endLine };
    onSelect(span);
    const guess = prefillOfSpan(
      lines,
      span,
      tasks.map((t) => t.ref),
    );
    if (!typed.current.ref) setRef(guess.ref);
    if (!typed.current.title) setTitle(guess.title);
  }, [startLine, endLine]);

  if (!open)
    return (
      <p class="actions">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            fill(picked);
          }}
        >
          {w('addTask')}
        </button>
      </p>
    );

  const close = () => {
    setOpen(false);
    typed.current = { ref: false, title: false };
    setRef('');
    setTitle('');
    setErrors({});
    fill(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const edits: Edit[] = [
      { input: { op: 'ADD_TASK', ref: ref.trim(), title: title.trim(), startLine, endLine }, field: 'form', fields: ADD_TASK_FIELDS },
    ];
    const found = await apply(edits, (code, field) => {
      const problem = addTaskProblem(code, field, { startLine, endLine }, lines.length);
      return problem && (problem === 'linesOutside' ? `${w(problem)} ${num(lines.length)}` : w(problem));
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    close();
    onAdded(ref.trim());
  };
  const { described, errorOf } = fieldErrors(ID, errors);
  return (
    <form class="task-editor add-task" onSubmit={save} noValidate aria-labelledby={`${ID}-title`}>
      <h3 id={`${ID}-title`}>{w('addTask')}</h3>
      <p class="hint" id={`${ID}-help`}>
        {w('addTaskHelp')}
      </p>
      {errorOf('form')}
      <fieldset class="lines">
        <legend>{w('addTaskLines')}</legend>
        <label for={`${ID}-start`}>{w('fromLine')}</label>{' '}
        <input
          id={`${ID}-start`}
          inputMode="numeric"
          size={6}
          value={start}
          onInput={(e) => setStart(e.currentTarget.value)}
          {...described('lines', `${ID}-help`)}
        />{' '}
        <label for={`${ID}-end`}>{w('toLine')}</label>{' '}
        <input
          id={`${ID}-end`}
          inputMode="numeric"
          size={6}
          value={end}
          onInput={(e) => setEnd(e.currentTarget.value)}
          {...described('lines')}
        />
        {errorOf('lines')}
      </fieldset>
      <div class="field">
        <label for={`${ID}-ref`}>{w('taskRef')}</label>
        <input
          id={`${ID}-ref`}
          value={ref}
          onInput={(e) => {
            setRef(e.currentTarget.value);
            typed.current.ref = true;
          }}
          {...described('ref')}
        />
        {errorOf('ref')}
      </div>
      <div class="field">
        <label for={`${ID}-title-text`}>{w('title')}</label>
        <textarea
          id={`${ID}-title-text`}
          rows={3}
          value={title}
          onInput={(e) => {
            setTitle(e.currentTarget.value);
            typed.current.title = true;
          }}
          {...described('title')}
        />
        {errorOf('title')}
      </div>
      <p class="actions">
        <button type="submit">{w('addTaskSend')}</button>
        <button type="button" onClick={close}>
          {w('cancel')}
        </button>
      </p>
    </form>
  );
};
