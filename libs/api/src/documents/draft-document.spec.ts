import { GraphQLError } from 'graphql';
import { readerNotInstalled } from './draft-document.js';
import { draftEditOf } from './draft-edit-input.js';

describe('the reader the platform calls', () => {
  it('says plainly that none is installed, drafting nothing', async () => {
    const context = { sha256: 'a'.repeat(64), mediaType: 'text/plain', provinceId: 'ha-nam', units: [], directives: [] };
    const refused = readerNotInstalled(new Uint8Array([1]), 'x.txt', context);
    await expect(refused).rejects.toBeInstanceOf(GraphQLError);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'READER_NOT_INSTALLED' } });
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
});
