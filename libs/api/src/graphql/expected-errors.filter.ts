import { DomainError } from '@monitor/domain';
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Refusals (a domain rule, bad input, a missing role) are answers, not faults: hand them to the
 * GraphQL error formatter as they are, instead of Nest logging each one as an error.
 */
@Catch(DomainError, GraphQLError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(error: DomainError | GraphQLError) {
    return error;
  }
}
