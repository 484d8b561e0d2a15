import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KeptReceipt } from './checkpoint-checks.js';
import { checkpointDigest, type AuditCheckpoint } from './checkpoints.js';

/** The generated audit key, in the data directory (mode 0600), when MONITOR_AUDIT_KEY is not set. */
export const auditKeyFile = (dataDir: string): string => join(dataDir, 'audit-key');

/** The receipt of the latest checkpoint the platform recorded, kept beside the store. */
export const latestReceiptFile = (dataDir: string): string => join(dataDir, 'audit-checkpoint.json');

/** The generated key, or null when none was generated yet. */
export const readAuditKeyFile = (dataDir: string): string | null => {
  const file = auditKeyFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
};

/** Generates the key into the data directory, readable by its owner only; one already there is kept. */
export const createAuditKeyFile = (dataDir: string): string => {
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(auditKeyFile(dataDir), randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readAuditKeyFile(dataDir)!;
};

const RECEIPT = 'monitor-audit-checkpoint/1';

/** A checkpoint as kept outside the platform: the checkpoint and its digest (what the next one names). */
export interface CheckpointReceipt {
  readonly receipt: typeof RECEIPT;
  readonly checkpoint: AuditCheckpoint;
  readonly digest: string;
}

export const receiptOf = (checkpoint: AuditCheckpoint): CheckpointReceipt => ({
  receipt: RECEIPT,
  checkpoint,
  digest: checkpointDigest(checkpoint),
});

export class ReceiptError extends Error {}

/** The checkpoint in a receipt's text; a text that is not an intact receipt is refused, naming `source`. */
export const parseReceipt = (text: string, source: string): AuditCheckpoint => {
  let parsed: Partial<CheckpointReceipt>;
  try {
    parsed = JSON.parse(text) as Partial<CheckpointReceipt>;
  } catch {
    throw new ReceiptError(`${source} is not a checkpoint receipt: not JSON`);
  }
  const c = parsed.checkpoint;
  const shaped =
    parsed.receipt === RECEIPT &&
    c !== undefined &&
    Number.isSafeInteger(c.events) &&
    [c.throughEventId, c.throughPosition, c.globalHash].every((v) => typeof v === 'string') &&
    (c.sequence === undefined || Number.isSafeInteger(c.sequence)) &&
    (c.signature === null || typeof c.signature === 'string');
  if (!shaped) throw new ReceiptError(`${source} is not a checkpoint receipt (${RECEIPT})`);
  if (checkpointDigest(c) !== parsed.digest) throw new ReceiptError(`${source}: the checkpoint does not match the receipt's digest`);
  return c;
};

/** Writes a receipt whole or not at all (a temporary sibling renamed into place). */
export const writeReceiptFile = (file: string, checkpoint: AuditCheckpoint): void => {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(receiptOf(checkpoint), null, 2) + '\n');
  renameSync(temporary, file);
};

/** The checkpoint in a receipt file, or null when there is no such file. */
export const readReceiptFile = (file: string): AuditCheckpoint | null =>
  existsSync(file) ? parseReceipt(readFileSync(file, 'utf8'), file) : null;

/** How a data directory's store is audited: its key, whether it must hold checkpoints, the receipt kept beside it. */
export interface AuditSetup {
  /** The configured key, else the generated one; null when neither exists yet. */
  readonly auditKey: string | null;
  /** A key was generated or a receipt kept: checkpoints were recorded, so the store must hold them. */
  readonly checkpointsExpected: boolean;
  readonly receipts: readonly KeptReceipt[];
}

export const auditSetupFor = (dataDir: string, configuredKey: string | null): AuditSetup => {
  const generated = readAuditKeyFile(dataDir);
  const file = latestReceiptFile(dataDir);
  const latest = readReceiptFile(file);
  return {
    auditKey: configuredKey ?? generated,
    checkpointsExpected: generated !== null || latest !== null,
    receipts: latest ? [{ checkpoint: latest, source: file }] : [],
  };
};
