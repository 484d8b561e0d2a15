import { invalidInput, type DraftMediaType } from '@monitor/domain';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (bytes: Uint8Array, ascii: string) => [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

const isUtf8Text = (bytes: Uint8Array): boolean => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * What an uploaded document is, from its bytes, never from the caller's word alone: a PDF starts
 * "%PDF-", a DOCX is a ZIP ("PK\x03\x04") named or declared as one, text is UTF-8 without NUL bytes
 * (Markdown when declared or named so). Anything else is refused, naming what was sent.
 */
export const documentTypeOf = (bytes: Uint8Array, declared: string | null, fileName: string | null): DraftMediaType => {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  const name = (fileName ?? '').toLowerCase();
  if (bytes.length === 0) throw invalidInput('file', 'the document is empty');
  if (startsWith(bytes, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, 'PK\x03\x04')) {
    if (type === DOCX || name.endsWith('.docx')) return DOCX;
    throw invalidInput('file', `a ZIP archive (${type || 'no type'}, "${fileName ?? ''}") is accepted only as a DOCX document`);
  }
  if (isUtf8Text(bytes)) return type === 'text/markdown' || /\.(md|markdown)$/.test(name) ? 'text/markdown' : 'text/plain';
  throw invalidInput(
    'file',
    `"${fileName ?? ''}" (${type || 'no type'}) is not a document accepted: plain text or Markdown in UTF-8, DOCX or PDF`,
  );
};
