import { GraphQLError } from 'graphql';
import { planReader } from './plan-reader.js';
import { draftEditOf } from './draft-edit-input.js';

describe('the reader the platform calls', () => {
  const context = {
    sha256: 'a'.repeat(64),
    mediaType: 'text/plain',
    provinceId: 'bac-giang',
    units: [{ unitId: 'bac-giang.so-khcn', name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN'], provinceId: 'bac-giang' }],
    directives: [],
    provinces: [{ provinceId: 'bac-giang', name: 'Bắc Giang', validFrom: null, validTo: '2025-06-30' }],
  };

  it('drafts a plan from its bytes, each task with its source lines', async () => {
    const text = [
      'UBND TỈNH BẮC GIANG',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: 12/KH-KHCN',
      'Bắc Giang, ngày 02 tháng 3 năm 2021',
      'KẾ HOẠCH',
      'Triển khai ứng dụng công nghệ năm 2021',
      'II. NHIỆM VỤ',
      '1. Giao Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu, hoàn thành trước ngày 30/6/2021.',
    ].join('\n');
    const draft = await planReader(new TextEncoder().encode(text), 'kh.txt', context);
    expect(draft.document).toMatchObject({ kind: 'Kế hoạch', number: '12/KH-KHCN', issuedOn: { value: '2021-03-02', precision: 'DAY' } });
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0]).toMatchObject({ leadUnits: [{ unitId: 'bac-giang.so-khcn' }], deadline: { due: '2021-06-29' } });
    expect(draft.tasks[0].source).toMatchObject({ startLine: 8, endLine: 8 });
  });

  it("matches a merged province's document against the province that exists on its date, not its predecessor's units", async () => {
    const text = [
      'UBND TỈNH NINH BÌNH',
      'Số: 30/KH-UBND',
      'Ninh Bình, ngày 15 tháng 8 năm 2025',
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2025 (trước đây tỉnh Hà Nam đã triển khai)',
      'II. NHIỆM VỤ',
      '1. Giao Sở Tài chính chủ trì bố trí kinh phí, hoàn thành trong Quý IV/2025.',
    ].join('\n');
    const draft = await planReader(new TextEncoder().encode(text), 'kh.txt', {
      ...context,
      provinceId: null,
      units: [{ unitId: 'ha-nam.so-tai-chinh', name: 'Sở Tài chính', aliases: [], provinceId: 'ha-nam' }],
      provinces: [
        { provinceId: 'ha-nam', name: 'Hà Nam', validFrom: null, validTo: '2025-06-30' },
        { provinceId: 'ninh-binh', name: 'Ninh Bình (đến 30/6/2025)', validFrom: null, validTo: '2025-06-30' },
        { provinceId: 'ninh-binh-2025', name: 'Ninh Bình (từ 01/7/2025)', validFrom: '2025-07-01', validTo: null },
      ],
    });
    expect(draft.document.provinceId).toBe('ninh-binh-2025');
    expect(draft.tasks[0].leadUnits).toEqual([expect.objectContaining({ name: 'Sở Tài chính', unitId: null })]);
  });

  it('answers a document it cannot read with the reason, as a GraphQL error', async () => {
    const refused = planReader(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 7]), 'x.bin', context);
    await expect(refused).rejects.toBeInstanceOf(GraphQLError);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'DOCUMENT_REJECTED', reason: 'BINARY' } });
  });
});

describe('a GraphQL edit as a domain edit', () => {
  it('takes the fields of its op and names one it lacks', () => {
    expect(draftEditOf({ op: 'SET_TASK_DEADLINE', taskRef: 'II.1', deadlineText: 'trong năm 2020' }, 0)).toEqual({
      op: 'SET_TASK_DEADLINE',
      taskRef: 'II.1',
      text: 'trong năm 2020',
    });
    expect(draftEditOf({ op: 'SET_HEADER', header: { issuedOn: '2020-07', signedByName: 'Nguyễn Thanh Bình' } }, 1)).toEqual({
      op: 'SET_HEADER',
      header: { issuedOn: { value: '2020-07', precision: 'MONTH' }, signedBy: { name: 'Nguyễn Thanh Bình', title: null } },
    });
    expect(() => draftEditOf({ op: 'ADD_TASK', ref: 'IV.1', title: 'x', startLine: 3 }, 2)).toThrow(
      /edits\[2\].endLine: ADD_TASK needs endLine/,
    );
  });

  it("takes a target's removal (of the plan when no task is named) and the reporting duties", () => {
    expect(draftEditOf({ op: 'REMOVE_TARGET', targetText: '01 tháng' }, 0)).toEqual({
      op: 'REMOVE_TARGET',
      taskRef: null,
      text: '01 tháng',
    });
    expect(
      draftEditOf(
        {
          op: 'SET_REPORTING_DUTIES',
          duties: [{ reporter: { name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' }, frequency: 'YEARLY', startLine: 11, endLine: 11 }],
        },
        1,
      ),
    ).toEqual({
      op: 'SET_REPORTING_DUTIES',
      duties: [
        {
          reporter: { name: 'Sở KH&CN', unitId: 'ha-nam.so-khcn' },
          recipient: null,
          frequency: 'YEARLY',
          dueText: null,
          lines: { startLine: 11, endLine: 11 },
        },
      ],
    });
    expect(() => draftEditOf({ op: 'REMOVE_TARGET', taskRef: 'II.1' }, 2)).toThrow(/edits\[2\].targetText: REMOVE_TARGET needs targetText/);
  });
});
