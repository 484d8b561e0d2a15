import { createHash } from 'node:crypto';
import { DocumentRejected, legacyEncodingIn, type DocumentInput } from '../index.js';
import { docxText } from './docx.js';
import { pdfText } from './pdf.js';

/** The largest file the reader accepts (bytes): plans are tens of pages, not hundreds of megabytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type DocumentFormat = 'TEXT' | 'DOCX' | 'PDF';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** The format by the file's first bytes, never by its name: a renamed file is read as what it is. */
export const formatOf = (bytes: Uint8Array): DocumentFormat | 'DOC' | 'ZIP' => {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'PDF'; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'DOC'; // OLE: Word 97–2003
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    return head.includes('word/') || head.includes('[Content_Types].xml') ? 'DOCX' : 'ZIP';
  }
  return 'TEXT';
};

/** The share of characters text never holds: C0 controls other than tab and line ends, DEL, C1 controls, U+FFFD. */
const controlShare = (text: string) => {
  const sample = text.slice(0, 100_000);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) controls++;
  }
  return controls / Math.max(1, sample.length);
};

/**
 * Plain text or Markdown: UTF-8 (a BOM is dropped) or UTF-16 with its BOM. Bytes that are not UTF-8
 * are read as Latin-1 only to name what they are: a legacy Vietnamese encoding (TCVN3, VNI) or binary.
 */
export const plainText = (bytes: Uint8Array): string => {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const latin = new TextDecoder('latin1').decode(bytes);
    // Control bytes first: binary data has every byte value, so it would pass for an 8-bit encoding too.
    if (controlShare(latin) > 0.01 || latin.includes('\u0000'))
      throw new DocumentRejected('BINARY', 'the file is binary data, not a text, DOCX or PDF document');
    const legacy = legacyEncodingIn(latin);
    if (legacy) throw new DocumentRejected('LEGACY_ENCODING', legacy);
    throw new DocumentRejected('UNREADABLE', 'the file is not UTF-8 text (nor TCVN3 or VNI); save it as UTF-8 and try again');
  }
  if (text.includes('\u0000') || controlShare(text) > 0.05)
    throw new DocumentRejected('BINARY', 'the file is binary data, not a text, DOCX or PDF document');
  return text;
};

/** The text of a document's bytes, by its format, with the SHA-256 of the bytes as they came. */
export const extractDocument = async (bytes: Uint8Array, fileName: string | null): Promise<DocumentInput & { format: DocumentFormat }> => {
  if (bytes.length === 0) throw new DocumentRejected('EMPTY', 'the file is empty');
  if (bytes.length > MAX_FILE_BYTES) throw new DocumentRejected('TOO_LARGE', `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = formatOf(bytes);
  if (format === 'DOC')
    throw new DocumentRejected('UNSUPPORTED', 'the file is a Word 97–2003 .doc; save it as .docx (or PDF, or text) and try again');
  if (format === 'ZIP') throw new DocumentRejected('UNSUPPORTED', 'the file is a ZIP archive but not a Word .docx document');
  const text = format === 'PDF' ? await pdfText(bytes) : format === 'DOCX' ? await docxText(bytes) : plainText(bytes);
  if (text.trim() === '') throw new DocumentRejected('EMPTY', 'the document has no text');
  return { text, sha256, fileName, format };
};
