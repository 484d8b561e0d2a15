import { unitKey, type DraftUnit } from './draft';
import { w } from './words';

/**
 * Units to tick, each a labelled checkbox (keyboard and screen readers need nothing more): the
 * province's registered units, and a drafted unit that matches none, marked so, to keep or drop.
 */
export const UnitPicker = ({
  id,
  legend,
  choices,
  chosen,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  choices: readonly DraftUnit[];
  chosen: readonly DraftUnit[];
  onChange: (units: DraftUnit[]) => void;
  error?: string;
}) => {
  const keys = new Set(chosen.map(unitKey));
  const toggle = (unit: DraftUnit, on: boolean) => onChange(on ? [...chosen, unit] : chosen.filter((u) => unitKey(u) !== unitKey(unit)));
  return (
    <fieldset class="units" id={id} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div class="unit-list">
        {choices.map((unit) => (
          <label key={unitKey(unit)} class="check">
            <input type="checkbox" checked={keys.has(unitKey(unit))} onChange={(e) => toggle(unit, e.currentTarget.checked)} /> {unit.name}
            {unit.unitId === null && <em> ({w('unregistered')})</em>}
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
};
