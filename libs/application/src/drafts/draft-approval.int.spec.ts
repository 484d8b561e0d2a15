import { DomainError, documentDraftStateOf, streams, type CommandContext, type DraftEdit } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRunner } from '../commands/command-runner.js';
import { DocumentFiles } from '../documents/document-files.js';
import { FileSnapshotStore } from '../projection/file-snapshot-store.js';
import { monitoringProjection } from '../projection/monitoring-views.registration.js';
import { rebuildProjection } from '../projection/rebuild-projection.js';
import { commandContext } from '../testing/command-fixtures.js';
import { FIXTURE_TEXT, draftRecord, planDraftFixture } from '../testing/draft-fixtures.js';
import { DraftApproval } from './draft-approval.js';
import { sourceOfRecord } from './fact-sources.js';

const haNam = commandContext({ recordedBy: 'province:ha-nam', actingForProvince: 'ha-nam', occurredAt: new Date().toISOString() });
const bacGiang = { ...haNam, recordedBy: 'province:bac-giang', actingForProvince: 'bac-giang' };
const matchPartners: DraftEdit = {
  op: 'SET_TASK_COORDINATING_UNITS',
  taskRef: 'II.2',
  units: [{ name: 'UBND các huyện', unitId: 'ha-nam.ubnd-huyen' }],
};

