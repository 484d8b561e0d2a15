import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { CliError, EXIT } from './cli-error.js';

export interface LineWriter {
  write(text: string): Promise<void>;
}

/**
 * Writes a file through a temporary sibling and renames it into place only when `produce` finished:
 * an error or an interruption leaves the target as it was, and no partial file behind.
 */
export const writeFileAtomically = async (
  path: string,
  produce: (out: LineWriter) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> => {
  const partial = `${path}.partial-${process.pid}`;
  const stream: WriteStream = createWriteStream(partial, { flags: 'wx' });
  const failed = once(stream, 'error').then(([error]) => {
    throw error as Error;
  });
  // Observed here so an error that comes while nothing awaits it is not reported as unhandled.
  failed.catch(() => undefined);
  const out: LineWriter = {
    write: async (text) => {
      if (signal?.aborted) throw new CliError(`writing ${path} interrupted: the file was not written`, EXIT.interrupted);
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), failed]);
    },
  };
  try {
    await Promise.race([once(stream, 'open'), failed]);
    await produce(out);
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
    await Promise.race([once(stream, 'close'), failed]);
    renameSync(partial, path);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
};
