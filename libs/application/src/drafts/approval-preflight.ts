import { DomainError, routeCommand, type ApprovalFact, type CommandContext, type PlatformCommand } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';
import { checkReferences } from '../commands/reference-checks.js';

/** A refusal of one fact of an approval, naming it, the lines it was read from, and what was recorded. */
export const refusedFact = (fact: ApprovalFact, error: unknown, recorded: string): Error => {
  if (!(error instanceof DomainError)) return error as Error;
  const { startLine, endLine } = fact.source;
  return new DomainError(
    error.code,
    `${fact.what} (lines ${startLine}–${endLine}) was refused: ${error.message}; ${recorded}`,
    error.field,
  );
};

/**
 * Decides every fact of an approval against the store as it is, writing nothing, so that what the
 * command runner would refuse is refused before the first fact is recorded: the reference checks
 * (units registered and the province's own, directives known, dates), then the aggregate's rules on
 * its stream (a plan or task already recorded, a deadline or target not valid). A task's plan is not
 * recorded yet: its definition is decided with the plan's province, its assignment's units are checked.
 */
export const preflightApproval = async (
  store: EventStore,
  facts: readonly ApprovalFact[],
  contextOf: (fact: ApprovalFact) => CommandContext,
  now: Date,
): Promise<void> => {
  const planProvince = facts.find((f) => f.command.type === 'IssuePlan')?.command as
    Extract<PlatformCommand, { type: 'IssuePlan' }> | undefined;
  for (const fact of facts) {
    const context = contextOf(fact);
    try {
      if (fact.command.type === 'DefineTask') {
        const checked = { ...fact.command, provinceId: planProvince!.provinceId };
        const { stream, decider } = routeCommand(checked);
        const events = await store.readStream(stream);
        decider.decide(checked, events.reduce(decider.evolve, decider.initialState()), context);
        continue;
      }
      const checked = await checkReferences(store, fact.command, context, now);
      if (fact.command.type === 'AssignTask') continue;
      const { stream, decider } = routeCommand(checked);
      const events = await store.readStream(stream);
      decider.decide(checked, events.reduce(decider.evolve, decider.initialState()), context);
    } catch (error) {
      throw refusedFact(fact, error, 'nothing was recorded');
    }
  }
};
