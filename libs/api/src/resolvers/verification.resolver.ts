import { readCheckpoints } from '@monitor/audit';
import type { EventStore } from '@monitor/event-store';
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.js';
import { AuditCheckpoints } from '../platform/audit-checkpoints.js';
import { EVENT_STORE } from '../platform/tokens.js';

const MAX_CHECKPOINTS = 100;

/**
 * The store's verification state, read-only: what this server's last verification of the whole store
 * found (it verifies at start, on schedule and at shut-down; `monitor verify` runs apart and prints
 * its own), and the signed checkpoints the store holds, each recorded after a verification passed.
 */
@Resolver('Query')
export class VerificationResolver {
  constructor(
    private readonly checkpoints: AuditCheckpoints,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Query('verificationState')
  @Roles('AUDITOR', 'ADMIN')
  async verificationState(@Args('lastCheckpoints') lastCheckpoints: number) {
    const count = Math.max(0, Math.min(lastCheckpoints, MAX_CHECKPOINTS));
    const recorded = await readCheckpoints(this.store);
    const run = this.checkpoints.lastRun();
    const report = run?.report ?? null;
    return {
      lastRun: run && {
        at: run.at,
        verified: report !== null && report.failure === null,
        events: report?.events ?? 0,
        unchained: report?.unchained ?? 0,
        checkpointsChecked: report?.checkpointsChecked ?? 0,
        checkpointsUnsigned: report?.checkpointsUnsigned ?? 0,
        uncoveredEvents: run.uncoveredEvents,
        finding: report?.failure ? { ...report.failure, position: String(report.failure.position) } : null,
        error: run.error,
      },
      checkpointCount: recorded.length,
      checkpoints: (count === 0 ? [] : recorded.slice(-count)).reverse().map(({ event, checkpoint }) => ({
        sequence: checkpoint.sequence ?? null,
        position: String(event.position),
        recordedAt: event.recordedAt,
        recordedBy: event.metadata().recordedBy,
        events: checkpoint.events,
        throughPosition: checkpoint.throughPosition,
        globalHash: checkpoint.globalHash,
        signed: checkpoint.signature !== null,
      })),
    };
  }
}
