import type { Decider } from '../shared/decider.js';
import { alreadyExists, invalidInput, notFound, ruleViolated } from '../shared/errors.js';
import type { DomainEvent } from '../shared/event.js';
import { requireText } from '../shared/ids.js';
import { requireApprovable, requireReviewer } from './draft-approvability.js';
import { applyDraftEdit, resolveDraftEdits, type DraftEdit } from './draft-edits.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * A document on its way in, as an aggregate of its own (stream `draft-<sha256>`): the document
 * received (its bytes kept by their SHA-256), a draft proposed by a reader, the reviewer's edits,
 * then approved (its facts recorded through the command runner) or rejected. One draft per document:
 * its id is the document's SHA-256.
 */
export const DRAFT_MEDIA_TYPES = [
  'text/plain',
  'text/markdown',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type DraftMediaType = (typeof DRAFT_MEDIA_TYPES)[number];

/**
 * How large a proposed draft may be, as the store writes it (JSON with every non-ASCII character
 * escaped as \uXXXX): its event is relayed to Kafka too, whose messages stay under 1 MB.
 */
export const MAX_DRAFT_JSON_BYTES = 600_000;

/** The size of a value's JSON with non-ASCII characters escaped, as the store writes events. */
const storedJsonSize = (value: unknown): number => {
  const json = JSON.stringify(value);
  let size = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7e) size += 5;
  return size;
};

export interface ReceiveDocument {
  readonly type: 'ReceiveDocument';
  readonly draftId: string;
  readonly sha256: string;
  readonly fileName: string | null;
  readonly mediaType: string;
  readonly size: number;
  /** The province the document is of; null: a national decision (ADMIN only). */
  readonly provinceId: string | null;
}
export interface ProposeDraft {
  readonly type: 'ProposeDraft';
  readonly draftId: string;
  readonly draft: PlanDraft;
}
export interface EditDraft {
  readonly type: 'EditDraft';
  readonly draftId: string;
  readonly edits: readonly DraftEdit[];
}
/** What the approval recorded, as the application ran it through the command runner. */
export interface DraftRecorded {
  readonly planId: string | null;
  readonly directiveId: string | null;
  readonly tasks: readonly { readonly ref: string; readonly taskId: string }[];
  /** Facts the draft holds that the platform has no form for, or that lack what recording needs: kept in the draft. */
  readonly keptInDraftOnly: readonly { readonly what: string; readonly why: string }[];
}
export interface ApproveDraft {
  readonly type: 'ApproveDraft';
  readonly draftId: string;
  readonly recorded: DraftRecorded;
}
export interface RejectDraft {
  readonly type: 'RejectDraft';
  readonly draftId: string;
  readonly reason: string;
}
export type DocumentDraftCommand = ReceiveDocument | ProposeDraft | EditDraft | ApproveDraft | RejectDraft;

export type DocumentReceived = DomainEvent<
  'DocumentReceived',
  {
    draftId: string;
    sha256: string;
    fileName: string | null;
    mediaType: string;
    size: number;
    uploadedBy: string;
    at: string;
    provinceId: string | null;
  }
>;
export type DraftProposed = DomainEvent<'DraftProposed', { draftId: string; reader: { name: string; version: string }; draft: PlanDraft }>;
export type DraftEdited = DomainEvent<'DraftEdited', { draftId: string; by: string; edits: DraftEdit[] }>;
export type DraftApproved = DomainEvent<'DraftApproved', { draftId: string; approvedBy: string; at: string; recorded: DraftRecorded }>;
export type DraftRejected = DomainEvent<'DraftRejected', { draftId: string; rejectedBy: string; at: string; reason: string }>;
export type DocumentDraftEvent = DocumentReceived | DraftProposed | DraftEdited | DraftApproved | DraftRejected;

export type DraftStatus = 'NONE' | 'RECEIVED' | 'PROPOSED' | 'APPROVED' | 'REJECTED';

