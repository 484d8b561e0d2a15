export const ROLES = ['ANALYST', 'PROVINCE', 'AUDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller, from a verified token: who records events, never a payload field. */
export interface Principal {
  /** The token subject, e.g. "province:ha-nam" or "analyst:dev". */
  readonly id: string;
  readonly role: Role;
  /** Set for PROVINCE principals: the only province they may write. */
  readonly provinceId: string | null;
  /** When the token stops being valid, if it says: a long-lived connection checks it again. */
  readonly expiresAt?: Date;
}
