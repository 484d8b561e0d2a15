import { toDocumentLines } from './lines.js';
import { readReferences } from './references.js';

const directives = [
  { directiveId: '696/QĐ-TTg', number: '696/QĐ-TTg', issuedOn: '2020-05-25' },
  { directiveId: '46/NQ-CP', number: '46/NQ-CP', issuedOn: '2013-03-29' },
];

describe('what a document implements and what it only cites', () => {
  it('implements the first document each basis sentence names; the rest, and every later mention, are cited', () => {
    const lines = [
      'Số: 2811 /KH-UBND',
      'Thực hiện Quyết định số 696/QĐ-TTg ngày 25/5/2020 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Kết luận số 50-KL/TW ngày 30/5/2019 của Ban Bí thư, UBND tỉnh ban hành Kế hoạch:',
      'I. NHIỆM VỤ',
      '1. Tiếp tục thực hiện Nghị quyết số 46/NQ-CP ngày 29/3/2013 của Chính phủ và Quyết định số 800/2015/QĐ-UBND.',
    ];
    const refs = readReferences(toDocumentLines(lines.join('\n')), '2811/KH-UBND', directives, null);
    expect(refs.implements.map((r) => [r.number, r.directiveId, r.source.startLine])).toEqual([['696/QĐ-TTg', '696/QĐ-TTg', 2]]);
    expect(refs.cites.map((r) => r.number)).toEqual(['50-KL/TW', '46/NQ-CP', '800/2015/QĐ-UBND']);
    expect(refs.cites[1]!.directiveId).toBe('46/NQ-CP');
  });

  it('describes a reference from the kind word nearest its number, without the clause’s closing bracket and period', () => {
    const lines = ['I. MỤC TIÊU', '1. Góp phần thực hiện Chương trình đổi mới công nghệ quốc gia (Quyết định số 2245/QĐ-TTg).'];
    const refs = readReferences(toDocumentLines(lines.join('\n')), null, directives, null);
    expect(refs.cites.map((r) => [r.number, r.description, r.source.text])).toEqual([
      ['2245/QĐ-TTg', 'Quyết định số 2245/QĐ-TTg', 'Quyết định số 2245/QĐ-TTg'],
    ]);
  });

  it('reads a number written without its series by its date, and keeps a basis with no number as described', () => {
    const lines = [
      'Thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025 của tỉnh, Sở xây dựng kế hoạch như sau:',
      'I. GIẢI PHÁP',
      'Triển khai có hiệu quả Quyết định số 696 ngày 25/5/2020 của Thủ tướng Chính phủ.',
    ];
    const refs = readReferences(toDocumentLines(lines.join('\n')), '/KH-KHCN', directives, null);
    expect(refs.implements).toHaveLength(1);
    expect(refs.implements[0]).toMatchObject({ number: null, directiveId: null });
    expect(refs.implements[0]!.description).toMatch(/^Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025/);
    expect(refs.cites.map((r) => [r.number, r.directiveId])).toEqual([['696/QĐ-TTg', '696/QĐ-TTg']]);
  });

  it('implements a document the title names first when the opening then says the plan implements it', () => {
    const lines = [
      'KẾ HOẠCH',
      'Triển khai thực hiện Kế hoạch số 125/KH-UBND ngày 05/3/2024 của UBND tỉnh',
      '',
      'Thực hiện Kế hoạch số 125/KH-UBND ngày 05/3/2024 của UBND tỉnh, Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:',
      'I. NHIỆM VỤ',
    ];
    const refs = readReferences(toDocumentLines(lines.join('\n')), '87/KH-SKHCN', directives, [1, 1]);
    expect(refs.implements.map((r) => [r.number, r.source.startLine])).toEqual([['125/KH-UBND', 4]]);
    expect(refs.cites).toEqual([]);
  });
});
