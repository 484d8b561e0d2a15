import { DraftApproval, type DraftApprovalOutcome } from '@monitor/application';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../auth/principal.js';
import { contextFor } from './command-context.js';

/**
 * Approving a draft as the command bus carries it: one command that records many facts (the plan,
 * each task and its assignment) through the one command runner, or none (see DraftApproval).
 */
export class ApproveDraftMutation extends Command<DraftApprovalOutcome> {
  constructor(
    readonly draftId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

@CommandHandler(ApproveDraftMutation)
export class ApproveDraftHandler implements ICommandHandler<ApproveDraftMutation> {
  constructor(private readonly approval: DraftApproval) {}

  execute({ draftId, principal }: ApproveDraftMutation): Promise<DraftApprovalOutcome> {
    return this.approval.approve(draftId, contextFor(principal, null, { instant: null }));
  }
}
