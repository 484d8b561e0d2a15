import { seedReaderLists } from '@monitor/seeds';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanDraft } from '@monitor/domain';
import { draftPlan, scoreDraft, type ReviewedDocument } from '@monitor/importer';

// The plan reader on the five seed documents (the CLI's draft-plan reads them so), read as a province would upload them, against what the issue says must come out right.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const lists = seedReaderLists();
const read = (stem: string): PlanDraft =>
  draftPlan(
    { text: readFileSync(`${root}libs/seeds/documents/${stem}.txt`, 'utf8'), sha256: 'f'.repeat(64), fileName: `${stem}.txt` },
    lists,
  );
const reviewed = (stem: string) => JSON.parse(readFileSync(`${root}libs/importer/reviewed/${stem}.json`, 'utf8')) as ReviewedDocument;
const task = (draft: PlanDraft, ref: string) => draft.tasks.find((t) => t.ref === ref)!;
const ids = (units: readonly { unitId: string | null }[]) => units.map((u) => u.unitId);

const STEMS = ['000_38f67a73e73a8b3a', '001_a52528fd2cd2c5a4', '002_89741a6375833d06', '003_a5daf25e3b3fc85b', '004_95d111a6ff9658f7'];

describe('the five seed documents, read again', () => {
  const drafts = Object.fromEntries(STEMS.map((s) => [s, read(s)]));

  it('finds the 82 tasks of the reviewed data: 13, 16, 20, 16 and 17', () => {
    expect(STEMS.map((s) => drafts[s]!.tasks.length)).toEqual([13, 16, 20, 16, 17]);
    for (const stem of STEMS) expect(scoreDraft(drafts[stem]!, reviewed(stem)).found).toBe(reviewed(stem).taskCount);
  });

  it('gives no deadline to tasks whose document gives none: the 2021–2025 plan and 684/QĐ-UBND', () => {
    for (const stem of ['001_a52528fd2cd2c5a4', '002_89741a6375833d06']) {
      for (const t of drafts[stem]!.tasks) {
        expect(t.deadline).toBeNull();
        expect(t.flags.map((f) => f.code)).toContain('NO_DEADLINE');
      }
    }
    expect(drafts['002_89741a6375833d06']!.document.horizon).toBe('ĐẾN NĂM 2020, TẦM NHÌN ĐẾN NĂM 2030');
  });

  it("keeps 684's roles as written: Sở Công thương (V.4) and UBND các huyện (V.6) coordinate", () => {
    const qd684 = drafts['002_89741a6375833d06']!;
    expect(ids(task(qd684, 'V.4').leadUnits)).toEqual(['bac-kan.so-khcn']);
    expect(ids(task(qd684, 'V.4').coordinatingUnits)).toEqual(['bac-kan.so-cong-thuong']);
    expect(ids(task(qd684, 'V.6').leadUnits)).toEqual(['bac-kan.so-khcn', 'bac-kan.so-nnptnt']);
    expect(ids(task(qd684, 'V.6').coordinatingUnits)).toEqual(['bac-kan.ubnd-cac-huyen']);
    expect(qd684.document.implements.map((r) => r.number)).toEqual(['2245/QĐ-TTg']);
    expect(qd684.document.signedBy).toMatchObject({ name: 'Đỗ Thị Minh Hoa', title: 'Phó Chủ tịch' });
  });

  it("links 41/KH-KHCN to what it cites (46/NQ-CP), keeps its rows' outside partners and invents no signer role", () => {
    const kh41 = drafts['000_38f67a73e73a8b3a']!;
    expect(kh41.document.implements.map((r) => r.number)).toEqual(['59/KH-UBND']);
    expect(kh41.document.cites.find((r) => r.number === '46/NQ-CP')).toMatchObject({ directiveId: '46/NQ-CP' });
    expect(ids(task(kh41, 'row-11').coordinatingUnits)).toEqual([
      'bac-giang.so-khcn.cac-phong-don-vi',
      'bac-giang.so-cong-thuong',
      'bac-giang.ubnd-cac-huyen',
    ]);
    expect(ids(task(kh41, 'giao-1').leadUnits)).toEqual(['bac-giang.so-khcn.phong-khtc']);
    expect(kh41.document.signedBy).toMatchObject({ name: 'Nguyễn Đức Kiên', title: null });
    expect(kh41.flags.map((f) => f.code)).toContain('SIGNER_ROLE_NOT_WRITTEN');
  });

  it('reads the 2021–2025 plan as citing 696/QĐ-TTg (written "Quyết định số 696 ngày 25/5/2020"), implementing nothing by number', () => {
    const plan = drafts['001_a52528fd2cd2c5a4']!;
    expect(plan.document.implements).toEqual([]);
    expect(plan.flags.map((f) => f.code)).toEqual(['NUMBER_BLANK', 'DATE_MONTH_ONLY', 'NO_BASIS_STATED']);
    expect(plan.document.cites.find((r) => r.directiveId === '696/QĐ-TTg')?.source.startLine).toBe(471);
    expect(plan.document.cites.some((r) => r.number === '2245/QĐ-TTg')).toBe(false);
    expect(plan.reportingDuties).toEqual([
      expect.objectContaining({ frequency: 'QUARTERLY', recipient: expect.objectContaining({ unitId: 'bac-giang.so-khdt' }) }),
    ]);
    const budget = plan.planTargets.find((t) => t.text === '1.634.630 triệu đồng');
    expect(budget?.target).toMatchObject({ kind: 'EXACT', min: 1634630, unit: 'triệu đồng' });
  });

  it('keeps the May 2020 plan dated by month only, and implementing 185/TB-UBND', () => {
    const plan = drafts['004_95d111a6ff9658f7']!;
    expect(plan.document.issuedOn).toEqual({ value: '2020-05', precision: 'MONTH' });
    expect(plan.document.number).toBe('/KH-KHCN');
    expect(plan.document.implements.map((r) => r.number)).toEqual(['185/TB-UBND']);
    expect(task(plan, 'II.4.3.1').deadline).toMatchObject({ kind: 'BY_DATE', due: '2020-05-31', text: 'trước ngày 01/6/2020' });
  });
});