const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('a document reviewed and approved over a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draft-approval-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  const runner = new CommandRunner(store);
  const approval = new DraftApproval(store, runner);
  const files = new DocumentFiles(join(dir, 'documents'));
  let sha256 = '';

  const receive = async (context: CommandContext = haNam) => {
    const stored = await files.put(new TextEncoder().encode(FIXTURE_TEXT));
    sha256 = stored.sha256;
    const command = {
      type: 'ReceiveDocument',
      draftId: sha256,
      sha256,
      fileName: '2811.txt',
      mediaType: 'text/plain',
      size: stored.size,
    } as const;
    await runner.run({ ...command, provinceId: 'ha-nam' }, context);
    await runner.run({ type: 'ProposeDraft', draftId: sha256, draft: planDraftFixture(sha256) }, context);
  };

  beforeAll(async () => {
    for (const command of draftRecord()) await runner.run(command, commandContext());
    await receive();
  });
  afterAll(() => store.close());

  it('keeps the bytes by their hash and gives back the very same bytes', async () => {
    expect((await files.get(sha256))!.toString('utf8')).toBe(FIXTURE_TEXT);
    expect(await files.get('0'.repeat(64))).toBeUndefined();
  });

  it("refuses another province's approval and an incomplete draft, recording nothing", async () => {
    const head = await store.headPosition();
    const foreign = await refusal(approval.approve(sha256, bacGiang));
    expect(foreign).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const incomplete = await refusal(approval.approve(sha256, haNam));
    expect(incomplete).toMatchObject({ code: 'RULE_VIOLATED', field: 'tasks[II.2].coordinatingUnits[0].unitId' });
    expect(incomplete.message).toMatch(/coordinating unit "UBND các huyện" is no registered unit/);
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses, before anything is written, a fact the command runner would refuse, naming the fact and its lines', async () => {
    await runner.run(
      {
        type: 'EditDraft',
        draftId: sha256,
        edits: [{ ...matchPartners, units: [{ name: 'Sở KH&CN Bắc Giang', unitId: 'bac-giang.so-khcn' }] }],
      },
      haNam,
    );
    const head = await store.headPosition();
    const refused = await refusal(approval.approve(sha256, haNam));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(
      /^task II.2: assignment \(lines 9–9\) was refused: .*bac-giang.so-khcn is a unit of bac-giang.*; nothing was recorded$/,
    );
    expect(await store.headPosition()).toBe(head);
  });

  it('records the plan and its tasks through the command runner, each with its source, and the approval', async () => {
    await runner.run(
      { type: 'EditDraft', draftId: sha256, edits: [matchPartners, { op: 'SET_TASK_DEADLINE', taskRef: 'II.1', text: 'Quý IV/2020' }] },
      haNam,
    );
    const { recorded } = await approval.approve(sha256, haNam);
    expect(recorded).toMatchObject({ planId: 'ha-nam.2811-kh-ubnd', tasks: [{ ref: 'II.1' }, { ref: 'II.2' }] });
    expect(recorded.keptInDraftOnly).toEqual([expect.objectContaining({ why: 'its reporter is not a registered unit' })]);

    const { state } = await rebuildProjection(store, monitoringProjection, new FileSnapshotStore(join(dir, 'read-models')));
    expect(state.plans.get('ha-nam.2811-kh-ubnd')).toMatchObject({ provinceId: 'ha-nam', number: '2811/KH-UBND' });
    const task = state.tasks.get('ha-nam.2811-kh-ubnd.ii-2')!;
    expect(task).toMatchObject({ planId: 'ha-nam.2811-kh-ubnd', title: 'Xây dựng cơ sở dữ liệu' });
    expect(state.tasks.get('ha-nam.2811-kh-ubnd.ii-1')!.deadlines[0].deadline).toMatchObject({ text: 'Quý IV/2020', due: '2020-12-31' });
    expect(state.documentDrafts.get(sha256)).toMatchObject({ status: 'APPROVED', recordedPlanId: 'ha-nam.2811-kh-ubnd', edits: 2 });

    expect(await sourceOfRecord(store, 'task', 'ha-nam.2811-kh-ubnd.ii-2')).toEqual({
      documentSha256: sha256,
      startLine: 9,
      endLine: 9,
      text: FIXTURE_TEXT.split('\n')[8],
    });
    expect(await sourceOfRecord(store, 'plan', 'ha-nam.2811-kh-ubnd')).toMatchObject({ documentSha256: sha256, startLine: 1, endLine: 7 });
    // The assignment carries the same sentence, and its signer as the actor.
    const [, assigned] = await store.readStream(streams.task('ha-nam.2811-kh-ubnd.ii-2'));
    expect(assigned.metadata().source?.startLine).toBe(9);
    expect(assigned.actor).toMatchObject({ name: 'Đinh Thị Lụa', role: 'Phó Chủ tịch' });
  });

  it('registers a national decision approved by ADMIN, its own tasks kept in the draft, and refuses it to a province', async () => {
    const text = `${FIXTURE_TEXT}\n(bản quốc gia)`;
    const { sha256: national, size } = await files.put(new TextEncoder().encode(text));
    const admin = commandContext({ recordedBy: 'admin:e2e', occurredAt: new Date().toISOString() });
    const base = planDraftFixture(national);
    const draft = {
      ...base,
      document: {
        ...base.document,
        text,
        number: '999/QĐ-TTg',
        issuer: { name: 'Thủ tướng Chính phủ', unitId: null },
        provinceId: null,
        implements: [],
      },
    };
    await runner.run(
      { type: 'ReceiveDocument', draftId: national, sha256: national, fileName: null, mediaType: 'text/plain', size, provinceId: null },
      admin,
    );
    await runner.run({ type: 'ProposeDraft', draftId: national, draft }, admin);
    expect(await refusal(approval.approve(national, haNam))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/reviewed by ADMIN/),
    });
    const { recorded } = await approval.approve(national, admin);
    expect(recorded).toMatchObject({ planId: null, directiveId: '999/QĐ-TTg', tasks: [] });
    expect(recorded.keptInDraftOnly.map((k) => k.what)).toEqual(['task II.1', 'task II.2']);
    const [registered] = await store.readStream(streams.directive('999/QĐ-TTg'));
    expect(registered.data).toMatchObject({ directiveId: '999/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', provinceId: null });
    expect(registered.metadata().source).toMatchObject({ documentSha256: national, startLine: 1 });
  });

  it('refuses edits and a second decision after approval', async () => {
    const edit = await refusal(runner.run({ type: 'EditDraft', draftId: sha256, edits: [matchPartners] }, haNam));
    expect(edit).toMatchObject({ code: 'RULE_VIOLATED', message: expect.stringMatching(/already approved/) });
    const reject = await refusal(runner.run({ type: 'RejectDraft', draftId: sha256, reason: 'sai' }, haNam));
    expect(reject.code).toBe('RULE_VIOLATED');
    expect(documentDraftStateOf(await store.readStream(streams.documentDraft(sha256))).status).toBe('APPROVED');
  });
});
