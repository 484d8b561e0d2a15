import type { Actor, CheckedCommand, FactSource, PartialDate } from '@monitor/domain';

/**
 * One fact of the seed documents as the command that records it. `actor` is who did it in the world
 * (the signer of a plan, for the plan, its tasks and assignments), null where the documents do not
 * say; `occurredOn` is the date the document carries, at the precision it carries it. A fact read
 * from a seed document carries its `source` (the document's SHA-256 and the lines), as an approved
 * draft's facts do; one registered by hand (units, provinces, directives) has none.
 */
export interface SeedCommand {
  /** Complete as the documents state it: a task carries its plan's province, which the checks confirm. */
  readonly command: CheckedCommand;
  readonly actor: Actor | null;
  readonly occurredOn: PartialDate;
  readonly source?: FactSource;
}
