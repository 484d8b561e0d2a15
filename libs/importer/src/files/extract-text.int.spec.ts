import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb } from 'pdf-lib';
import { DocumentRejected, draftPlan } from '../index.js';
import { TEST_CONTEXT } from '../testing/lists.js';
import { MAX_DOCX_UNZIPPED_BYTES } from './docx.js';
import { extractDocument } from './extract-text.js';

// Real files through the real libraries: mammoth for DOCX, PDF.js (pdfjs-dist) for PDF.
const unseen = fileURLToPath(new URL('../../unseen/', import.meta.url));
const rejection = async (bytes: Uint8Array) => {
  try {
    await extractDocument(bytes, 'f');
    return null;
  } catch (error) {
    return error instanceof DocumentRejected ? `${error.code}: ${error.message}` : String(error);
  }
};

describe('reading documents from their files', () => {
  it('reads a DOCX built here: paragraphs a line each, a table row a line of tab-separated cells', async () => {
    const p = (text: string) => new Paragraph({ text });
    const cell = (...texts: string[]) => new TableCell({ children: texts.map(p) });
    const docx = new Document({
      sections: [
        {
          children: [
            p('KẾ HOẠCH'),
            p('Triển khai nhiệm vụ năm 2024'),
            p('I. NHIỆM VỤ'),
            new Table({
              rows: [
                new TableRow({ children: [cell('TT'), cell('Nội dung'), cell('Đơn vị chủ trì'), cell('Thời gian')] }),
                new TableRow({
                  children: [cell('1'), cell('Xây dựng cơ sở dữ liệu & bản đồ'), cell('Sở KH&CN', 'Sở Tài chính'), cell('Quý III/2024')],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(docx);
    const read = await extractDocument(bytes, 'plan.docx');
    expect(read.format).toBe('DOCX');
    expect(read.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(read.text.split('\n').filter((l) => l !== '')).toEqual([
      'KẾ HOẠCH',
      'Triển khai nhiệm vụ năm 2024',
      'I. NHIỆM VỤ',
      'TT\tNội dung\tĐơn vị chủ trì\tThời gian',
      '1\tXây dựng cơ sở dữ liệu & bản đồ\tSở KH&CN; Sở Tài chính\tQuý III/2024',
    ]);
    const draft = draftPlan(read, TEST_CONTEXT);
    expect(draft.tasks.map((t) => [t.title, t.leadUnits.map((u) => u.unitId), t.deadline?.due])).toEqual([
      ['Xây dựng cơ sở dữ liệu & bản đồ', ['tinh-a.so-khcn', 'tinh-a.so-tai-chinh'], '2024-09-30'],
    ]);
  });

  it("reads the checked-in DOCX and PDF of the unseen set, keeping the PDF's printed lines", async () => {
    const docx = await extractDocument(readFileSync(`${unseen}bac-kan-112-kh-skhcn.docx`), 'bac-kan-112-kh-skhcn.docx');
    expect(docx.text).toContain(
      '1\tXây dựng mô hình trồng quýt theo tiêu chuẩn VietGAP\tSở Nông nghiệp và Phát triển nông thôn\tSở KH&CN; UBND các huyện, thành phố\tTháng 10/2019\t01 mô hình đạt chuẩn',
    );
    const pdf = await extractDocument(readFileSync(`${unseen}bac-giang-75-kh-ubnd.pdf`), 'bac-giang-75-kh-ubnd.pdf');
    expect(pdf.format).toBe('PDF');
    const lines = pdf.text.split('\n');
    expect(lines).toContain('Số: 75/KH-UBND');
    expect(lines).toContain('Giao Sở KH&CN chủ trì, phối hợp với Sở Công Thương vận hành sàn giao dịch công nghệ của tỉnh.');
  });

  it('refuses a PDF without a text layer, saying it is a scan', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700, color: rgb(0.9, 0.9, 0.9) });
    expect(await rejection(await pdf.save())).toMatch(/^SCANNED_PDF: the PDF has no text layer \(1 page\(s\) of images: a scan\)/);
  });

  it('refuses a DOCX that unzips past its limit (a zip bomb: a small file, gigabytes once inflated) before reading it', async () => {
    const plan = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'KẾ HOẠCH' })] }] }));
    const zip = await JSZip.loadAsync(plan);
    zip.file('word/media/padding.bin', new Uint8Array(MAX_DOCX_UNZIPPED_BYTES + 1024 * 1024), { compression: 'DEFLATE' });
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await rejection(bomb)).toBe('TOO_LARGE: the DOCX unzips to more than 64 MiB');
    // The same document without the padding reads.
    expect((await extractDocument(plan, 'plan.docx')).text.trim()).toBe('KẾ HOẠCH');
  });

  it('refuses empty files, binary junk, Word 97 files and text in TCVN3 or VNI, naming what they are', async () => {
    expect(await rejection(new Uint8Array())).toBe('EMPTY: the file is empty');
    expect(await rejection(new Uint8Array(4096).map((_, i) => (i * 7919) % 256))).toMatch(/^BINARY/);
    expect(await rejection(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(
      /^UNSUPPORTED: the file is a Word 97–2003 \.doc/,
    );
    const tcvn3 = Buffer.from('KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh sè 696 cña Thñ t­íng ChÝnh phñ vÒ khoa häc vµ c«ng nghÖ', 'latin1');
    expect(await rejection(tcvn3)).toMatch(/^LEGACY_ENCODING: .*TCVN3/);
    const vni = Buffer.from(
      'Keá hoaïch thöïc hieän Quyeát ñònh soá 696 cuûa Thuû töôùng Chính phuû veà khoa hoïc vaø coâng ngheä',
      'latin1',
    );
    expect(await rejection(vni)).toMatch(/^LEGACY_ENCODING: .*VNI/);
    expect(await rejection(Buffer.from('   \n\n  '))).toBe('EMPTY: the document has no text');
  });

  it('reads UTF-8 with or without a BOM, and UTF-16 with one, to the same text', async () => {
    const text = 'KẾ HOẠCH\nGiao Sở KH&CN chủ trì';
    const utf8 = await extractDocument(Buffer.from(text, 'utf8'), null);
    const bom = await extractDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), null);
    const utf16 = await extractDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), null);
    expect([bom.text, utf16.text]).toEqual([utf8.text, utf8.text]);
    expect(bom.sha256).not.toBe(utf8.sha256);
  });
});
