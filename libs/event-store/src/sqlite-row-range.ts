import Database from 'better-sqlite3';
import { PIECE_ROWS, SELECT_PACKED, unpackFull } from './sqlite-packed-batch.js';
import { EVENT_COLUMNS } from './sqlite-schema.js';
import { toEventRowFrom, type EventRow } from './sqlite-rows.js';

/**
 * A read-only connection to a SQLite store file, for work split over threads: each thread opens
 * its own and walks one range of positions, reading the rows as stored text (see readStoredRows).
 */
export class SqliteRowRange {
  private readonly db: Database.Database;
  private readonly selectPacked;
  private readonly selectRange;
  private readonly selectChainAt;

  constructor(filePath: string) {
    this.db = new Database(filePath, { readonly: true, fileMustExist: true });
    this.selectPacked = this.db.prepare<[number, number, number], [string, string | null, number | null, number]>(SELECT_PACKED).raw(true);
    this.selectRange = this.db
      .prepare<[number, number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`,
      )
      .raw(true);
    this.selectChainAt = this.db
      .prepare<[string, number, number], string | null>(
        "SELECT json_extract(metadata, '$.chain') FROM events WHERE stream = ? AND revision = ? AND position <= ?",
      )
      .pluck(true);
  }

  /** The rows after position `after` up to `through`, in position order, a batch at a time. */
  *batches(after: number, through: number, batchRows = 2048): Generator<EventRow[]> {
    for (;;) {
      const batch = this.readBatch(after, through, batchRows);
      if (batch.length === 0) return;
      yield batch;
      after = batch[batch.length - 1]![0];
    }
  }

  /**
   * The chain hash the stored metadata of a stream's event states, if that event is at or before
   * `atOrBefore` and states one: where a walk that starts mid-store takes a stream's chain up.
   */
  chainHashAt(stream: string, revision: number, atOrBefore: number): string | undefined {
    try {
      const hash = this.selectChainAt.get(stream, revision, atOrBefore);
      return typeof hash === 'string' ? hash : undefined;
    } catch {
      // Its metadata no longer parses: the walk that reaches it says so.
      return undefined;
    }
  }

  close(): void {
    this.db.close();
  }

  /** Pieces packed by SQLite (see SELECT_PACKED), as the read-ahead reads them; row by row if one is out of order. */
  private readBatch(after: number, through: number, count: number): EventRow[] {
    const heads: string[] = [];
    const texts: string[] = [];
    let last = after;
    let rows = 0;
    while (rows < count) {
      const [head, text, pieceLast, pieceRows] = this.selectPacked.get(last, through, Math.min(PIECE_ROWS, count - rows))!;
      if (pieceRows === 0) break;
      heads.push(head);
      texts.push(text!);
      rows += pieceRows;
      last = pieceLast!;
    }
    if (rows === 0) return [];
    return unpackFull({ heads, texts, last, rows }, BigInt(after), rows, toEventRowFrom) ?? this.selectRange.all(after, through, count);
  }
}
