import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { DocumentRejected } from '../index.js';
import { readPages } from './pdf-pages.js';
import { readPagesApart } from './pdf.js';

// The built child process the platform reads PDFs in (`npm test` builds before it tests).
const child = new URL('../../dist/files/pdf-pages.child.js', import.meta.url);
const unseenPdf = fileURLToPath(new URL('../../unseen/bac-giang-75-kh-ubnd.pdf', import.meta.url));

/** A one-page PDF whose content stream, a few hundred kilobytes compressed, unpacks to `mib` MiB. */
const decompressionBomb = async (mib: number): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const content = Buffer.alloc(mib * 1024 * 1024, 0x20); // whitespace between operators: valid, and it compresses ~1000:1
  content.write('BT /F1 12 Tf 50 700 Td (KE HOACH) Tj ET', 0);
  const compressed = deflateSync(content);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(compressed, { Filter: 'FlateDecode' })));
  return doc.save();
};

const refusal = (reading: Promise<unknown>) =>
  reading.then(
    () => null,
    (error: unknown) => (error instanceof DocumentRejected ? `${error.code}: ${error.message}` : String(error)),
  );

describe('a PDF read in a process of its own, watched', () => {
  beforeAll(() => {
    if (!existsSync(fileURLToPath(child)))
      throw new Error(`${fileURLToPath(child)} is missing: build the importer first (npm run -s build)`);
  });

  it('gives the same pages as reading it here', async () => {
    const bytes = readFileSync(unseenPdf);
    expect(await readPagesApart(bytes, child)).toEqual(await readPages(bytes));
  });

  it('refuses a PDF that unpacks past its memory limit (a decompression bomb), the reader killed, this process untouched', async () => {
    const bomb = await decompressionBomb(600);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const limits = { memoryBytes: 256 * 1024 * 1024, milliseconds: 60_000 };
    expect(await refusal(readPagesApart(bomb, child, limits))).toBe('TOO_LARGE: the PDF unpacks to more than 256 MiB in memory');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a PDF whose reading outlasts its time limit', async () => {
    const limits = { memoryBytes: 1024 * 1024 * 1024, milliseconds: 1 };
    expect(await refusal(readPagesApart(readFileSync(unseenPdf), child, limits))).toBe(
      'TOO_LARGE: reading the PDF takes longer than 0.001 s',
    );
  });
});
