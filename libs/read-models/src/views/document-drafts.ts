import type { DraftStatus } from '@monitor/domain';
import type { ProjectedEvent } from './provenance.js';

/**
 * A document under review as lists show it: where its review stands, not its draft (the draft is
 * read from the document's own stream when one is asked for; it holds the whole text).
 */
export interface DocumentDraftView {
  readonly id: string;
  readonly sha256: string;
  readonly provinceId: string | null;
  readonly fileName: string | null;
  readonly mediaType: string;
  readonly size: number;
  readonly uploadedBy: string;
  readonly receivedAt: string;
  status: DraftStatus;
  reader: { readonly name: string; readonly version: string } | null;
  tasks: number;
  edits: number;
  /** The plan (or national directive) the approval recorded. */
  recordedPlanId: string | null;
  recordedDirectiveId: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

type DraftEvent = Extract<
  ProjectedEvent,
  { type: 'DocumentReceived' | 'DraftProposed' | 'DraftEdited' | 'DraftApproved' | 'DraftRejected' }
>;

/** Applies one review event to the list of documents under review, in place. */
export const applyDraftEvent = (drafts: Map<string, DocumentDraftView>, event: DraftEvent): void => {
  if (event.type === 'DocumentReceived') {
    const d = event.data;
    drafts.set(d.draftId, {
      id: d.draftId,
      sha256: d.sha256,
      provinceId: d.provinceId,
      fileName: d.fileName,
      mediaType: d.mediaType,
      size: d.size,
      uploadedBy: d.uploadedBy,
      receivedAt: event.recordedAt,
      status: 'RECEIVED',
      reader: null,
      tasks: 0,
      edits: 0,
      recordedPlanId: null,
      recordedDirectiveId: null,
      decidedAt: null,
      decidedBy: null,
    });
    return;
  }
  const view = drafts.get(event.data.draftId);
  if (!view) return;
  switch (event.type) {
    case 'DraftProposed':
      Object.assign(view, { status: 'PROPOSED', reader: event.data.reader, tasks: event.data.draft.tasks.length, edits: 0 });
      return;
    case 'DraftEdited': {
      view.edits++;
      const added = event.data.edits.filter((e) => e.op === 'ADD_TASK').length;
      view.tasks += added - event.data.edits.filter((e) => e.op === 'REMOVE_TASK').length;
      return;
    }
    case 'DraftApproved':
      Object.assign(view, {
        status: 'APPROVED',
        recordedPlanId: event.data.recorded.planId,
        recordedDirectiveId: event.data.recorded.directiveId,
        decidedAt: event.data.at,
        decidedBy: event.data.approvedBy,
      });
      return;
    case 'DraftRejected':
      Object.assign(view, { status: 'REJECTED', decidedAt: event.data.at, decidedBy: event.data.rejectedBy });
      return;
  }
};
