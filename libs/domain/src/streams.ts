import { directiveNumberOf } from './directive/directive-identity.js';
import { slugify } from './shared/text.js';

/** Stream names: one stream per aggregate instance, its category before the first dash. */
export const streams = {
  province: (provinceId: string) => `province-${provinceId}`,
  orgUnit: (unitId: string) => `unit-${unitId}`,
  /** Every document with one number, as look-ups fold it, shares a stream: its decider gives each its id. */
  directive: (directiveId: string) => `directive-${slugify(directiveNumberOf(directiveId))}`,
  plan: (planId: string) => `plan-${planId}`,
  task: (taskId: string) => `task-${taskId}`,
  /** A document under review: its id is the document's SHA-256. */
  documentDraft: (draftId: string) => `draft-${draftId}`,
} as const;

export type StreamCategory = keyof typeof streams;
