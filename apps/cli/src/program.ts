import { Command } from 'commander';
import { commandFactories } from './commands/index.js';
import type { Io } from './support/io.js';

/** The `monitor` program: global options, then one sub-command per file under commands/. */
export const buildProgram = (io: Io, exit: (code: number) => void): Command => {
  const program = new Command('monitor')
    .description('operators and auditors: replay, verify, export, import and count the event store')
    .option('--data-dir <dir>', 'the platform data directory holding events.sqlite', process.env.MONITOR_DATA_DIR ?? './data')
    .showHelpAfterError()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const factory of commandFactories) program.addCommand(factory(io, exit));
  return program;
};
