import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

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

/** Each page's text, read by PDF.js in this process. */
export const readPages = async (bytes: Uint8Array): Promise<string[]> => {
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
