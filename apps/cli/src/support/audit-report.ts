import {
  latestReceiptFile,
  nextCheckpoint,
  readCheckpoints,
  recordCheckpoint,
  createAuditKeyFile,
  writeReceiptFile,
  type AuditCheckpoint,
  type AuditSetup,
  type VerifyReport,
} from '@monitor/audit';
import type { EventStore } from '@monitor/event-store';
import { resolve } from 'node:path';
import type { Io } from './io.js';

export const count = (n: number) => n.toLocaleString('en');

/** What signed checkpoints vouch for, said plainly: the span of positions no signed checkpoint covers. */
export const coverageLine = (r: VerifyReport, keyKnown: boolean): string => {
  if (!keyKnown)
    return 'no audit key (MONITOR_AUDIT_KEY, or audit-key in the data directory): no checkpoint signature checked, so no event is covered by a signed checkpoint';
  const covered = r.signedThrough
    ? `signed checkpoints cover positions 1–${r.signedThrough.position} (${count(r.signedThrough.events)} events)`
    : 'no signed checkpoint covers any event';
  if (!r.uncovered) return `${covered}: every event`;
  return `${covered}; positions ${r.uncovered.afterPosition + 1n}–${r.uncovered.throughPosition} (${count(r.uncovered.events)} events) are covered by no signed checkpoint`;
};

export const failureLines = (r: VerifyReport): string[] => {
  const f = r.failure!;
  // Position 0: the store as a whole (checkpoints missing) or a receipt kept outside it.
  const where =
    f.position === 0n ? ` (${f.stream})` : ` at position ${f.position}, stream ${f.stream}, revision ${f.revision}, event ${f.eventId}`;
  return [`NOT VERIFIED: ${f.kind}${where}`, `  ${f.detail}`, `  (${count(r.events)} events before it verified)`];
};

/**
 * Records the next checkpoint of the chain over a store `report` found verified, when events were
 * recorded since the last one; signed with the audit key (generated into the data directory when
 * there is none), and its receipt kept there. Returns the store's latest checkpoint.
 */
export const recordCheckpointOver = async (
  store: EventStore,
  report: VerifyReport,
  dataDir: string,
  setup: AuditSetup,
  io?: Io,
): Promise<AuditCheckpoint | undefined> => {
  const last = (await readCheckpoints(store)).at(-1)?.checkpoint;
  if (report.events === 0 || (last !== undefined && report.events <= last.events + 1)) {
    io?.out(
      last
        ? `no checkpoint recorded: nothing was recorded since checkpoint #${last.sequence ?? '(unchained)'}\n`
        : 'no checkpoint recorded: the store is empty\n',
    );
    return last;
  }
  const over = {
    events: report.events,
    throughEventId: report.lastEventId!,
    throughPosition: String(report.lastPosition),
    globalHash: report.globalHash,
  };
  const checkpoint = nextCheckpoint(over, last, setup.auditKey ?? createAuditKeyFile(resolve(dataDir)));
  const position = await recordCheckpoint(store, checkpoint, 'monitor-cli', new Date());
  writeReceiptFile(latestReceiptFile(resolve(dataDir)), checkpoint);
  io?.out(
    `checkpoint #${checkpoint.sequence} over ${count(checkpoint.events)} events recorded at position ${position}, signed with ${setup.auditKey ? 'the audit key' : 'an audit key generated into the data directory'}\n`,
  );
  return checkpoint;
};
