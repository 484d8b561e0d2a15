import { draftPlan, DocumentRejected } from '@monitor/importer';
import { extractDocument, MAX_FILE_BYTES } from '@monitor/importer/files';
import { seedReaderLists } from '@monitor/seeds';
import type { PlanDraft } from '@monitor/domain';
import { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CliError } from '../support/cli-error.js';
import type { Io } from '../support/io.js';

export interface DraftPlanOptions {
  readonly json?: boolean;
  readonly province?: string;
}

const unitsText = (units: readonly { name: string; unitId: string | null }[]) =>
  units.map((u) => `${u.name}${u.unitId ? '' : ' (new)'}`).join(', ') || '–';

/** A few lines for a person: what the document is, then a line per task. */
const summary = (draft: PlanDraft): string => {
  const d = draft.document;
  const head = [
    `${d.kind ?? '?'} ${d.number ?? '(no number)'} · ${d.place ?? '?'} · ${d.issuedOn ? `${d.issuedOn.value} (${d.issuedOn.precision})` : 'no date'} · sha256 ${d.sha256.slice(0, 12)}…`,
    `  ${d.title ?? '(no title)'}`,
    `  implements ${d.implements.map((r) => r.number ?? r.description).join(', ') || '–'}; cites ${d.cites.length}; signed by ${d.signedBy?.name ?? '?'}${d.signedBy?.title ? `, ${d.signedBy.title}` : ''}`,
    `${draft.tasks.length} tasks, ${draft.reportingDuties.length} reporting duties, ${draft.planTargets.length} plan targets, ${draft.flags.length + draft.tasks.reduce((n, t) => n + t.flags.length, 0)} flags`,
  ];
  const tasks = draft.tasks.map(
    (t) =>
      `  ${t.ref.padEnd(10)} L${t.source.startLine}  lead ${unitsText(t.leadUnits)}; with ${unitsText(t.coordinatingUnits)}; ${t.deadline?.due ?? t.deadline?.text ?? 'no deadline'} · ${t.title.slice(0, 80)}`,
  );
  return [...head, ...tasks, ...draft.flags.map((f) => `  ! ${f.code}: ${f.message}`)].join('\n') + '\n';
};

/** `monitor draft-plan <file>`: reads a plan document (text, Markdown, DOCX, PDF) and prints the draft it reads. */
export const runDraftPlan = async (file: string, options: DraftPlanOptions, io: Io): Promise<number> => {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(`no file ${path}`);
  if (statSync(path).size > MAX_FILE_BYTES) throw new CliError(`${path}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  const lists = seedReaderLists();
  if (options.province && !lists.provinces.some((p) => p.provinceId === options.province)) {
    throw new CliError(`--province ${options.province}: no such province id (e.g. bac-giang, ha-nam, bac-kan)`);
  }
  let draft: PlanDraft;
  try {
    const input = await extractDocument(readFileSync(path), basename(path));
    draft = draftPlan(input, { ...lists, provinceId: options.province ?? null });
  } catch (error) {
    if (error instanceof DocumentRejected) throw new CliError(`${path}: ${error.code}: ${error.message}`);
    throw error;
  }
  io.out(options.json ? JSON.stringify(draft) + '\n' : summary(draft));
  return 0;
};

export const draftPlanCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('draft-plan')
    .description(
      'read a plan document (text, Markdown, DOCX, PDF) and print the draft: header, links, tasks, units, deadlines, each with its source lines',
    )
    .argument('<file>', 'the document')
    .option('--province <id>', 'the province whose registered units to match (read from the document when not given)')
    .option('--json', 'print the draft as JSON and nothing else')
    .action(async (file: string, options: DraftPlanOptions) => exit(await runDraftPlan(file, options, io)));
