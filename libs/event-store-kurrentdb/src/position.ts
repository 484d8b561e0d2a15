import { START, type Position } from '@monitor/event-store';

/** KurrentDB's place of a record in its log, as its client hands it over. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

const PREPARE_BITS = 64n;
const PREPARE_MASK = (1n << PREPARE_BITS) - 1n;

/**
 * The port's Position is one bigint that orders all events; KurrentDB's is a pair. `$all` is ordered
 * by commit position first, then prepare position: the events of one multi-event append share their
 * commit position and differ in their prepare positions, so neither number alone identifies an event
 * or makes an exclusive checkpoint inside such an append. The pair packed as `commit · 2⁶⁴ + prepare`
 * keeps that order exactly, is unique per event, and unpacks to the pair `fromPosition` needs. The
 * numbers are log offsets: they grow with gaps, so positions are compared, never counted with.
 */
export const encodePosition = ({ commit, prepare }: LogPosition): Position => {
  if (commit < 0n || commit > PREPARE_MASK || prepare < 0n || prepare > PREPARE_MASK) {
    throw new RangeError(`KurrentDB position ${commit}/${prepare} is not a pair of unsigned 64-bit numbers`);
  }
  // Position 0/0 is the log's first record, never a platform event: START stays free for "before everything".
  return (commit << PREPARE_BITS) | prepare;
};

export const decodePosition = (position: Position): LogPosition => {
  if (position < 0n || position >> (2n * PREPARE_BITS) !== 0n) throw new RangeError(`${position} is not a KurrentDB position`);
  return { commit: position >> PREPARE_BITS, prepare: position & PREPARE_MASK };
};

/** True when `position` means "before every event". */
export const isStart = (position: Position): boolean => position === START;
