import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApprovalIds, DraftEdit } from '@monitor/domain';

/**
 * The reviewer's corrections to the reader's draft of one seed document, kept beside it as
 * `<stem>.review.json`: the same edits a reviewer sends the draft aggregate (DraftEdited), and the ids
 * the seeds keep (records that existed before they were read from the document keep their ids).
 */
export interface SeedReview {
  readonly document: string;
  readonly note: string;
  readonly edits: readonly DraftEdit[];
  readonly record: ApprovalIds;
}

export interface SeedDocument {
  readonly fileName: string;
  /** The original bytes, as a province would upload them. */
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly text: string;
  readonly review: SeedReview;
}

// libs/seeds/documents, from src/documents/ and from dist/documents/ alike.
const folder = new URL('../../documents/', import.meta.url);

/** The five seed documents with their corrections, read from the files kept in the repository. */
export const SEED_DOCUMENT_STEMS = [
  '002_89741a6375833d06', // Bắc Kạn 684/QĐ-UBND, 2016
  '000_38f67a73e73a8b3a', // Bắc Giang 41/KH-KHCN, 2017
  '004_95d111a6ff9658f7', // Bắc Giang, May 2020
  '001_a52528fd2cd2c5a4', // Bắc Giang, 2021–2025 (July 2020)
  '003_a5daf25e3b3fc85b', // Hà Nam 2811/KH-UBND, 2020
] as const;

export const readSeedDocument = (stem: string): SeedDocument => {
  const bytes = readFileSync(new URL(`${stem}.txt`, folder));
  const review = JSON.parse(readFileSync(new URL(`${stem}.review.json`, folder), 'utf8')) as SeedReview;
  return {
    fileName: `${stem}.txt`,
    bytes: new Uint8Array(bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: bytes.toString('utf8'),
    review,
  };
};
