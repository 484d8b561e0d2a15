import { DomainError, firstDay, vietnamStartOfDay } from '@monitor/domain';
import type { SeedCommand } from '@monitor/seeds';
import { createHash } from 'node:crypto';
import type { CommandRunner } from '../commands/command-runner.js';

export interface SeedReport {
  readonly recorded: number;
  readonly alreadyRecorded: number;
  /** Seed entries the record already holds in another form (a changed seed): kept as recorded. */
  readonly conflicting: readonly string[];
}

/**
 * The store holds a record the seeds cannot be added to without contradicting it (a store seeded
 * before the 2025 units were recorded apart: `ninh-binh` as the successor of 1 July 2025). Nothing
 * is rewritten: seed a new data directory (README, "The provinces").
 */
export class SeedRefusedError extends Error {
  constructor(seed: SeedCommand, cause: DomainError) {
    super(
      `the store cannot take the seed entry ${seed.command.type} (${cause.message}): it holds an earlier seed's record that the current seeds contradict. ` +
        'Events are never rewritten: start the platform on a new data directory to seed it afresh.',
      { cause },
    );
    this.name = 'SeedRefusedError';
  }
}

/** A seed entry's id follows its content, so a restart recognises what it already recorded. */
const seedCommandId = (seed: SeedCommand) => `seed:${createHash('sha256').update(JSON.stringify(seed)).digest('hex').slice(0, 32)}`;

/**
 * Records the curated seed documents through the same command path as every other write. Running it
 * again records nothing twice: each entry carries an id derived from its content.
 */
export const seedPlatform = async (runner: CommandRunner, seeds: readonly SeedCommand[]): Promise<SeedReport> => {
  let recorded = 0;
  let alreadyRecorded = 0;
  const conflicting: string[] = [];
  for (const seed of seeds) {
    const commandId = seedCommandId(seed);
    try {
      const outcome = await runner.run(seed.command, {
        commandId,
        actor: seed.actor,
        occurredAt: vietnamStartOfDay(firstDay(seed.occurredOn)),
        occurredAtPrecision: seed.occurredOn.precision,
        recordedBy: 'system:seed',
        actingForProvince: null,
        correlationId: commandId,
        // A fact read from a seed document carries its sentence, as an approved draft's facts do.
        causationId: seed.source ? `draft:${seed.source.documentSha256}` : null,
        ...(seed.source ? { source: seed.source } : {}),
      });
      if (outcome.alreadyRecorded) alreadyRecorded++;
      else recorded++;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'ALREADY_EXISTS') conflicting.push(`${seed.command.type}: ${error.message}`);
      else if (error instanceof DomainError && error.code === 'RULE_VIOLATED') throw new SeedRefusedError(seed, error);
      else throw error;
    }
  }
  return { recorded, alreadyRecorded, conflicting };
};
