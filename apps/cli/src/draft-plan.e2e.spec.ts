import type { PlanDraft } from '@monitor/domain';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratch } from './testing/cli-fixtures.js';

// The built entry point, as `npm run -s monitor -- draft-plan <file>` runs it.
const here = dirname(fileURLToPath(import.meta.url));
const main = join(here, '..', 'dist', 'main.js');
const root = join(here, '..', '..', '..');
const monitor = (...args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });

describe('monitor draft-plan (the built CLI)', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('prints the draft as JSON and nothing else, with its sources counted in document.text', () => {
    const file = join(root, 'libs/seeds/documents/004_95d111a6ff9658f7.txt');
    const run = monitor('draft-plan', file, '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const draft = JSON.parse(run.stdout) as PlanDraft;
    expect(draft.document).toMatchObject({
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      kind: 'Kế hoạch',
      number: '/KH-KHCN',
      issuedOn: { value: '2020-05', precision: 'MONTH' },
      signedBy: { name: 'Nguyễn Thanh Bình', title: 'Giám đốc' },
      provinceId: 'bac-giang',
    });
    expect(draft.document.implements.map((r) => r.number)).toEqual(['185/TB-UBND']);
    expect(draft.tasks).toHaveLength(17);
    const lines = draft.document.text.split('\n');
    for (const task of draft.tasks) {
      expect(Object.keys(task).sort()).toEqual([
        'coordinatingUnits',
        'deadline',
        'expectedResult',
        'flags',
        'leadUnits',
        'ref',
        'section',
        'source',
        'targets',
        'title',
      ]);
      expect(lines.slice(task.source.startLine - 1, task.source.endLine).join(' ')).toContain(
        task.title.slice(0, 15).replace(/^“|\*/g, ''),
      );
      if (task.deadline) expect(Object.keys(task.deadline).sort()).toEqual(['due', 'kind', 'source', 'text']);
    }
  });

  it('prints a short summary for a person without --json', () => {
    const run = monitor('draft-plan', join(root, 'libs/seeds/documents/002_89741a6375833d06.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Quyết định 684\/QĐ-UBND · Bắc Kạn · 2016-05-16 \(DAY\)/);
    expect(run.stdout).toContain('20 tasks');
    expect(run.stdout).toMatch(/V\.4 +L296 +lead Sở Khoa học và Công nghệ; with Sở Công thương; no deadline/);
  });

  it('exits 2 with the reason on stderr for a missing file, an empty file, junk, a letter, a legacy encoding and an unknown province', () => {
    const write = (name: string, content: string | Buffer) => {
      const path = join(dir.path, name);
      writeFileSync(path, content);
      return path;
    };
    const cases: [string[], RegExp][] = [
      [[join(dir.path, 'missing.txt')], /no file .*missing\.txt/],
      [[write('empty.txt', '')], /EMPTY: the file is empty/],
      [[write('junk.bin', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)))], /BINARY/],
      [[write('letter.txt', 'Kính gửi: Sở Tài chính\n\nSở đề nghị quý Sở bố trí kinh phí.\n\nTrân trọng./.')], /NOT_A_PLAN/],
      [
        [
          write(
            'tcvn3.txt',
            Buffer.from('KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh sè 696 cña Thñ t­íng ChÝnh phñ vÒ khoa häc vµ c«ng nghÖ', 'latin1'),
          ),
        ],
        /LEGACY_ENCODING: .*TCVN3/,
      ],
      [[join(root, 'libs/seeds/documents/000_38f67a73e73a8b3a.txt'), '--province', 'atlantis'], /--province atlantis: no such province id/],
    ];
    for (const [args, message] of cases) {
      const run = monitor('draft-plan', ...args, '--json');
      expect({ args, status: run.status, stdout: run.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(run.stderr).toMatch(message);
    }
  });
});
