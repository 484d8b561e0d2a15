import { directiveNumberOf, DomainError, foldText, resolveDirectiveReference, slugify, type DirectiveIdentity } from '@monitor/domain';
import type { DirectiveView, MonitoringState, ProvinceView } from './monitoring.state.js';

/**
 * A directive as a caller names it, the way commands resolve it (resolveDirectiveReference): its id
 * or number as written or typed without diacritics ("696/QD-TTg"), or its number with a qualifier
 * ("27/NQ-CP (2016)"). Undefined when none matches; a number two documents share is ambiguous, an
 * INVALID_INPUT error on `field` listing how to name each.
 */
export const findDirective = (state: MonitoringState, typed: string, field = 'directive'): DirectiveView | undefined => {
  const wanted = slugify(typed);
  const number = slugify(directiveNumberOf(typed));
  const candidates: (DirectiveIdentity & { view: DirectiveView })[] = [];
  for (const view of state.directives.values()) {
    const id = slugify(view.id);
    if (id === wanted || slugify(directiveNumberOf(view.id)) === number)
      candidates.push({ directiveId: view.id, provinceId: view.provinceId, issuedOn: view.issuedOn, view });
  }
  try {
    return resolveDirectiveReference(typed, candidates, field).view;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
};

/**
 * A directive reference as an event stored it, read as the directive's id: commands store ids, but
 * events recorded before they were resolved may hold a spelling that folds to one ("2245/QD-TTg").
 * The id itself wins; a spelling that folds to several stays as it is (it names none of them).
 */
export const storedDirectiveId = (state: MonitoringState, reference: string): string => {
  if (state.directives.has(reference)) return reference;
  const wanted = slugify(reference);
  let found: string | undefined;
  for (const id of state.directives.keys()) {
    if (slugify(id) !== wanted) continue;
    if (found !== undefined) return reference;
    found = id;
  }
  return found ?? reference;
};

/** A province by id ('ha-nam') or name typed with or without diacritics ("Hà Nam", "ha nam"). */
export const findProvince = (state: MonitoringState, typed: string): ProvinceView | undefined => {
  const exact = state.provinces.get(typed);
  if (exact) return exact;
  const folded = foldText(typed);
  const slug = slugify(typed);
  for (const province of state.provinces.values()) {
    if (province.folded === folded || province.id === slug || slugify(province.name) === slug) return province;
  }
  return undefined;
};

/** The directive and every directive that, directly or through others, declares it implements it. */
export const directiveWithDescendants = (state: MonitoringState, directive: DirectiveView): DirectiveView[] => {
  const seen = new Map<string, DirectiveView>([[directive.id, directive]]);
  const queue = [directive];
  while (queue.length > 0) {
    for (const childId of queue.shift()!.implementedBy) {
      const child = state.directives.get(childId);
      if (child && !seen.has(childId)) {
        seen.set(childId, child);
        queue.push(child);
      }
    }
  }
  return [...seen.values()];
};

/**
 * Plans that carry out a directive: those naming it (or a descendant) among what they implement, and
 * the plans cascading from them. `formerToo`: also those that named it before a correction (what
 * the platform showed earlier; see asKnownBy).
 */
export const plansForDirective = (state: MonitoringState, directive: DirectiveView, formerToo = false): string[] => {
  const planIds = new Set<string>();
  const queue: string[] = directiveWithDescendants(state, directive).flatMap((d) =>
    formerToo && d.formerPlanIds ? [...d.planIds, ...d.formerPlanIds] : d.planIds,
  );
  while (queue.length > 0) {
    const planId = queue.pop()!;
    if (planIds.has(planId)) continue;
    planIds.add(planId);
    queue.push(...(state.plans.get(planId)?.childPlanIds ?? []));
  }
  return [...planIds];
};
