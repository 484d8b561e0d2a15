// `npm run report:reader`: the plan reader against the reviewed data. For the five seed documents and
// for documents it was never developed on (libs/importer/unseen: Markdown, DOCX, PDF), the share of
// tasks found and of lead units, coordinating units and due dates right; then the time to draft the
// largest seed document. Figures printed, not asserted.
import { DocumentRejected, draftPlan, scoreDraft, type Accuracy, type ReviewedDocument } from '@monitor/importer';
import type { PlanDraft } from '@monitor/domain';
import { extractDocument } from '@monitor/importer/files';
import { seedReaderLists } from '@monitor/seeds';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lists = seedReaderLists();
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(0).padStart(3)}%`;

const reviewedIn = (dir: string): ReviewedDocument[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as ReviewedDocument);

const row = (name: string, a: Accuracy) =>
  `${name.padEnd(28)} ${String(a.tasks).padStart(5)}  ${pct(a.found, a.tasks)}  ${pct(a.leadsRight, a.tasks)}  ${pct(a.coordinatingRight, a.tasks)}  ${pct(a.dueRight, a.tasks)}  ${pct(a.leadsAndDueRight, a.tasks)}`;

const sum = (all: Accuracy[]): Accuracy => ({
  tasks: all.reduce((n, a) => n + a.tasks, 0),
  found: all.reduce((n, a) => n + a.found, 0),
  leadsRight: all.reduce((n, a) => n + a.leadsRight, 0),
  coordinatingRight: all.reduce((n, a) => n + a.coordinatingRight, 0),
  dueRight: all.reduce((n, a) => n + a.dueRight, 0),
  leadsAndDueRight: all.reduce((n, a) => n + a.leadsAndDueRight, 0),
  misses: [],
});

const report = async (title: string, dir: string): Promise<void> => {
  console.log(`\n${title}`);
  console.log(`${'document'.padEnd(28)} tasks  found  leads  coord    due  leads+due`);
  const scores: Accuracy[] = [];
  const misses: string[] = [];
  const refusals: string[] = [];
  for (const reviewed of reviewedIn(dir)) {
    const name = basename(reviewed.document);
    let drafted: ReturnType<typeof draftPlan>;
    try {
      drafted = draftPlan(await extractDocument(readFileSync(join(root, reviewed.document)), name), lists);
    } catch (error) {
      if (!(error instanceof DocumentRejected)) throw error;
      const right = error.code === reviewed.refused;
      refusals.push(`${name.padEnd(28)} refused ${error.code}${right ? ', as reviewed' : ` (reviewed: ${reviewed.refused ?? 'a plan'})`}`);
      if (!reviewed.refused) {
        // A plan refused: every task it holds counts as not found.
        const score = scoreDraft({ tasks: [] } as unknown as PlanDraft, reviewed);
        scores.push(score);
        console.log(`${row(name.slice(0, 28), score)}   (refused)`);
      }
      continue;
    }
    if (reviewed.refused)
      refusals.push(`${name.padEnd(28)} NOT refused (reviewed: ${reviewed.refused}); drafted ${drafted.tasks.length} tasks`);
    const score = scoreDraft(drafted, reviewed);
    scores.push(score);
    console.log(`${row(name.slice(0, 28), score)}   (drafted ${drafted.tasks.length})`);
    misses.push(...score.misses.map((m) => `  ${name} ${m}`));
  }
  console.log(row('all', sum(scores)));
  if (refusals.length > 0) console.log(`documents that are not plans:\n${refusals.map((r) => `  ${r}`).join('\n')}`);
  if (misses.length > 0) console.log(`differences from the reviewed data:\n${misses.join('\n')}`);
};

await report('seed documents (libs/seeds/documents, reviewed in libs/importer/reviewed)', 'libs/importer/reviewed');
await report('unseen documents (libs/importer/unseen)', 'libs/importer/unseen');
// Each folder under unseen/ is a set written blind (before the reader ran on it): scored on its own too.
for (const set of readdirSync(join(root, 'libs/importer/unseen'), { withFileTypes: true }).filter((e) => e.isDirectory()))
  await report(`unseen set ${set.name} (libs/importer/unseen/${set.name})`, `libs/importer/unseen/${set.name}`);

const largest = reviewedIn('libs/importer/reviewed')
  .map((r) => join(root, r.document))
  .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
const input = await extractDocument(readFileSync(largest), basename(largest));
for (let i = 0; i < 3; i++) draftPlan(input, lists); // warm up
const runs = 20;
const started = performance.now();
for (let i = 0; i < runs; i++) draftPlan(input, lists);
console.log(
  `\ndrafting the largest seed document (${basename(largest)}, ${input.text.length.toLocaleString('en')} characters): ${((performance.now() - started) / runs).toFixed(1)} ms per draft (target < 1000 ms)`,
);
