import { START, type Position } from '@monitor/event-store';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the relay remembers the position of the last event the broker acknowledged. */
export interface RelayCheckpoint {
  load(): Promise<Position>;
  save(position: Position): Promise<void>;
}

/**
 * A checkpoint in a small JSON file, replaced atomically (written beside it, synced, renamed), so a
 * crash leaves either the old or the new position, never a torn one.
 */
export class FileRelayCheckpoint implements RelayCheckpoint {
  constructor(readonly file: string) {}

  async load(): Promise<Position> {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return START;
      throw error;
    }
    const { position } = JSON.parse(text) as { position?: unknown };
    if (typeof position !== 'string' || !/^\d+$/.test(position))
      throw new Error(`relay checkpoint ${this.file} holds no position: ${text}`);
    return BigInt(position);
  }

  async save(position: Position): Promise<void> {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify({ position: position.toString(), savedAt: new Date().toISOString() }));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
  }
}

/** For tests and single-run tools: forgets on restart. */
export class MemoryRelayCheckpoint implements RelayCheckpoint {
  constructor(private position: Position = START) {}
  async load(): Promise<Position> {
    return this.position;
  }
  async save(position: Position): Promise<void> {
    this.position = position;
  }
}
