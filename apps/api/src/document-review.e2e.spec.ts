import { FIXTURE_TEXT, planDraftFixture } from '@monitor/application/testing';
import type { DraftDocument } from '@monitor/api';
import { createHash } from 'node:crypto';
import { freshDataDir, startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const DRAFT = `query($id: ID!) { documentDraft(id: $id) { id status edits reader { name version } draft recordedPlan { id } recordedTasks { ref task { id } } keptInDraftOnly { what why } } }`;
const PROPOSE = `mutation($sha: String!) { proposeDraft(documentSha256: $sha) { id status reader { name } } }`;
const EDIT = `mutation($id: ID!, $edits: [DraftEditInput!]!) { editDraft(id: $id, edits: $edits) { id status edits } }`;
const APPROVE = `mutation($id: ID!) { approveDraft(id: $id) { id status recordedPlan { id } recordedTasks { ref task { id } } } }`;
const TASK_SOURCE = `query($id: ID!) { task(id: $id) { id title source { documentSha256 startLine endLine text documentUrl } } }`;

/** The reader a spec injects: what a reader would draft of FIXTURE_TEXT, after checking it was handed the stored bytes. */
const testReader: DraftDocument = async (bytes, _fileName, context) => {
  if (new TextDecoder().decode(bytes) !== FIXTURE_TEXT) throw new Error('the reader was not given the stored bytes');
  return planDraftFixture(context.sha256);
};

describe('a document in, reviewed and approved, over HTTP', () => {
  let platform: RunningPlatform;
  let haNam: string;
  const sha256 = createHash('sha256').update(FIXTURE_TEXT).digest('hex');
  const upload = (body: string | Uint8Array, token: string | null, type = 'text/plain', query = 'name=2812-kh-ubnd.txt') =>
    fetch(`${platform.url}/documents?${query}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const download = (token: string | null, hash = sha256) =>
    fetch(`${platform.url}/documents/${hash}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    platform = await startPlatform(freshDataDir(), { MONITOR_UPLOAD_MAX_BYTES: '4096' }, { draftDocument: testReader });
    haNam = await platform.token('PROVINCE', 'ha-nam');
  });
  afterAll(() => platform.stop());

  it('keeps an uploaded document by its SHA-256 and gives back the same bytes', async () => {
    const response = await upload(FIXTURE_TEXT, haNam);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ sha256, mediaType: 'text/plain', provinceId: 'ha-nam', alreadyReceived: false });
    expect((await upload(FIXTURE_TEXT, haNam)).status).toBe(201);
    const back = await download(await platform.token('AUDITOR'));
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(
      createHash('sha256')
        .update(Buffer.from(await back.arrayBuffer()))
        .digest('hex'),
    ).toBe(sha256);
  });

  it('refuses anonymous, oversized and binary uploads, and fetches by anyone but the province, auditors and ADMIN', async () => {
    expect((await upload(FIXTURE_TEXT, null)).status).toBe(401);
    expect((await upload(FIXTURE_TEXT, await platform.token('ANALYST'))).status).toBe(403);
    expect((await upload('x'.repeat(5000), haNam)).status).toBe(413);
    const junk = await upload(new Uint8Array([0, 159, 146, 150, 0, 1]), haNam, 'image/png', 'name=a.png');
    expect(junk.status).toBe(415);
    expect(await junk.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((await upload(FIXTURE_TEXT, haNam, 'text/plain', 'province=bac-giang')).status).toBe(403);
    expect((await download(null)).status).toBe(401);
    expect((await download(await platform.token('ANALYST'))).status).toBe(403);
    expect((await download(await platform.token('PROVINCE', 'bac-giang'))).status).toBe(403);
    expect((await download(haNam, 'f'.repeat(64))).status).toBe(404);
  });

  it('proposes with the injected reader, refuses an approval the record rules out, then records the edited draft with sources', async () => {
    const proposed = await platform.gql(PROPOSE, { sha: sha256 }, haNam);
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeDraft).toMatchObject({ status: 'PROPOSED', reader: { name: 'fixture-reader' } });

    const incomplete = await platform.gql(APPROVE, { id: sha256 }, haNam);
    expect(incomplete.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATED', field: 'tasks[II.2].coordinatingUnits[0].unitId' });
    // Every gap, each with its own field: a review screen places each beside its task.
    expect((incomplete.errors![0].extensions as Record<string, unknown>)['problems']).toEqual([
      { field: 'tasks[II.2].coordinatingUnits[0].unitId', message: expect.stringContaining('"UBND các huyện" is no registered unit') },
    ]);

    const partners = {
      op: 'SET_TASK_COORDINATING_UNITS',
      taskRef: 'II.2',
      units: [{ name: 'UBND các huyện', unitId: 'ha-nam.ubnd-cac-huyen' }],
    };
    expect((await platform.gql(EDIT, { id: sha256, edits: [partners] }, haNam)).data!.editDraft).toMatchObject({ edits: 1 });
    // The seeds already hold 2811/KH-UBND: the plan's fact is refused before anything is written.
    const clash = await platform.gql(APPROVE, { id: sha256 }, haNam);
    expect(clash.errors![0].message).toMatch(
      /^plan \(lines 1–7\) was refused: plan ha-nam.2811-kh-ubnd is already issued; nothing was recorded$/,
    );
    const renumber = { op: 'SET_HEADER', header: { number: '2812/KH-UBND' } };
    expect((await platform.gql(EDIT, { id: sha256, edits: [renumber] }, haNam)).errors).toBeUndefined();

    const foreign = await platform.gql(APPROVE, { id: sha256 }, await platform.token('PROVINCE', 'bac-giang'));
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const approved = await platform.gql(APPROVE, { id: sha256 }, haNam);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveDraft).toMatchObject({
      status: 'APPROVED',
      recordedPlan: { id: 'ha-nam.2812-kh-ubnd' },
      recordedTasks: [
        { ref: 'II.1', task: { id: 'ha-nam.2812-kh-ubnd.ii-1' } },
        { ref: 'II.2', task: { id: 'ha-nam.2812-kh-ubnd.ii-2' } },
      ],
    });

    const afterwards = await platform.gql(EDIT, { id: sha256, edits: [partners] }, haNam);
    expect(afterwards.errors![0]).toMatchObject({
      extensions: { code: 'RULE_VIOLATED' },
      message: expect.stringMatching(/already approved/),
    });
  });

  it('takes an auditor from a task to its sentence and to the stored document', async () => {
    const auditor = await platform.token('AUDITOR');
    const answer = await platform.gql(TASK_SOURCE, { id: 'ha-nam.2812-kh-ubnd.ii-2' }, auditor);
    expect(answer.errors).toBeUndefined();
    const source = answer.data!.task.source;
    expect(source).toEqual({
      documentSha256: sha256,
      startLine: 9,
      endLine: 9,
      text: FIXTURE_TEXT.split('\n')[8],
      documentUrl: `/documents/${sha256}`,
    });
    const document = await fetch(`${platform.url}${source.documentUrl}`, { headers: { authorization: `Bearer ${auditor}` } });
    const lines = (await document.text()).split('\n');
    expect(lines.slice(source.startLine - 1, source.endLine).join('\n')).toBe(source.text);
    // A seeded task was read from its seed document too: its sentence, and the document's bytes stored at seeding.
    const seeded = (await platform.gql(TASK_SOURCE, { id: 'ha-nam.2811-kh-ubnd.t01' }, auditor)).data!.task.source;
    expect(seeded).toMatchObject({ startLine: 27, endLine: 35, text: expect.stringMatching(/^1\. Tuyên truyền, nâng cao nhận thức/) });
    const seedDocument = await fetch(`${platform.url}${seeded.documentUrl}`, { headers: { authorization: `Bearer ${auditor}` } });
    const seedBytes = new Uint8Array(await seedDocument.arrayBuffer());
    expect(createHash('sha256').update(seedBytes).digest('hex')).toBe(seeded.documentSha256);
    // The reader quotes the task's words without the document's Markdown marks (and joins its broken lines).
    const seedLines = new TextDecoder()
      .decode(seedBytes)
      .split('\n')
      .slice(seeded.startLine - 1, seeded.endLine);
    expect(seedLines.join('\n').replaceAll('**', '')).toContain(seeded.text.slice(0, 80));
    const trail = await platform.gql(`{ auditTrail(entity: "ha-nam.2812-kh-ubnd.ii-2") { type source { startLine } } }`, {}, auditor);
    expect(trail.data!.auditTrail).toEqual([
      { type: 'TaskDefined', source: { startLine: 9 } },
      { type: 'TaskAssigned', source: { startLine: 9 } },
    ]);
    const draft = (await platform.gql(DRAFT, { id: sha256 }, auditor)).data!.documentDraft;
    expect(draft).toMatchObject({ status: 'APPROVED', edits: 2, keptInDraftOnly: [{ why: 'its reporter is not a registered unit' }] });
    expect(draft.draft.document.number).toBe('2812/KH-UBND');
  });

  it('looks units up for the review and the audit page, and gives auditors the store’s verification state', async () => {
    const UNITS = `query($p: ID, $ids: [ID!]) { orgUnits(province: $p, ids: $ids) { id name } }`;
    const own = (await platform.gql(UNITS, { p: 'ha-nam' }, haNam)).data!['orgUnits'] as { id: string; name: string }[];
    expect(own.map((u) => u.id)).toContain('ha-nam.so-y-te');
    expect(own.every((u) => u.id.startsWith('ha-nam.'))).toBe(true);
    const byIds = await platform.gql(UNITS, { ids: ['ha-nam.so-y-te', 'nowhere.unit'] }, await platform.token('AUDITOR'));
    expect(byIds.data!['orgUnits']).toEqual([{ id: 'ha-nam.so-y-te', name: 'Sở Y tế' }]);
    const refusal = async (variables: Record<string, unknown>) => (await platform.gql(UNITS, variables, haNam)).errors![0].extensions;
    expect(await refusal({})).toMatchObject({ code: 'INVALID_INPUT', field: 'province' });
    expect(await refusal({ p: 'ha-nam', ids: ['ha-nam.so-y-te'] })).toMatchObject({ code: 'INVALID_INPUT', field: 'province' });
    expect(await refusal({ ids: Array.from({ length: 201 }, (_, i) => `u${i}`) })).toMatchObject({ code: 'INVALID_INPUT', field: 'ids' });
    expect(await refusal({ p: 'atlantis' })).toMatchObject({ code: 'NOT_FOUND', field: 'province' });
    const one = await platform.gql(`{ a: orgUnit(id: "ha-nam.so-y-te") { name } b: orgUnit(id: "nowhere") { name } }`, {}, haNam);
    expect(one.data).toEqual({ a: { name: 'Sở Y tế' }, b: null });

    const STATE = `{ verificationState { lastRun { at verified events finding { kind } error } checkpointCount checkpoints { sequence events signed recordedBy } } }`;
    expect((await platform.gql(STATE, {}, await platform.token('ANALYST'))).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const state = (await platform.gql(STATE, {}, await platform.token('AUDITOR'))).data!['verificationState'];
    // The platform verified the whole store at start and recorded the first checkpoint, signed with the data directory's key.
    expect(state.lastRun).toMatchObject({ verified: true, finding: null, error: null });
    expect(state.lastRun.events).toBeGreaterThan(0);
    expect(state.checkpointCount).toBeGreaterThanOrEqual(1);
    expect(state.checkpoints.at(-1)).toMatchObject({ signed: true, recordedBy: 'system:audit' });
  });
});
