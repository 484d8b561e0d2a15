import { CheckpointedProjector } from '@monitor/application';
import { notFound } from '@monitor/domain';
import { findDirective, findProvince, type DirectiveView, type MonitoringState, type ProvinceView } from '@monitor/read-models';
import { Injectable } from '@nestjs/common';

/** The projector that keeps the monitoring views current; a class of its own so Nest can inject it. */
export class MonitoringProjector extends CheckpointedProjector<MonitoringState> {}

/** Read access to the monitoring views, with look-ups that fail with a clear error. */
@Injectable()
export class MonitoringViews {
  constructor(private readonly projector: MonitoringProjector) {}

  get state(): MonitoringState {
    return this.projector.state;
  }

  requireDirective(typed: string, field = 'directive', state = this.state): DirectiveView {
    const directive = findDirective(state, typed);
    if (!directive) throw notFound(field, `no directive "${typed}" is registered`);
    return directive;
  }

  requireProvince(typed: string, field = 'province', state = this.state): ProvinceView {
    const province = findProvince(state, typed);
    if (!province) throw notFound(field, `no province "${typed}" is registered`);
    return province;
  }
}
