import { endOfVietnamDay } from './format';

/** A comparison's view, kept in the address (?asOf=2021-12-31&knownAsOf=…&successors=1&simulated=1) so a link shows the same. */
export interface View {
  asOf: string | null;
  knownAsOf: string | null;
  successors: boolean;
  simulated: boolean;
}

const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);

export const viewOf = (search: string): View => {
  const q = new URLSearchParams(search);
  return {
    asOf: day(q.get('asOf')),
    knownAsOf: day(q.get('knownAsOf')),
    successors: q.get('successors') === '1',
    simulated: q.get('simulated') === '1',
  };
};

export const queryOf = (view: View): string => {
  const q = new URLSearchParams();
  if (view.asOf) q.set('asOf', view.asOf);
  if (view.knownAsOf) q.set('knownAsOf', view.knownAsOf);
  if (view.successors) q.set('successors', '1');
  if (view.simulated) q.set('simulated', '1');
  return q.toString();
};

/** The comparison's variables for a decision in a view. */
export const variablesOf = (directive: string, view: View) => ({
  directive,
  asOf: view.asOf ? endOfVietnamDay(view.asOf) : null,
  knownAsOf: view.knownAsOf ? endOfVietnamDay(view.knownAsOf) : null,
  level: view.successors ? 'SUCCESSORS' : 'HISTORICAL',
  simulated: view.simulated,
});
