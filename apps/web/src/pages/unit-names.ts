import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';

const UNIT_KEYS = ['leadUnitIds', 'coordinatorUnitIds', 'unitId', 'unitIds', 'successorUnitId'];

/** The unit ids an event's data names (assignments, reports, mergers). */
export const unitIdsIn = (data: Record<string, unknown>): string[] =>
  UNIT_KEYS.flatMap((key) => {
    const value = data[key];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  });

/** Names for unit ids, asked for together in one query; an id the platform does not know stays an id. */
export const useUnitNames = (ids: readonly string[]): ReadonlyMap<string, string> => {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(ids)].filter((id) => !names.has(id)).sort();
  const key = wanted.join('\n');
  useEffect(() => {
    if (wanted.length === 0) return;
    let current = true;
    gql<{ orgUnits: { id: string; name: string }[] }>(`query Units($ids: [ID!]) { orgUnits(ids: $ids) { id name } }`, { ids: wanted }).then(
      (answer) => {
        if (!current) return;
        const found = new Map(answer.orgUnits.map((u) => [u.id, u.name] as const));
        setNames((known) => new Map([...known, ...wanted.map((id) => [id, found.get(id) ?? id] as const)]));
      },
      () => undefined, // names are a help: the ids stay on screen
    );
    return () => {
      current = false;
    };
  }, [key]);
  return names;
};
