import { DomainError } from '@monitor/domain';
import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError } from 'graphql';

const STATUS: Record<DomainError['code'], HttpStatus> = {
  INVALID_INPUT: HttpStatus.BAD_REQUEST,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  ALREADY_EXISTS: HttpStatus.CONFLICT,
  RULE_VIOLATED: HttpStatus.UNPROCESSABLE_ENTITY,
  CONCURRENCY_CONFLICT: HttpStatus.CONFLICT,
};

/** A refusal over plain HTTP: its status, and the same `code` and `field` GraphQL errors carry. */
export const refusal = (status: HttpStatus, code: string, message: string, field?: string) =>
  new HttpException({ message, code, ...(field ? { field } : {}) }, status);

/** Domain refusals and failed sign-ins as HTTP answers; anything else is left to Nest (500, logged). */
export const asHttpRefusal = (error: unknown): unknown => {
  if (error instanceof DomainError) return refusal(STATUS[error.code], error.code, error.message, error.field);
  if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
    return refusal(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', error.message);
  }
  return error;
};
