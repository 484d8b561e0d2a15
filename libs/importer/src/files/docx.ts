import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DocumentRejected } from '../index.js';

/**
 * What a DOCX may hold once unzipped. A plan's XML is a few megabytes; the 2,000,000 characters of
 * text a document may have are well under this. A file of a megabyte can unzip to gigabytes (a zip
 * bomb), which mammoth would inflate whole, in memory.
 */
export const MAX_DOCX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * Unzips every part in small chunks, counting, before mammoth reads any: a DOCX that unzips past the
 * limit is refused having cost at most the limit. The same library mammoth unzips with (JSZip) reads
 * the archive, so the parts counted are the parts it would inflate.
 */
const refuseZipBomb = async (bytes: Uint8Array): Promise<void> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DocumentRejected('UNREADABLE', `the DOCX cannot be read: ${(error as Error).message}`);
  }
  let unzipped = 0;
  for (const part of Object.values(zip.files)) {
    if (part.dir) continue;
    await new Promise<void>((resolve, reject) => {
      // JSZip's stream (readable-stream 2) is not async-iterable: its events, then.
      const stream = part.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy(): void };
      stream
        .on('data', (chunk: Buffer) => {
          unzipped += chunk.length;
          if (unzipped <= MAX_DOCX_UNZIPPED_BYTES) return;
          stream.destroy();
          reject(new DocumentRejected('TOO_LARGE', `the DOCX unzips to more than ${MAX_DOCX_UNZIPPED_BYTES / 1024 / 1024} MiB`));
        })
        .on('error', (error: Error) => reject(new DocumentRejected('UNREADABLE', `the DOCX cannot be read: ${error.message}`)))
        .on('end', () => resolve());
    });
  }
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(+e.slice(1))
        : (ENTITIES[e] ?? whole),
  );
const inline = (html: string) =>
  decode(html.replace(/<br\s*\/?>/giu, ' ').replace(/<[^>]+>/gu, ''))
    .replace(/\s+/gu, ' ')
    .trim();

/** A table cell: its paragraphs and list items in one line ("; " between them, items as "- " bullets): tabs would split the row. */
const cellText = (html: string) =>
  html
    .split(/<\/p>|<\/li>/iu)
    .map((part) => ({ bullet: /<li[\s>]/iu.test(part), text: inline(part) }))
    .filter((p) => p.text !== '')
    .map((p) => (p.bullet ? `- ${p.text}` : p.text))
    .join('; ');

/**
 * A DOCX as text: a line per paragraph, heading and list item (items as "- "), a blank line between
 * paragraphs, and each table row as one line of tab-separated cells.
 */
export const docxText = async (bytes: Uint8Array): Promise<string> => {
  await refuseZipBomb(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true })).value;
  } catch (error) {
    throw new DocumentRejected('UNREADABLE', `the DOCX cannot be read: ${(error as Error).message}`);
  }
  const lines: string[] = [];
  const blocks = html.split(/(<table[\s\S]*?<\/table>)/iu);
  for (const block of blocks) {
    if (/^<table/iu.test(block)) {
      for (const row of block.match(/<tr[\s\S]*?<\/tr>/giu) ?? []) {
        const cells = (row.match(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/giu) ?? []).map((c) =>
          cellText(c.replace(/^<t[dh][^>]*>|<\/t[dh]>$/giu, '')),
        );
        lines.push(cells.join('\t'));
      }
      lines.push('');
      continue;
    }
    for (const part of block.split(/<\/(?:p|h[1-6]|li)>/iu)) {
      const text = inline(part);
      if (text === '') continue;
      lines.push(/<li[\s>]/iu.test(part) ? `- ${text}` : text, '');
    }
  }
  return lines.join('\n');
};
