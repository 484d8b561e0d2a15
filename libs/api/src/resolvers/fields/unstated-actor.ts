import type { Actor } from '@monitor/domain';

/** Shown where the source names no official (e.g. 59/KH-UBND's signer is not in the documents). */
export const UNSTATED_ACTOR: Actor = { id: 'unstated', name: 'not stated in the source', role: 'UNSTATED', unitId: null };
