import type { DirectiveEvent } from './directive/directive.js';
import type { OrgUnitEvent } from './org-unit/org-unit.js';
import type { PlanEvent } from './plan/plan.js';
import type { ProvinceEvent } from './province/province.js';
import type { TaskEvent } from './task/task.events.js';

/** Every event the platform records. */
export type PlatformEvent = ProvinceEvent | OrgUnitEvent | DirectiveEvent | PlanEvent | TaskEvent;
export type PlatformEventType = PlatformEvent['type'];
