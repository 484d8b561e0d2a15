import { slugify } from './shared/text.js';

/** Stream names: one stream per aggregate instance, its category before the first dash. */
export const streams = {
  province: (provinceId: string) => `province-${provinceId}`,
  orgUnit: (unitId: string) => `unit-${unitId}`,
  directive: (directiveId: string) => `directive-${slugify(directiveId)}`,
  plan: (planId: string) => `plan-${planId}`,
  task: (taskId: string) => `task-${taskId}`,
} as const;

export type StreamCategory = keyof typeof streams;