export interface DocumentDraftState {
  readonly status: DraftStatus;
  readonly document: DocumentReceived['data'] | null;
  readonly reader: { readonly name: string; readonly version: string } | null;
  /** The draft as proposed with every edit applied. */
  readonly draft: PlanDraft | null;
  readonly edits: number;
  readonly approval: DraftApproved['data'] | null;
  readonly rejection: DraftRejected['data'] | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

const requireOpen = (state: DocumentDraftState, draftId: string, action: string): void => {
  if (state.status === 'NONE') throw notFound('id', `no document ${draftId} was received`);
  if (state.status === 'APPROVED' || state.status === 'REJECTED') {
    throw ruleViolated(`the draft of ${draftId} is already ${state.status.toLowerCase()}: it cannot be ${action}`, 'id');
  }
};

const requireProposed = (state: DocumentDraftState, draftId: string, action: string): PlanDraft => {
  requireOpen(state, draftId, action);
  if (!state.draft) throw ruleViolated(`no draft of ${draftId} is proposed yet: propose one first`, 'id');
  return state.draft;
};

/** The draft's sources point into its own text. */
const requireSourcesInText = (draft: PlanDraft): void => {
  const lines = draft.document.text.split('\n').length;
  draft.tasks.forEach((task, i) => {
    const { startLine, endLine } = task.source;
    if (!(Number.isInteger(startLine) && startLine >= 1 && endLine >= startLine && endLine <= lines)) {
      throw invalidInput(
        `draft.tasks[${i}].source`,
        `task ${task.ref}: lines ${startLine}–${endLine} are not lines of the text (${lines})`,
      );
    }
  });
};

const initialState = (): DocumentDraftState => ({
  status: 'NONE',
  document: null,
  reader: null,
  draft: null,
  edits: 0,
  approval: null,
  rejection: null,
});

const evolve = (state: DocumentDraftState, event: DocumentDraftEvent): DocumentDraftState => {
  switch (event.type) {
    case 'DocumentReceived':
      return { ...state, status: 'RECEIVED', document: event.data };
    case 'DraftProposed':
      return { ...state, status: 'PROPOSED', reader: event.data.reader, draft: event.data.draft, edits: 0 };
    case 'DraftEdited':
      return { ...state, draft: event.data.edits.reduce(applyDraftEdit, state.draft!), edits: state.edits + 1 };
    case 'DraftApproved':
      return { ...state, status: 'APPROVED', approval: event.data };
    case 'DraftRejected':
      return { ...state, status: 'REJECTED', rejection: event.data };
  }
};

export const documentDraftDecider: Decider<DocumentDraftCommand, DocumentDraftState, DocumentDraftEvent> = {
  initialState,
  evolve,
  decide: (command, state, context) => {
    switch (command.type) {
      case 'ReceiveDocument': {
        if (!SHA256.test(command.sha256)) throw invalidInput('sha256', `"${command.sha256}" is not a SHA-256 in lower-case hex`);
        if (command.draftId !== command.sha256) throw invalidInput('id', "a document's draft id is its SHA-256");
        if (!(DRAFT_MEDIA_TYPES as readonly string[]).includes(command.mediaType)) {
          throw invalidInput('mediaType', `"${command.mediaType}" is not a document type accepted (${DRAFT_MEDIA_TYPES.join(', ')})`);
        }
        if (!Number.isInteger(command.size) || command.size <= 0) throw invalidInput('size', 'the document is empty');
        requireReviewer(command.provinceId, context, 'receive');
        if (state.status !== 'NONE') throw alreadyExists(`document ${command.sha256} is already received`, 'sha256');
        const { draftId, sha256, mediaType, size, provinceId } = command;
        const fileName = command.fileName ? requireText(command.fileName, 'fileName').slice(0, 255) : null;
        return [
          {
            type: 'DocumentReceived',
            data: { draftId, sha256, fileName, mediaType, size, uploadedBy: context.recordedBy, at: context.occurredAt, provinceId },
          },
        ];
      }
      case 'ProposeDraft': {
        requireOpen(state, command.draftId, 'proposed again');
        requireReviewer(state.document!.provinceId, context, 'propose');
        const { draft } = command;
        if (draft.document.sha256 !== state.document!.sha256) {
          throw invalidInput('draft.document.sha256', `the draft reads document ${draft.document.sha256}, not ${state.document!.sha256}`);
        }
        const size = storedJsonSize(draft);
        if (size > MAX_DRAFT_JSON_BYTES) {
          throw invalidInput('draft', `the draft takes ${size} bytes as stored, more than ${MAX_DRAFT_JSON_BYTES}: split the document`);
        }
        requireSourcesInText(draft);
        const reader = {
          name: requireText(draft.reader.name, 'draft.reader.name'),
          version: requireText(draft.reader.version, 'draft.reader.version'),
        };
        return [{ type: 'DraftProposed', data: { draftId: command.draftId, reader, draft } }];
      }
      case 'EditDraft': {
        const draft = requireProposed(state, command.draftId, 'edited');
        requireReviewer(state.document!.provinceId, context, 'edit');
        const { edits } = resolveDraftEdits(draft, command.edits);
        return [{ type: 'DraftEdited', data: { draftId: command.draftId, by: context.recordedBy, edits } }];
      }
      case 'ApproveDraft': {
        const draft = requireProposed(state, command.draftId, 'approved');
        requireReviewer(state.document!.provinceId, context, 'approve');
        requireApprovable(draft, state.document!.provinceId !== null);
        return [
          {
            type: 'DraftApproved',
            data: { draftId: command.draftId, approvedBy: context.recordedBy, at: context.occurredAt, recorded: command.recorded },
          },
        ];
      }
      case 'RejectDraft': {
        requireOpen(state, command.draftId, 'rejected');
        requireReviewer(state.document!.provinceId, context, 'reject');
        const reason = requireText(command.reason, 'reason');
        return [
          { type: 'DraftRejected', data: { draftId: command.draftId, rejectedBy: context.recordedBy, at: context.occurredAt, reason } },
        ];
      }
    }
  },
};

/** A draft's state from its stream's events: what the review's read path shows. */
export const documentDraftStateOf = (events: readonly { type: string; data: unknown }[]): DocumentDraftState =>
  events.reduce((state, event) => evolve(state, event as DocumentDraftEvent), initialState());
