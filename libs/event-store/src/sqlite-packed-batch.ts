/** Between data and metadata texts: JSON text escapes control characters, so none holds it. */
export const TEXT_SEPARATOR = '\u001f';

/**
 * A piece of a batch in one row of two strings, built by SQLite (stepping one row instead of dozens
 * is most of the worker's time saved): `head`, the short columns of every row as one JSON array (so
 * the reader parses fresh strings, and nothing kept from an event pins the piece), and `texts`, each
 * row's data and metadata JSON, all joined by TEXT_SEPARATOR. Both aggregates take the rows in the
 * one order the subquery gives them; SQLite does not promise that order, so the reader checks the
 * positions (an ORDER BY in the aggregates would sort again: a third of the worker's time).
 */
export const SELECT_PACKED = `SELECT json_group_array(json_array(position, id, stream, revision, type, occurred_at, recorded_at, simulated)),
  group_concat(data || char(31) || metadata, char(31)), max(position), count(*)
  FROM (SELECT * FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?)`;

/**
 * Rows per piece of a batch. Measured: pieces of a few dozen rows stay small objects for V8; a string
 * of a whole batch is a large object, whose memory is mapped and zeroed afresh for each batch.
 */
export const PIECE_ROWS = 64;

/** The short columns of a row read ahead, in this order. */
export type HeadRow = [
  position: number,
  id: string,
  stream: string,
  revision: number,
  type: string,
  occurredAt: string,
  recordedAt: string,
  simulated: 0 | 1,
];

/** A batch read ahead: see SELECT_PACKED. */
export interface PackedBatch {
  readonly heads: readonly string[];
  readonly texts: readonly string[];
  /** The position of the batch's last row, and how many rows it holds. */
  readonly last: number;
  readonly rows: number;
}

/**
 * The events of a batch read ahead, built by `build`, if it is full and in order: the first `count`
 * rows after `after`, in increasing positions. Undefined otherwise, or if a row's data does not parse.
 */
export const unpackFull = <T>(
  { heads, texts }: PackedBatch,
  after: bigint,
  count: number,
  build: (head: HeadRow, data: string, metadata: string) => T,
): T[] | undefined => {
  const events: T[] = [];
  let previous = Number(after);
  try {
    for (let piece = 0; piece < heads.length; piece++) {
      const rows = JSON.parse(heads[piece]!) as HeadRow[];
      const dataAndMetadata = texts[piece]!.split(TEXT_SEPARATOR);
      if (dataAndMetadata.length !== 2 * rows.length) return undefined;
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        if (row[0] <= previous) return undefined;
        previous = row[0];
        events.push(build(row, dataAndMetadata[2 * index]!, dataAndMetadata[2 * index + 1]!));
      }
    }
  } catch {
    return undefined;
  }
  return events.length === count ? events : undefined;
};

/** What the read-ahead worker is started with. */
export interface ReadAheadSettings {
  /** The store's file, opened read-only by the worker. */
  readonly file: string;
  /** The walk covers the whole store: its file is read into the page cache ahead of it. */
  readonly warm: boolean;
}

/** The reader's messages to the worker: start a stream of batches, stop it, or take one batch (a credit). */
export type ReadAheadRequest =
  | { readonly kind: 'start'; readonly generation: number; readonly after: bigint; readonly count: number; readonly credits: number }
  | { readonly kind: 'stop' }
  | { readonly kind: 'credit'; readonly generation: number };

/** The worker's answer for a stream: a batch, or `failed` when it could not read. */
export type ReadAheadAnswer = { readonly generation: number } & (
  { readonly failed: false; readonly batch: PackedBatch } | { readonly failed: true }
);
