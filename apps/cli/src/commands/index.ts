import type { Command } from 'commander';
import type { Io } from '../support/io.js';
import { checkpointCommand } from './checkpoint.command.js';
import { draftPlanCommand } from './draft-plan.command.js';
import { exportCommand } from './export.command.js';
import { importCommand } from './import.command.js';
import { replayCommand } from './replay.command.js';
import { simulateCommand } from './simulate.command.js';
import { statsCommand } from './stats.command.js';
import { verifyCommand } from './verify.command.js';

/** Every `monitor` command. To add one: write `<name>.command.ts` exporting a factory like these, and list it here. */
export const commandFactories: readonly ((io: Io, exit: (code: number) => void) => Command)[] = [
  replayCommand,
  verifyCommand,
  checkpointCommand,
  exportCommand,
  importCommand,
  statsCommand,
  simulateCommand,
  draftPlanCommand,
];
