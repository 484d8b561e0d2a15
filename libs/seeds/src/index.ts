import { readSeedDocument, SEED_DOCUMENT_STEMS } from './documents/seed-documents.js';
import { seedsFromDocument } from './documents/seeds-from-document.js';
import { kh59Seeds } from './plans/bac-giang-59-kh-ubnd.js';
import { provinceMergerSeeds } from './province-mergers.js';
import { registeredSeeds } from './registered.js';
import type { SeedCommand } from './seed-command.js';

export type { SeedCommand } from './seed-command.js';

/** Computed on first use, then kept: importing the seeds costs nothing until they are asked for. */
const once = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= compute());
};

/** The five seed documents, each with its bytes, hash and the reviewer's corrections. */
export const seedDocuments = once(() => SEED_DOCUMENT_STEMS.map(readSeedDocument));

/**
 * The seeds as commands, in causal order: provinces, units, directives (each after what it
 * implements), registered by hand; then each plan, oldest first and a parent before its children,
 * followed by its tasks and their assignments, read from its document by the plan reader and
 * approved with the reviewer's corrections (documents/<stem>.review.json); 59/KH-UBND, of which no
 * document is in the set, by hand; last, the 2025 province mergers. Reading the documents takes a
 * few hundred milliseconds, so it happens on the first call (a CLI command that needs no seeds never
 * pays it).
 */
export const seedCommands = once((): readonly SeedCommand[] => {
  const [qd684, kh41, kh2020May, kh2021To2025, kh2811] = seedDocuments().map(seedsFromDocument);
  return [...registeredSeeds, ...qd684!, ...kh59Seeds, ...kh41!, ...kh2020May!, ...kh2021To2025!, ...kh2811!, ...provinceMergerSeeds];
});
export { seedReaderLists } from './registered.js';
export { draftOfSeedDocument, reviewedDraftOf } from './documents/seeds-from-document.js';
export type { SeedDocument, SeedReview } from './documents/seed-documents.js';
