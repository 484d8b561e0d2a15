import mammoth from 'mammoth';
import { DocumentRejected } from '../index.js';

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
