/**
 * Domain errors carry a stable code and, where the fault is in one input, the field that holds it.
 * Adapters translate them (GraphQL error codes, dead-letter headers); the domain never imports those.
 */
export type DomainErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'ALREADY_EXISTS' | 'RULE_VIOLATED' | 'FORBIDDEN' | 'CONCURRENCY_CONFLICT';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    /** Every fault when there are several (a draft not yet approvable): each with its own field, for a form to place. */
    readonly problems?: readonly { readonly field: string; readonly message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalidInput = (field: string, message: string) => new DomainError('INVALID_INPUT', `${field}: ${message}`, field);

export const notFound = (field: string, message: string) => new DomainError('NOT_FOUND', `${field}: ${message}`, field);

export const ruleViolated = (message: string, field?: string, problems?: readonly { field: string; message: string }[]) =>
  new DomainError('RULE_VIOLATED', message, field, problems);

export const alreadyExists = (message: string, field?: string) => new DomainError('ALREADY_EXISTS', message, field);

export const forbidden = (message: string, field?: string) => new DomainError('FORBIDDEN', message, field);
