#!/usr/bin/env node
// `monitor <command>` (npm run -s monitor -- <command>): the operators' and auditors' tool.
import { buildProgram } from './program.js';
import { CliError, EXIT } from './support/cli-error.js';
import { interruptSignal } from './support/interrupt.js';

const io = {
  out: (text: string) => void process.stdout.write(text),
  note: (text: string) => void process.stderr.write(text),
  signal: interruptSignal(),
  showProgress: Boolean(process.stderr.isTTY),
};
try {
  await buildProgram(io, (code) => (process.exitCode = code)).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`monitor: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`monitor: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.failed;
  }
}
