import { createHash } from 'node:crypto';
import {
  approvalOfDraft,
  documentDraftDecider,
  documentDraftStateOf,
  firstDay,
  streams,
  vietnamStartOfDay,
  type ApprovalFact,
  type DraftRecorded,
} from '@monitor/domain';
import type { EventStore, Position } from '@monitor/event-store';
import type { CommandRunner, RunContext } from '../commands/command-runner.js';
import { preflightApproval, refusedFact } from './approval-preflight.js';

export interface DraftApprovalOutcome {
  readonly recorded: DraftRecorded;
  /** Position of the DraftApproved event: every fact of the approval is at or before it. */
  readonly position: Position;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

/**
 * Approves a draft: its facts recorded through the one command runner, each event carrying the
 * document's SHA-256 and the lines of its fact (metadata `source`), then DraftApproved naming what
 * was recorded. All or nothing for the reviewer:
 * 1. the draft's own rules first (open, the reviewer's to approve, complete enough);
 * 2. every fact decided against the store before any is written (preflightApproval), so a refusal
 *    names its fact and nothing is recorded;
 * 3. the facts and DraftApproved appended in one commit of the store (SQLite, in memory: together or
 *    not at all). A store without transactions across streams (KurrentDB) keeps what was appended
 *    before a late refusal (a concurrent write between 2 and 3): the error says what; each fact's
 *    event ids derive from the draft and the fact, so approving again records only the rest.
 */
export class DraftApproval {
  constructor(
    private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async approve(draftId: string, context: RunContext): Promise<DraftApprovalOutcome> {
    const state = documentDraftStateOf(await this.store.readStream(streams.documentDraft(draftId)));
    const placeholder: DraftRecorded = { planId: null, directiveId: null, tasks: [], keptInDraftOnly: [] };
    // Throws when the draft is not open, not the caller's to approve or not complete enough.
    documentDraftDecider.decide({ type: 'ApproveDraft', draftId, recorded: placeholder }, state, context);
    const plan = approvalOfDraft(draftId, state.draft!, state.document!.provinceId);
    const contextOf = (fact: ApprovalFact): RunContext => ({
      ...context,
      actor: plan.actor,
      occurredAt: vietnamStartOfDay(firstDay(plan.occurredOn)),
      occurredAtPrecision: plan.occurredOn.precision,
      causationId: `draft:${draftId}`,
      source: fact.source,
      commandId: `draft:${draftId}:${digest([fact.command, fact.source])}`,
    });
    await preflightApproval(this.store, plan.facts, contextOf, this.clock());
    const done: string[] = [];
    const recordedSoFar = () =>
      this.store.keptWhenOneCommitThrows === 'none' || done.length === 0
        ? 'nothing was recorded'
        : `already recorded: ${done.join(', ')} (approving again records only the rest)`;
    const position = await this.store.inOneCommit(async () => {
      for (const fact of plan.facts) {
        try {
          await this.runner.run(fact.command, contextOf(fact));
        } catch (error) {
          throw refusedFact(fact, error, recordedSoFar());
        }
        done.push(fact.what);
      }
      return (await this.runner.run({ type: 'ApproveDraft', draftId, recorded: plan.recorded }, context)).position;
    });
    return { recorded: plan.recorded, position };
  }
}
