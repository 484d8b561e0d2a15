import type { Actor, FieldCorrection } from '@monitor/domain';
import type { MonitoringState, ProjectedEvent, Provenance, RecordCorrectionView } from './monitoring.state.js';
import { provenanceOf } from './provenance.js';

/** One actor object per official, however many events name them: millions of events, a few people. */
export const internActor = (state: MonitoringState, actor: Actor | null): Actor | null => {
  if (!actor) return null;
  const known = state.actors.get(actor.id);
  if (known && known.name === actor.name && known.role === actor.role && known.unitId === actor.unitId) return known;
  state.actors.set(actor.id, actor);
  return actor;
};

export const provenance = (state: MonitoringState, event: ProjectedEvent): Provenance =>
  provenanceOf(event, internActor(state, event.actor));

/** A record's correction as the views keep it: the fields, why, who corrected it when, and who recorded it. */
export const correctionOf = (
  state: MonitoringState,
  event: ProjectedEvent,
  data: { readonly fields: readonly FieldCorrection[]; readonly reason: string },
): RecordCorrectionView => ({
  ...provenance(state, event),
  fields: data.fields,
  reason: data.reason,
  recordedBy: event.metadata().recordedBy,
});
