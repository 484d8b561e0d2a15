import { readFileSync } from 'node:fs';
import { scoreDraft, type ReviewedDocument } from '@monitor/importer';
import { seedCommands, seedDocuments } from '../index.js';
import { reviewedDraftOf } from './seeds-from-document.js';

// The careful reading of the five documents (libs/importer/reviewed): the corrections are the
// reviewer's, this proves they bring the reader's draft to that reading.
const reviewedReading = (stem: string) =>
  JSON.parse(readFileSync(new URL(`../../../importer/reviewed/${stem}.json`, import.meta.url), 'utf8')) as ReviewedDocument;

describe.each(seedDocuments().map((doc) => [doc.fileName, doc] as const))('seed document %s, with its corrections', (fileName, doc) => {
  const reviewed = reviewedReading(fileName.replace(/\.txt$/, ''));
  const draft = reviewedDraftOf(doc);

  it('holds every reviewed task, with its leads, coordinating units and due day, and no other', () => {
    const score = scoreDraft(draft, reviewed);
    expect(score.misses).toEqual([]);
    expect(draft.tasks).toHaveLength(reviewed.taskCount);
  });

  it('names only registered units, and reads the document whose hash it carries', () => {
    const unmatched = draft.tasks.flatMap((t) =>
      [...t.leadUnits, ...t.coordinatingUnits].filter((u) => u.unitId === null).map((u) => `${t.ref}: ${u.name}`),
    );
    expect(unmatched).toEqual([]);
    expect(draft.document.sha256).toBe(doc.sha256);
    expect(doc.review.document).toBe(fileName);
  });
});

describe('the seeds read from the documents', () => {
  it('carry, for every plan, task and assignment, the document’s SHA-256 and the lines it was read from', () => {
    const read = seedCommands().filter((s) => ['IssuePlan', 'DefineTask', 'AssignTask'].includes(s.command.type));
    const byHand = read.filter((s) => !s.source).map((s) => ('planId' in s.command ? s.command.planId : s.command.type));
    expect(byHand).toEqual(['bac-giang.59-kh-ubnd']); // no document of 59/KH-UBND is in the set
    const hashes = new Set(seedDocuments().map((d) => d.sha256));
    for (const s of read.filter((x) => x.source)) {
      expect(hashes.has(s.source!.documentSha256)).toBe(true);
      expect(s.source!.startLine).toBeLessThanOrEqual(s.source!.endLine);
    }
    expect(seedCommands().filter((s) => s.command.type === 'DefineTask')).toHaveLength(82);
  });
});
