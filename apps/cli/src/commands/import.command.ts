import { EventImporter, parseExportedLine } from '@monitor/audit';
import { checkRecordedDates, DomainError } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { Command } from 'commander';
import { createReadStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError, EXIT } from '../support/cli-error.js';
import { storeFile, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { progressBar } from '../support/progress.js';

export type ImportOptions = GlobalOptions;

const removeStoreFiles = (file: string) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));

/** Refuses a store that holds anything: an import never mixes with recorded history. */
const assertEmptyOrAbsent = async (file: string): Promise<void> => {
  if (!existsSync(file)) return;
  const existing = new SqliteEventStore(file);
  const head = await existing.headPosition();
  await existing.close();
  if (head !== 0n) throw new CliError(`${file} already holds events (up to position ${head}): import only into an empty data directory`);
};

/**
 * `monitor import <file>`: an NDJSON export into an empty store. The events are written to a new
 * file beside the store, renamed into place only once all of them are in: a bad line (a date the
 * platform would not record, see checkRecordedDates) or Ctrl-C leaves no store behind.
 */
export const runImport = async (source: string, options: ImportOptions, io: Io): Promise<number> => {
  const input = resolve(source);
  if (!existsSync(input)) throw new CliError(`no file ${input}`);
  const file = storeFile(options.dataDir);
  await assertEmptyOrAbsent(file);
  const partial = `${file}.importing-${process.pid}`;
  removeStoreFiles(partial);
  // A bulk load into a file nobody reads yet: durability comes from the close and the rename.
  const store = new SqliteEventStore(partial, { synchronous: 'NORMAL' });
  const importer = new EventImporter(store);
  const stream = createReadStream(input);
  const progress = progressBar('import', statSync(input).size, io.showProgress, 'bytes');
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const event = parseExportedLine(line, lineNumber);
      try {
        checkRecordedDates(event);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        throw new CliError(`${input}: line ${lineNumber}: ${error.code} ${error.message}`);
      }
      await importer.add(event).catch((error: Error) => {
        throw new CliError(`${input}: line ${lineNumber}: ${error.message}`);
      });
      if (lineNumber % 4096 === 0) {
        progress.update(stream.bytesRead, importer.imported);
        if (io.signal.aborted) throw new CliError('import interrupted: no store was written', EXIT.interrupted);
      }
    }
    await importer.flush();
    progress.stop();
    await store.close();
    await assertEmptyOrAbsent(file);
    removeStoreFiles(file);
    renameSync(partial, file);
  } catch (error) {
    progress.stop();
    stream.destroy();
    await store.close();
    removeStoreFiles(partial);
    if (error instanceof CliError) throw error;
    throw new CliError(`${input}: ${(error as Error).message}`);
  }
  io.out(`imported ${importer.imported.toLocaleString('en')} events into ${file}\n`);
  return 0;
};

export const importCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('import')
    .description('load an NDJSON export into an empty data directory (refused when the store holds any event)')
    .argument('<file>', 'an NDJSON file written by monitor export --events')
    .action(async (source: string, _options: unknown, command: Command) =>
      exit(await runImport(source, command.optsWithGlobals<ImportOptions>(), io)),
    );
