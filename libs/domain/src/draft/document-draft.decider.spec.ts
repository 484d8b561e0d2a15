import { deciderSpec, nationalContext, provinceContext } from '../testing/decider-spec.js';
import { FIXTURE_SHA256, planDraftFixture } from '../testing/plan-draft-fixture.js';
import {
  documentDraftDecider,
  documentDraftStateOf,
  type DocumentDraftEvent,
  type DocumentReceived,
  type DraftEdited,
  type DraftProposed,
  type DraftRecorded,
} from './document-draft.decider.js';
import type { DraftEdit } from './draft-edits.js';

const draftId = FIXTURE_SHA256;
const received = (provinceId: string | null = 'ha-nam'): DocumentReceived => ({
  type: 'DocumentReceived',
  data: {
    draftId,
    sha256: FIXTURE_SHA256,
    fileName: '2811-kh-ubnd.txt',
    mediaType: 'text/plain',
    size: 900,
    uploadedBy: 'province:ha-nam',
    at: '2020-09-16T02:00:00.000Z',
    provinceId,
  },
});
const proposed: DraftProposed = {
  type: 'DraftProposed',
  data: { draftId, reader: { name: 'fixture-reader', version: '0.0.1' }, draft: planDraftFixture() },
};
const edited = (edits: DraftEdit[], by = 'ha-nam-system'): DraftEdited => ({ type: 'DraftEdited', data: { draftId, by, edits } });
const matchPartners: DraftEdit = {
  op: 'SET_TASK_COORDINATING_UNITS',
  taskRef: 'II.2',
  units: [{ name: 'UBND các huyện', unitId: 'ha-nam.ubnd-huyen' }],
};
const recorded: DraftRecorded = { planId: 'ha-nam.2811-kh-ubnd', directiveId: null, tasks: [], keptInDraftOnly: [] };
const haNam = deciderSpec(documentDraftDecider, provinceContext('ha-nam'));
const bacGiang = deciderSpec(documentDraftDecider, provinceContext('bac-giang'));
const admin = deciderSpec(documentDraftDecider, nationalContext);
const reviewed: DocumentDraftEvent[] = [received(), proposed, edited([matchPartners])];

describe('document draft: receiving and proposing', () => {
  it('receives a document for its province, with who uploaded it and when', () => {
    haNam
      .given([])
      .when({
        type: 'ReceiveDocument',
        draftId,
        sha256: FIXTURE_SHA256,
        fileName: '2811-kh-ubnd.txt',
        mediaType: 'text/plain',
        size: 900,
        provinceId: 'ha-nam',
      })
      .then([{ ...received(), data: { ...received().data, uploadedBy: 'ha-nam-system', at: '2020-09-16T02:00:00.000Z' } }]);
  });

  it('refuses a document of another province, a national one from a province, a type not accepted, the same document twice', () => {
    const receive = { type: 'ReceiveDocument', draftId, sha256: FIXTURE_SHA256, fileName: null, mediaType: 'text/plain', size: 1 } as const;
    bacGiang
      .given([])
      .when({ ...receive, provinceId: 'ha-nam' })
      .thenThrows('FORBIDDEN', /received for ha-nam/, 'id');
    haNam
      .given([])
      .when({ ...receive, provinceId: null })
      .thenThrows('FORBIDDEN', /reviewed by ADMIN/, 'id');
    haNam
      .given([])
      .when({ ...receive, mediaType: 'image/png', provinceId: 'ha-nam' })
      .thenThrows('INVALID_INPUT', /image\/png/, 'mediaType');
    haNam
      .given([received()])
      .when({ ...receive, provinceId: 'ha-nam' })
      .thenThrows('ALREADY_EXISTS', /already received/, 'sha256');
  });

  it('refuses a draft too large to store and relay', () => {
    const huge = planDraftFixture();
    const text = `${huge.document.text}\n${'Nhiệm vụ '.repeat(70_000)}`;
    haNam
      .given([received()])
      .when({ type: 'ProposeDraft', draftId, draft: { ...huge, document: { ...huge.document, text } } })
      .thenThrows('INVALID_INPUT', /more than 600000: split the document/, 'draft');
  });

  it("proposes a reader's draft of the document received, and refuses a draft of another document", () => {
    haNam.given([received()]).when({ type: 'ProposeDraft', draftId, draft: planDraftFixture() }).then([proposed]);
    haNam
      .given([received()])
      .when({ type: 'ProposeDraft', draftId, draft: planDraftFixture('b'.repeat(64)) })
      .thenThrows('INVALID_INPUT', /reads document b+/, 'draft.document.sha256');
  });
});

