import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { DocumentRejected } from '../index.js';

/** Characters of text a page needs for the file to count as having a text layer. */
const TEXT_PER_PAGE = 20;

// PDF.js's legacy build is the one made for Node; in Node it reads its font and CMap data from the
// package's own folders by file path (a path ending in a separator), never over the network.
const pdfjsHome = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dataDir = (name: string): string => join(pdfjsHome, name) + sep;

const isTextItem = (item: TextItem | TextMarkedContent): item is TextItem => 'str' in item;

/** One page's text: its items in reading order, a line break where PDF.js marks the end of a line. */
const pageText = (items: readonly (TextItem | TextMarkedContent)[]): string =>
  items
    .filter(isTextItem)
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('');

const readPages = async (bytes: Uint8Array): Promise<string[]> => {
  const task = getDocument({
    data: new Uint8Array(bytes), // PDF.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false, // an uploaded file is untrusted: no code built from its font programs
    useSystemFonts: true,
    disableFontFace: true,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
};

/**
 * A PDF's text layer, page after page, a line per line of the page. A PDF whose pages carry no text
 * (a scan: images of pages) is refused with that reason: the reader does not guess text from images.
 */
export const pdfText = async (bytes: Uint8Array): Promise<string> => {
  let pages: string[];
  try {
    pages = await readPages(bytes);
  } catch (error) {
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
