import { extractText, getDocumentProxy } from 'unpdf';
import { DocumentRejected } from '../index.js';

/** Characters of text a page needs for the file to count as having a text layer. */
const TEXT_PER_PAGE = 20;

/**
 * A PDF's text layer, page after page, a line per line of the page. A PDF whose pages carry no text
 * (a scan: images of pages) is refused with that reason: the reader does not guess text from images.
 */
export const pdfText = async (bytes: Uint8Array): Promise<string> => {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
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