describe('document draft: edits', () => {
  it('records the edits, the deadline read again from its new wording', () => {
    haNam
      .given([received(), proposed])
      .when({ type: 'EditDraft', draftId, edits: [{ op: 'SET_TASK_DEADLINE', taskRef: 'II.1', text: 'Quý III/2021' }] })
      .then([
        edited([
          {
            op: 'SET_TASK_DEADLINE',
            taskRef: 'II.1',
            text: 'Quý III/2021',
            deadline: {
              kind: 'WITHIN_PERIOD',
              text: 'Quý III/2021',
              due: '2021-09-30',
              source: planDraftFixture().tasks[0].deadline!.source,
            },
          },
        ]),
      ]);
  });

  it('folds edits into the draft: tasks added with their lines, removed, header and implements set', () => {
    const state = documentDraftStateOf([
      ...reviewed,
      edited([
        { op: 'ADD_TASK', ref: 'III.1', title: 'Báo cáo kết quả', lines: { startLine: 11, endLine: 11 } },
        { op: 'REMOVE_TASK', taskRef: 'II.1' },
        { op: 'SET_HEADER', header: { title: 'Kế hoạch 696', signedBy: { name: 'Đinh Thị Lụa', title: null } } },
        {
          op: 'SET_CITES',
          references: [{ number: null, description: 'Kế hoạch KT-XH', directiveId: null, lines: { startLine: 6, endLine: 6 } }],
        },
      ]),
    ]);
    expect(state.draft!.tasks.map((t) => t.ref)).toEqual(['II.2', 'III.1']);
    expect(state.draft!.tasks[1].source).toEqual({
      startLine: 11,
      endLine: 11,
      text: 'Các đơn vị báo cáo kết quả về Sở KH&CN trước ngày 15/11 hằng năm.',
    });
    expect(state.draft!.tasks[0].coordinatingUnits).toEqual([{ name: 'UBND các huyện', unitId: 'ha-nam.ubnd-huyen' }]);
    expect(state.draft!.document.title).toBe('Kế hoạch 696');
    expect(state.draft!.document.signedBy).toEqual({ name: 'Đinh Thị Lụa', title: null });
    expect(state.draft!.document.cites[0].source.startLine).toBe(6);
    expect(state.edits).toBe(2);
  });

  it('refuses an edit naming no task of the draft, a deadline it cannot read, lines outside the document', () => {
    const when = (edits: DraftEdit[]) => haNam.given([received(), proposed]).when({ type: 'EditDraft', draftId, edits });
    when([{ op: 'SET_TASK_TITLE', taskRef: 'IX.9', title: 'x' }]).thenThrows(
      'NOT_FOUND',
      /edits\[0\] \(SET_TASK_TITLE\).*no task IX.9/,
      'edits[0].taskRef',
    );
    when([{ op: 'SET_TASK_DEADLINE', taskRef: 'II.1', text: 'sớm nhất có thể' }]).thenThrows(
      'INVALID_INPUT',
      /not a form the platform reads/,
      'edits[0].deadline.text',
    );
    when([{ op: 'ADD_TASK', ref: 'X', title: 'x', lines: { startLine: 10, endLine: 99 } }]).thenThrows(
      'INVALID_INPUT',
      /not lines of the document \(it has 14\)/,
      'edits[0].lines',
    );
    when([]).thenThrows('INVALID_INPUT', /at least one edit/, 'edits');
  });

  it('refuses edits after approval or rejection, and edits by another province', () => {
    const approved = { type: 'DraftApproved', data: { draftId, approvedBy: 'x', at: '2020-09-20T00:00:00.000Z', recorded } } as const;
    haNam
      .given([...reviewed, approved])
      .when({ type: 'EditDraft', draftId, edits: [matchPartners] })
      .thenThrows('RULE_VIOLATED', /already approved/, 'id');
    const rejected = {
      type: 'DraftRejected',
      data: { draftId, rejectedBy: 'x', at: '2020-09-20T00:00:00.000Z', reason: 'không phải kế hoạch' },
    } as const;
    haNam
      .given([received(), proposed, rejected])
      .when({ type: 'EditDraft', draftId, edits: [matchPartners] })
      .thenThrows('RULE_VIOLATED', /already rejected/, 'id');
    bacGiang
      .given([received(), proposed])
      .when({ type: 'EditDraft', draftId, edits: [matchPartners] })
      .thenThrows('FORBIDDEN', /may not edit/, 'id');
  });
});

