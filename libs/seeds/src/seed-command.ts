import type { Actor, PartialDate, PlatformCommand } from '@monitor/domain';

/**
 * One fact of the seed documents as the command that records it. `actor` is who did it in the world
 * (the signer of a plan, for the plan, its tasks and assignments), null where the documents do not
 * say; `occurredOn` is the date the document carries, at the precision it carries it.
 */
export interface SeedCommand {
  readonly command: PlatformCommand;
  readonly actor: Actor | null;
  readonly occurredOn: PartialDate;
}
