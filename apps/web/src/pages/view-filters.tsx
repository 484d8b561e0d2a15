import { useState } from 'preact/hooks';
import { date, parseDay } from '../format';
import { queryOf, type View } from '../view';
import { t } from '../i18n';

/** The pickers: dates apply on "Apply"; the province level and simulated data apply at once. */
export const ViewFilters = ({ view, onChange }: { view: View; onChange: (query: string) => void }) => {
  const [draft, setDraft] = useState(view);
  const change = (next: View, apply: boolean) => {
    setDraft(next);
    if (apply) onChange(queryOf(next));
  };
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(queryOf(draft));
      }}
    >
      <DayInput id="asOf" label={t('asOf')} value={draft.asOf} onChange={(asOf) => change({ ...draft, asOf }, false)} />
      <DayInput
        id="knownAsOf"
        label={t('knownAsOf')}
        value={draft.knownAsOf}
        onChange={(knownAsOf) => change({ ...draft, knownAsOf }, false)}
      />
      <fieldset>
        <legend>{t('level')}</legend>
        <label>
          <input type="radio" name="level" checked={!draft.successors} onChange={() => change({ ...draft, successors: false }, true)} />
          {t('historical')}
        </label>
        <label>
          <input type="radio" name="level" checked={draft.successors} onChange={() => change({ ...draft, successors: true }, true)} />
          {t('successors')}
        </label>
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.simulated}
          onChange={(e) => change({ ...draft, simulated: (e.target as HTMLInputElement).checked }, true)}
        />
        {t('simulated')}
      </label>
      <button type="submit">{t('apply')}</button>
    </form>
  );
};

/** A day typed as Vietnamese write it (dd/mm/yyyy): the browser's own date picker shows its UI language's order. */
const DayInput = ({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
}) => {
  const [text, setText] = useState(value ? date(value) : '');
  const wrong = parseDay(text) === undefined;
  return (
    <div>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        size={12}
        value={text}
        aria-invalid={wrong ? 'true' : undefined}
        aria-describedby={wrong ? `${id}-error` : undefined}
        onInput={(e) => {
          const typed = (e.target as HTMLInputElement).value;
          setText(typed);
          const parsed = parseDay(typed);
          if (parsed !== undefined) onChange(parsed);
        }}
      />
      {wrong && (
        <p id={`${id}-error`} class="field-error">
          dd/mm/yyyy
        </p>
      )}
    </div>
  );
};
