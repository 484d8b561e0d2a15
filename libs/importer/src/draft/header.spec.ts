import { toDocumentLines } from './lines.js';
import { readHeader, readSigner } from './header.js';

describe('the header of a Vietnamese administrative document', () => {
  it("keeps a blank number's series and a month-only date at month precision, flagging both", () => {
    const header = readHeader(
      toDocumentLines(
        ['Số: /KH-KHCN', '', 'Bắc Giang, ngày   tháng 5 năm 2020', '', 'KẾ HOẠCH', '', 'Triển khai thực hiện Kết luận', ''].join('\n'),
      ),
    );
    expect(header.number).toBe('/KH-KHCN');
    expect(header.place).toBe('Bắc Giang');
    expect(header.issuedOn).toEqual({ value: '2020-05', precision: 'MONTH' });
    expect(header.kind).toBe('Kế hoạch');
    expect(header.title).toBe('Triển khai thực hiện Kết luận');
    expect(header.flags.map((f) => f.code)).toEqual(['NUMBER_BLANK', 'DATE_MONTH_ONLY']);
  });

  it('reads the number, the full date, the kind, a title starting "Thực hiện" and its horizon', () => {
    const text = [
      'Số: 41 /KH-KHCN',
      'Bắc Giang, ngày 22 tháng 5 năm 2017',
      '**KẾ HOẠCH**',
      'Thực hiện một số chủ trương đến năm 2020, tầm nhìn đến năm 2030',
      '',
      'Thực hiện Kế hoạch số 59/KH-UBND ngày 28/4/2017 của UBND tỉnh, Sở xây dựng kế hoạch như sau:',
    ];
    const header = readHeader(toDocumentLines(text.join('\n')));
    expect(header.number).toBe('41/KH-KHCN');
    expect(header.issuedOn).toEqual({ value: '2017-05-22', precision: 'DAY' });
    expect(header.title).toBe('Thực hiện một số chủ trương đến năm 2020, tầm nhìn đến năm 2030');
    expect(header.horizon).toBe('đến năm 2020, tầm nhìn đến năm 2030');
    expect(header.flags).toEqual([]);
  });

  it("takes the signer's role only where it is written above the name", () => {
    const signed = readSigner(
      toDocumentLines(
        ['Nơi nhận:', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '*Đinh Thị Lụa*', '', '**Đinh Thị Lụa**'].join('\n'),
      ),
    );
    expect(signed).toMatchObject({ name: 'Đinh Thị Lụa', title: 'Phó Chủ tịch', flags: [] });
    const unsigned = readSigner(toDocumentLines(['- Các phòng, đơn vị trực thuộc Sở.', '', '', 'Nguyễn Đức Kiên'].join('\n')));
    expect(unsigned).toMatchObject({ name: 'Nguyễn Đức Kiên', title: null });
    expect(unsigned!.flags.map((f) => f.code)).toEqual(['SIGNER_ROLE_NOT_WRITTEN']);
    expect(unsigned!.source).toEqual({ startLine: 4, endLine: 4, text: 'Nguyễn Đức Kiên' });
  });

  it('reads the place and date written on the number\'s line, and a title that starts "Thực hiện … số"', () => {
    const text = [
      'Số: 163/KH-UBND                            Bắc Giang, ngày 06 tháng 5 năm 2022',
      '',
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết số 145-NQ/TU ngày 28/3/2022 của Ban Thường vụ Tỉnh ủy',
      'về chuyển đổi số giai đoạn 2022 - 2025',
      '',
      'Thực hiện Nghị quyết số 145-NQ/TU ngày 28/3/2022 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:',
    ];
    const header = readHeader(toDocumentLines(text.join('\n')));
    expect([header.number, header.place, header.issuedOn?.value]).toEqual(['163/KH-UBND', 'Bắc Giang', '2022-05-06']);
    expect(header.title).toBe(
      'Thực hiện Nghị quyết số 145-NQ/TU ngày 28/3/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số giai đoạn 2022 - 2025',
    );
    expect(header.titleLines).toEqual([3, 4]);
    // The basis sentence straight under the heading is no title.
    const basis = readHeader(
      toDocumentLines(['KẾ HOẠCH', 'Thực hiện Kế hoạch số 59/KH-UBND của UBND tỉnh, Sở xây dựng kế hoạch như sau:'].join('\n')),
    );
    expect(basis.title).toBeNull();
  });

  it('reads the role above a "(Đã ký)" line, a one-letter word in a name, and a signature beside "Nơi nhận"', () => {
    const stamped = readSigner(toDocumentLines(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '(Đã ký)', '', 'Lê Ô Pích'].join('\n')));
    expect(stamped).toMatchObject({ name: 'Lê Ô Pích', title: 'Phó Chủ tịch', flags: [] });
    const beside = readSigner(
      toDocumentLines(
        [
          'Nơi nhận:                                                   GIÁM ĐỐC',
          '- UBND tỉnh (b/c);',
          '- Lãnh đạo Sở;                                               (Đã ký)',
          '- Lưu: VT, VP.                                            Hoàng Văn Thạch',
        ].join('\n'),
      ),
    );
    expect(beside).toMatchObject({ name: 'Hoàng Văn Thạch', title: 'Giám đốc', flags: [] });
  });
});
