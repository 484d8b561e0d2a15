import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A stored file whose bytes no longer hash to its name: altered on disk. */
export class DocumentAlteredError extends Error {
  constructor(readonly sha256: string) {
    super(`stored document ${sha256} no longer hashes to its name: it was altered on disk`);
    this.name = 'DocumentAlteredError';
  }
}

/**
 * Uploaded documents as the original bytes, addressed by their SHA-256, in a folder of the data
 * directory (`documents/ab/ab12…`, beside the SQLite file): content-addressed, so a document is
 * written once however often it is uploaded, and an auditor fetches exactly what was read. A file
 * is written to a temporary sibling and renamed into place, so a crash leaves no half-written
 * document; reading checks the bytes still hash to the name.
 */
export class DocumentFiles {
  constructor(private readonly dir: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`"${sha256}" is not a SHA-256 in lower-case hex`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = sha256Of(bytes);
    const path = this.pathOf(sha256);
    if (await this.get(sha256)) return { sha256, size: bytes.length };
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
      await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
    return { sha256, size: bytes.length };
  }

  /** The document's bytes, or undefined when none is stored under that hash. */
  async get(sha256: string): Promise<Buffer | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (sha256Of(bytes) !== sha256) throw new DocumentAlteredError(sha256);
    return bytes;
  }
}
