import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DocumentRejected } from '../index.js';
import { readPages } from './pdf-pages.js';

/** Characters of text a page needs for the file to count as having a text layer. */
const TEXT_PER_PAGE = 20;

/** The compiled child beside this module: the build's. From the sources (under Jest) there is none. */
export const PDF_PAGES_CHILD = new URL('./pdf-pages.child.js', import.meta.url);

/**
 * What reading one PDF may take. PDF.js inflates a compressed stream whole, in memory: a file of a
 * megabyte can unpack to gigabytes (a decompression bomb), and a hostile file can loop for long. It
 * is read in a process of its own, killed past these, so the platform's own process never pays.
 */
export const PDF_READING_LIMITS = { memoryBytes: 768 * 1024 * 1024, milliseconds: 60_000 };

/** A process's resident memory, from Linux's /proc (null elsewhere: the time limit still holds). */
const residentBytes = (pid: number): number | null => {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
};

/** Each page's text, read by PDF.js in a child process watched for its memory and time. */
export const readPagesApart = (
  bytes: Uint8Array,
  child: URL = PDF_PAGES_CHILD,
  limits: { memoryBytes: number; milliseconds: number } = PDF_READING_LIMITS,
): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const reader = fork(fileURLToPath(child), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    let outcome: { pages: string[] } | { refused: DocumentRejected } | { failed: Error } | null = null;
    const stop = (why: typeof outcome) => {
      outcome ??= why;
      reader.kill('SIGKILL');
    };
    const watch = setInterval(() => {
      const rss = reader.pid === undefined ? null : residentBytes(reader.pid);
      if (rss !== null && rss > limits.memoryBytes)
        stop({
          refused: new DocumentRejected('TOO_LARGE', `the PDF unpacks to more than ${limits.memoryBytes / 1024 / 1024} MiB in memory`),
        });
    }, 20);
    const timeout = setTimeout(
      () => stop({ refused: new DocumentRejected('TOO_LARGE', `reading the PDF takes longer than ${limits.milliseconds / 1000} s`) }),
      limits.milliseconds,
    );
    reader.on('message', (message: { pages?: string[]; error?: string }) =>
      stop(message.pages ? { pages: message.pages } : { failed: new Error(message.error ?? 'the PDF reader failed') }),
    );
    reader.on('error', (error) => stop({ failed: error }));
    reader.on('exit', (code, signal) => {
      clearInterval(watch);
      clearTimeout(timeout);
      const ended = outcome ?? { failed: new Error(`the PDF reader stopped (${signal ?? `exit code ${code}`}) before it answered`) };
      if ('pages' in ended) resolve(ended.pages);
      else reject('refused' in ended ? ended.refused : ended.failed);
    });
    reader.send(bytes);
  });

/**
 * A PDF's text layer, page after page, a line per line of the page. A PDF whose pages carry no text
 * (a scan: images of pages) is refused with that reason: the reader does not guess text from images.
 */
export const pdfText = async (bytes: Uint8Array): Promise<string> => {
  let pages: string[];
  try {
    // Built, in a process of its own; from the sources (under Jest), in this one.
    pages = existsSync(fileURLToPath(PDF_PAGES_CHILD)) ? await readPagesApart(bytes) : await readPages(bytes);
  } catch (error) {
    if (error instanceof DocumentRejected) throw error;
    throw new DocumentRejected('UNREADABLE', `the PDF cannot be read: ${(error as Error).message}`);
  }
  const letters = pages.join('').replace(/\s/g, '').length;
  if (letters < (TEXT_PER_PAGE * Math.max(1, pages.length)) / 4) {
    throw new DocumentRejected(
      'SCANNED_PDF',
      `the PDF has no text layer (${pages.length} page(s) of images: a scan); run OCR on it or upload the original DOCX or text`,
    );
  }
  return pages.join('\n');
};
