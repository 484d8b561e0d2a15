import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Principal, Role } from './principal.js';

const ROLES_KEY = 'monitor:roles';

/** The roles allowed to call a resolver. A GraphQL root field without it is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const READERS: Role[] = ['ANALYST', 'AUDITOR', 'ADMIN', 'PROVINCE'];
export const WRITERS: Role[] = ['PROVINCE', 'ADMIN'];

export interface RequestContext {
  readonly principal: Principal;
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    const { principal } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (allowed?.includes(principal.role)) return true;
    const field = GqlExecutionContext.create(context).getInfo().fieldName;
    // The HTTP status (403 when nothing else in the operation answered) is set by refusalStatusPlugin.
    throw new GraphQLError(`role ${principal.role} may not use ${field}`, { extensions: { code: 'FORBIDDEN' } });
  }
}
