import {
  ADD_TASK_FIELDS,
  addTaskProblem,
  draftDate,
  dutiesEdit,
  fieldOfEditError,
  isoOfTyped,
  lineOfTyped,
  prefillOfSpan,
  relinked,
  spanOfParam,
  spanOfSelection,
  targetOfProblem,
  unitChoices,
} from './draft';

describe('the review screen’s pure parts', () => {
  it('places an editDraft error beside the field of the edit it names', () => {
    const edits = [
      { input: { op: 'SET_TASK_TITLE' }, field: 'title' },
      { input: { op: 'SET_TASK_DEADLINE' }, field: 'deadlineText' },
    ];
    expect(fieldOfEditError(edits, 'edits[1].deadlineText')).toBe('deadlineText');
    expect(fieldOfEditError(edits, 'edits[0]')).toBe('title');
    expect(fieldOfEditError(edits, 'edits[7].title')).toBeNull();
    expect(fieldOfEditError(edits, 'id')).toBeNull();
    expect(fieldOfEditError(edits, null)).toBeNull();
    expect(fieldOfEditError([{ input: { op: 'SET_HEADER' }, field: 'header' }], 'edits[0].header.issuedOn')).toBe('issuedOn');
  });

  it('moves a reference to the other list, or drops it, as both whole lists in one call', () => {
    const ref = (number: string, line: number) => ({
      number,
      description: `Quyết định số ${number}`,
      directiveId: null,
      source: { startLine: line, endLine: line, text: number },
    });
    const document = { implements: [ref('696/QĐ-TTg', 13)], cites: [ref('2245/QĐ-TTg', 18), ref('1/CV', 40)] };
    const numbers = (edits: ReturnType<typeof relinked>) =>
      edits.map((e) => [e.input['op'], (e.input['references'] as { number: string }[]).map((r) => r.number)]);
    expect(numbers(relinked(document, 'cites', 0, 'implements'))).toEqual([
      ['SET_IMPLEMENTS', ['696/QĐ-TTg', '2245/QĐ-TTg']],
      ['SET_CITES', ['1/CV']],
    ]);
    expect(numbers(relinked(document, 'implements', 0, null))).toEqual([
      ['SET_IMPLEMENTS', []],
      ['SET_CITES', ['2245/QĐ-TTg', '1/CV']],
    ]);
    // Each reference goes back with its lines, so the platform keeps its source.
    expect(relinked(document, 'cites', 0, 'implements')[0]!.input['references']).toEqual([
      { number: '696/QĐ-TTg', description: 'Quyết định số 696/QĐ-TTg', directiveId: null, startLine: 13, endLine: 13 },
      { number: '2245/QĐ-TTg', description: 'Quyết định số 2245/QĐ-TTg', directiveId: null, startLine: 18, endLine: 18 },
    ]);
    expect(relinked(document, 'cites', 5, null)).toEqual([]);
    expect(relinked(document, 'cites', 0, 'implements').every((e) => e.field === 'links')).toBe(true);
  });

  it('replaces a reporting duty, adds a second from the same lines, or drops one, as the whole list', () => {
    const unit = (name: string, unitId: string | null) => ({ name, unitId });
    const sixMonthly = {
      reporter: unit('Sở Khoa học và Công nghệ', 'ha-nam.so-khcn'),
      recipient: unit('UBND tỉnh', 'ha-nam.ubnd-tinh'),
      frequency: 'SIX_MONTHLY' as const,
      dueText: null,
      source: { startLine: 40, endLine: 40, text: 'Định kỳ 6 tháng, hằng năm tổng hợp, báo cáo UBND tỉnh' },
    };
    const once = {
      ...sixMonthly,
      reporter: null,
      frequency: 'ONCE' as const,
      dueText: 'trước ngày 15/11/2021',
      source: { startLine: 44, endLine: 45 },
    };
    const duties = [sixMonthly, once];
    const frequencies = (edit: ReturnType<typeof dutiesEdit>) => (edit.input['duties'] as { frequency: string }[]).map((d) => d.frequency);
    expect(frequencies(dutiesEdit(duties, 0, { ...sixMonthly, frequency: 'YEARLY' }, 'add'))).toEqual(['SIX_MONTHLY', 'YEARLY', 'ONCE']);
    expect(frequencies(dutiesEdit(duties, 1, { ...once, frequency: 'QUARTERLY' }))).toEqual(['SIX_MONTHLY', 'QUARTERLY']);
    expect(frequencies(dutiesEdit(duties, 0, null))).toEqual(['ONCE']);
    const edit = dutiesEdit(duties, 0, null);
    expect(edit.input['op']).toBe('SET_REPORTING_DUTIES');
    expect(edit.field).toBe('duties');
    // Each duty goes back with its lines and its units as the platform takes them (no quoted text).
    expect(edit.input['duties']).toEqual([
      { reporter: null, recipient: sixMonthly.recipient, frequency: 'ONCE', dueText: 'trước ngày 15/11/2021', startLine: 44, endLine: 45 },
    ]);
  });

  it('places an added task’s error beside the field it names: both line numbers beside the lines', () => {
    const edits = [{ input: { op: 'ADD_TASK' }, field: 'form', fields: ADD_TASK_FIELDS }];
    expect(fieldOfEditError(edits, 'edits[0].ref')).toBe('ref');
    expect(fieldOfEditError(edits, 'edits[0].title')).toBe('title');
    expect(fieldOfEditError(edits, 'edits[0].lines')).toBe('lines');
    expect(fieldOfEditError(edits, 'edits[0].startLine')).toBe('lines');
    expect(fieldOfEditError(edits, 'edits[0].endLine')).toBe('lines');
    expect(fieldOfEditError(edits, 'edits[0].op')).toBe('form');
    expect(fieldOfEditError(edits, 'edits[0]')).toBe('form');
  });

  it('takes the lines a selection in the text spans, however it was made', () => {
    expect(spanOfSelection(31, 31)).toEqual({ startLine: 31, endLine: 31 });
    expect(spanOfSelection(22, 25)).toEqual({ startLine: 22, endLine: 25 });
    // Made upwards.
    expect(spanOfSelection(25, 22)).toEqual({ startLine: 22, endLine: 25 });
    // A triple click: from line 31 to the start of line 32, nothing of which is selected.
    expect(spanOfSelection(31, 32, true)).toEqual({ startLine: 31, endLine: 31 });
    expect(spanOfSelection(32, 31, true)).toEqual({ startLine: 31, endLine: 31 });
    // A selection within one line keeps it even if it starts at its very beginning.
    expect(spanOfSelection(31, 31, true)).toEqual({ startLine: 31, endLine: 31 });
  });

  it('guesses a missed task’s ref and title from its first line and its section', () => {
    const lines = [
      'II. NHIỆM VỤ CỤ THỂ',
      '',
      '1. Khảo sát nhu cầu',
      '- Chủ trì: Sở Khoa học và Công nghệ.',
      '',
      'Đồng thời, tổ chức tập huấn cho doanh nghiệp.',
      '4. Xây dựng sàn giao dịch công nghệ',
      'a) Rà soát các quy định',
    ];
    const taken = ['II.1', 'II.2', 'II.3'];
    // No number of its own: the section's first free number; the title is the line's words.
    expect(prefillOfSpan(lines, { startLine: 5, endLine: 6 }, taken)).toEqual({
      ref: 'II.4',
      title: 'Đồng thời, tổ chức tập huấn cho doanh nghiệp.',
    });
    // Its own number under its section's, without the numbering in the title.
    expect(prefillOfSpan(lines, { startLine: 7, endLine: 8 }, ['II.1'])).toEqual({
      ref: 'II.4',
      title: 'Xây dựng sàn giao dịch công nghệ',
    });
    // Its number already used: the next free one.
    expect(prefillOfSpan(lines, { startLine: 3, endLine: 4 }, taken).ref).toBe('II.4');
    expect(prefillOfSpan(lines, { startLine: 8, endLine: 8 }, taken).title).toBe('Rà soát các quy định');
    expect(prefillOfSpan(lines, { startLine: 4, endLine: 4 }, []).title).toBe('Chủ trì: Sở Khoa học và Công nghệ.');
    // No section above: a plain number.
    expect(prefillOfSpan(['Lập kế hoạch.', 'Báo cáo.'], { startLine: 2, endLine: 2 }, ['1'])).toEqual({ ref: '2', title: 'Báo cáo.' });
  });

  it('reads a typed line number as a whole number or nothing', () => {
    expect(lineOfTyped('31')).toBe(31);
    expect(lineOfTyped(' 7 ')).toBe(7);
    expect(lineOfTyped('')).toBeNull();
    expect(lineOfTyped('3.5')).toBeNull();
    expect(lineOfTyped('-2')).toBeNull();
    expect(lineOfTyped('ba')).toBeNull();
  });

  it('words an added task’s refusal the reviewer’s way, by its code and field', () => {
    const lines = { startLine: 31, endLine: 31 };
    expect(addTaskProblem('ALREADY_EXISTS', 'ref', lines, 52)).toBe('refTaken');
    expect(addTaskProblem('INVALID_INPUT', 'ref', lines, 52)).toBe('refMissing');
    expect(addTaskProblem('INVALID_INPUT', 'title', lines, 52)).toBe('titleMissing');
    expect(addTaskProblem('INVALID_INPUT', 'lines', { startLine: null, endLine: 31 }, 52)).toBe('linesMissing');
    expect(addTaskProblem('INVALID_INPUT', 'lines', { startLine: 31, endLine: 999 }, 52)).toBe('linesOutside');
    expect(addTaskProblem('INVALID_INPUT', 'lines', { startLine: 0, endLine: 3 }, 52)).toBe('linesOutside');
    expect(addTaskProblem('INVALID_INPUT', 'lines', { startLine: 9, endLine: 3 }, 52)).toBe('linesOutside');
    expect(addTaskProblem('INVALID_INPUT', 'lines', lines, 52)).toBe('linesBlank');
    // Anything else in the platform's own words.
    expect(addTaskProblem('FORBIDDEN', 'form', lines, 52)).toBeNull();
    expect(addTaskProblem('RULE_VIOLATED', 'ref', lines, 52)).toBeNull();
  });

  it('takes a date typed as Vietnamese write it, as precisely as typed', () => {
    expect(isoOfTyped('5/3/2021')).toBe('2021-03-05');
    expect(isoOfTyped('03/2021')).toBe('2021-03');
    expect(isoOfTyped('2021')).toBe('2021');
    expect(isoOfTyped(' 2021-03-05 ')).toBe('2021-03-05');
    expect(isoOfTyped('31/02')).toBe('31/02');
  });

  it('links an approval problem to its task, or to the header', () => {
    expect(targetOfProblem('tasks[II.1].leadUnits[0].unitId')).toEqual({ taskRef: 'II.1' });
    expect(targetOfProblem('tasks[row-9].leadUnits')).toEqual({ taskRef: 'row-9' });
    expect(targetOfProblem('document.issuer.unitId')).toEqual({ header: true });
    expect(targetOfProblem('document.implements[0]')).toEqual({ header: true });
    expect(targetOfProblem('id')).toBeNull();
  });

  it('reads ?lines= only inside the document', () => {
    expect(spanOfParam('12-14', 40)).toEqual({ startLine: 12, endLine: 14 });
    expect(spanOfParam('7', 40)).toEqual({ startLine: 7, endLine: 7 });
    expect(spanOfParam('14-12', 40)).toBeNull();
    expect(spanOfParam('0', 40)).toBeNull();
    expect(spanOfParam('39-41', 40)).toBeNull();
    expect(spanOfParam('1;alert(1)', 40)).toBeNull();
    expect(spanOfParam(null, 40)).toBeNull();
  });

  it('offers the registered units and keeps the drafted ones that match none', () => {
    const choices = unitChoices(
      [{ id: 'ha-nam.so-y-te', name: 'Sở Y tế' }],
      [
        { name: 'Sở Y tế', unitId: 'ha-nam.so-y-te' },
        { name: 'Trung tâm X', unitId: null },
      ],
    );
    expect(choices).toEqual([
      { name: 'Sở Y tế', unitId: 'ha-nam.so-y-te' },
      { name: 'Trung tâm X', unitId: null },
    ]);
  });

  it('writes a date as precisely as the document gives it', () => {
    expect(draftDate({ value: '2021-03-15', precision: 'DAY' })).toBe('15/03/2021');
    expect(draftDate({ value: '2020-05', precision: 'MONTH' })).toBe('05/2020');
    expect(draftDate({ value: '2020', precision: 'YEAR' })).toBe('2020');
    expect(draftDate(null)).toBe('—');
  });
});