describe('document draft: approval and rejection', () => {
  it("is approved by the province's own system or ADMIN once complete, naming what was recorded", () => {
    const approved = (by: string): DocumentDraftEvent[] => [
      { type: 'DraftApproved', data: { draftId, approvedBy: by, at: '2020-09-16T02:00:00.000Z', recorded } },
    ];
    haNam.given(reviewed).when({ type: 'ApproveDraft', draftId, recorded }).then(approved('ha-nam-system'));
    admin.given(reviewed).when({ type: 'ApproveDraft', draftId, recorded }).then(approved('national-admin'));
    bacGiang
      .given(reviewed)
      .when({ type: 'ApproveDraft', draftId, recorded })
      .thenThrows('FORBIDDEN', /received for ha-nam: a system of bac-giang may not approve/, 'id');
  });

  it('refuses an incomplete draft, naming each task ref and field at fault', () => {
    haNam
      .given([
        received(),
        proposed,
        edited([
          { op: 'SET_TASK_LEAD_UNITS', taskRef: 'II.1', units: [] },
          { op: 'SET_HEADER', header: { issuedOn: null } },
        ]),
      ])
      .when({ type: 'ApproveDraft', draftId, recorded })
      .thenThrows(
        'RULE_VIOLATED',
        /3 to fix.*document.issuedOn.*tasks\[II.1\].leadUnits: the task has no lead unit.*tasks\[II.2\].coordinatingUnits\[0\].unitId: coordinating unit "UBND các huyện" is no registered unit/,
        'document.issuedOn',
      );
  });

  it("keeps a national decision's draft for ADMIN", () => {
    haNam
      .given([received(null), proposed])
      .when({ type: 'ApproveDraft', draftId, recorded })
      .thenThrows('FORBIDDEN', /reviewed by ADMIN/, 'id');
    haNam
      .given([received(null), proposed])
      .when({ type: 'RejectDraft', draftId, reason: 'x' })
      .thenThrows('FORBIDDEN', /reviewed by ADMIN/, 'id');
  });

  it('is rejected with a reason, once', () => {
    const reject = { type: 'RejectDraft', draftId, reason: 'Không phải kế hoạch' } as const;
    const rejected = {
      type: 'DraftRejected',
      data: { draftId, rejectedBy: 'ha-nam-system', at: '2020-09-16T02:00:00.000Z', reason: 'Không phải kế hoạch' },
    } as const;
    haNam.given([received(), proposed]).when(reject).then([rejected]);
    haNam
      .given([received(), proposed])
      .when({ ...reject, reason: '  ' })
      .thenThrows('INVALID_INPUT', /blank/, 'reason');
    haNam
      .given([received(), proposed, rejected])
      .when(reject)
      .thenThrows('RULE_VIOLATED', /already rejected/, 'id');
    haNam
      .given([received(), proposed, rejected])
      .when({ type: 'ApproveDraft', draftId, recorded })
      .thenThrows('RULE_VIOLATED', /already rejected/, 'id');
  });
});
