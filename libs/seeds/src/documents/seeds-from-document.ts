import { approvalOfDraft, resolveDraftEdits, type PlanDraft } from '@monitor/domain';
import { draftPlan } from '@monitor/importer';
import type { SeedCommand } from '../seed-command.js';
import { seedReaderLists } from '../registered.js';
import type { SeedDocument } from './seed-documents.js';

/** The reader's draft of a seed document, matched against what the seeds register by hand. */
export const draftOfSeedDocument = (doc: SeedDocument): PlanDraft =>
  draftPlan({ text: doc.text, sha256: doc.sha256, fileName: doc.fileName }, seedReaderLists());

/** The draft with the reviewer's corrections applied, as the draft aggregate applies DraftEdited. */
export const reviewedDraftOf = (doc: SeedDocument): PlanDraft => {
  const draft = draftOfSeedDocument(doc);
  return doc.review.edits.length === 0 ? draft : resolveDraftEdits(draft, doc.review.edits).draft;
};

/**
 * A seed document as the commands an upload and its approval record: the document received (its
 * bytes are stored by the platform at seeding), then the facts of the approved draft
 * (draft-facts.ts), each carrying the document's SHA-256 and its lines. The draft's own events
 * (proposed, edited, approved) are not recorded: the reader's draft and the corrections are
 * derived again from the files whenever the seeds are built. Two differences from a reviewer's
 * approval, both of the seeds' past: the ids the record held before (review.record), and a task the
 * document hands to no unit is defined and left unassigned, where a reviewer's approval asks for a
 * lead first.
 */
export const seedsFromDocument = (doc: SeedDocument): SeedCommand[] => {
  const draft = reviewedDraftOf(doc);
  const provinceId = draft.document.provinceId;
  if (!provinceId) throw new Error(`${doc.fileName}: the draft names no province`);
  const approval = approvalOfDraft(doc.sha256, draft, provinceId, doc.review.record);
  // The document received, as an upload records it: an auditor fetches it by the hash each fact carries.
  const received: SeedCommand = {
    command: {
      type: 'ReceiveDocument',
      draftId: doc.sha256,
      sha256: doc.sha256,
      fileName: doc.fileName,
      mediaType: 'text/plain',
      size: doc.bytes.length,
      provinceId,
    },
    actor: null,
    occurredOn: approval.occurredOn,
  };
  const facts = approval.facts.flatMap((fact): SeedCommand[] => {
    const { command } = fact;
    if (command.type === 'AssignTask' && command.leadUnitIds.length + command.coordinatorUnitIds.length === 0) return [];
    const checked = command.type === 'DefineTask' ? { ...command, provinceId } : command;
    return [{ command: checked as SeedCommand['command'], actor: approval.actor, occurredOn: approval.occurredOn, source: fact.source }];
  });
  return [received, ...facts];
};
