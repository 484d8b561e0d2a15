import { foldText, slugify } from '@monitor/domain';
import type { DirectiveView, MonitoringState, ProvinceView } from './monitoring.state.js';

/** A directive by its number as written, or as typed without diacritics ("696/QD-TTg"). */
export const findDirective = (state: MonitoringState, typed: string): DirectiveView | undefined => {
  const exact = state.directives.get(typed.normalize('NFC').trim());
  if (exact) return exact;
  const wanted = slugify(typed);
  for (const directive of state.directives.values()) if (slugify(directive.id) === wanted) return directive;
  return undefined;
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
  const queue: string[] = directiveWithDescendants(state, directive).flatMap((d) => (formerToo && d.formerPlanIds ? [...d.planIds, ...d.formerPlanIds] : d.planIds));
  while (queue.length > 0) {
    const planId = queue.pop()!;
    if (planIds.has(planId)) continue;
    planIds.add(planId);
    queue.push(...(state.plans.get(planId)?.childPlanIds ?? []));
  }
  return [...planIds];
};
