import type { DocumentDraftEvent } from './draft/document-draft.decider.js';
import type { DirectiveEvent } from './directive/directive.decider.js';
import type { OrgUnitEvent } from './org-unit/org-unit.decider.js';
import type { PlanEvent } from './plan/plan.decider.js';
import type { ProvinceEvent } from './province/province.decider.js';
import type { TaskEvent } from './task/task.events.js';

/** Every event the platform records. */
export type PlatformEvent = ProvinceEvent | OrgUnitEvent | DirectiveEvent | PlanEvent | TaskEvent | DocumentDraftEvent;
export type PlatformEventType = PlatformEvent['type'];
