import { draftDate, fieldOfEditError, isoOfTyped, spanOfParam, targetOfProblem, unitChoices } from './draft';

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
