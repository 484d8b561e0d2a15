import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Snapshot, SnapshotStore } from './projection.js';

/**
 * Snapshots as files in a directory, written to a temporary name and renamed into place, so a crash
 * mid-write leaves the previous snapshot intact. V8 serialization keeps Maps, Sets and BigInts.
 */
export class FileSnapshotStore implements SnapshotStore {
  private saves = 0;

  constructor(private readonly directory: string) {}

  private file(name: string) {
    return join(this.directory, `${name}.snapshot`);
  }

  async load<State>(name: string): Promise<Snapshot<State> | null> {
    try {
      return deserialize(await readFile(this.file(name))) as Snapshot<State>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async save<State>(name: string, snapshot: Snapshot<State>): Promise<void> {
    // Serialized before the first await: the state may change while the file is written.
    const bytes = serialize(snapshot);
    await mkdir(this.directory, { recursive: true });
    // A name per save, so two saves in flight never write into the same temporary file.
    const temporary = `${this.file(name)}.${process.pid}.${++this.saves}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, this.file(name));
  }

  async remove(name: string): Promise<void> {
    await rm(this.file(name), { force: true });
  }
}

/** For tests and throwaway runs: keeps nothing across processes. */
export class InMemorySnapshotStore implements SnapshotStore {
  private readonly snapshots = new Map<string, Buffer>();
  async load<State>(name: string): Promise<Snapshot<State> | null> {
    const bytes = this.snapshots.get(name);
    return bytes ? (deserialize(bytes) as Snapshot<State>) : null;
  }
  async save<State>(name: string, snapshot: Snapshot<State>): Promise<void> {
    this.snapshots.set(name, serialize(snapshot));
  }
  async remove(name: string): Promise<void> {
    this.snapshots.delete(name);
  }
}
