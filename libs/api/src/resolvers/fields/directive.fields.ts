import type { DirectiveView } from '@monitor/read-models';
import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MonitoringReads } from '../../platform/monitoring-reads.js';
import { oncePerQuery } from '../once-per-query.js';

@Resolver('Directive')
export class DirectiveResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('implements') implements(@Parent() directive: DirectiveView) {
    return this.reads.directives(directive.implements);
  }
  @ResolveField('province') province(@Parent() directive: DirectiveView) {
    return directive.provinceId ? this.reads.province(directive.provinceId) : null;
  }
  @ResolveField('corrections') corrections(@Parent() directive: DirectiveView) {
    return directive.corrections ?? [];
  }
  @ResolveField('plans') plans(
    @Parent() directive: DirectiveView,
    @Args('province') province: string | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    const provinceId = province ? this.reads.requireProvince(province).id : null;
    return oncePerQuery(context, info, `directive-plans:${directive.id}`, () => this.reads.planIdsOf(directive))
      .map((id) => this.reads.plan(id)!)
      .filter((plan) => !provinceId || plan.provinceId === provinceId);
  }
}
