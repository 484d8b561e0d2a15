import { useCallback, useEffect, useState } from 'preact/hooks';
import { gql } from './api';

export interface QueryState<T> {
  readonly data: T | null;
  readonly error: Error | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Runs one query whenever its variables change; an answer to an older request never overwrites a newer
 * one. A reload keeps the answer on screen until the new one arrives; other variables show none meanwhile.
 * `wait`: not yet (a query that should not compete with a more urgent one).
 */
export const useQuery = <T>(query: string, variables: Record<string, unknown>, wait = false): QueryState<T> => {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; data: T | null; error: Error | null; loading: boolean }>({
    key,
    data: null,
    error: null,
    loading: true,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (wait) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    gql<T>(query, JSON.parse(key) as Record<string, unknown>).then(
      (data) => current && setState({ key, data, error: null, loading: false }),
      (error: Error) => current && setState({ key, data: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [query, key, round, wait]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return state.key === key
    ? { data: state.data, error: state.error, loading: state.loading, reload }
    : { data: null, error: null, loading: true, reload };
};
