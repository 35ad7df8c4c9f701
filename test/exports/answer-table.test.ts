import { answerTable, AnswerTableError, MAX_COLUMNS } from '../../src/server/csv/answer-table';
import { safeCell } from '../../src/server/csv/graphql-csv';

describe('answerTable: the first list of an answer as rows', () => {
  it('takes the first list in field order and flattens nested objects and lists by dotted names', () => {
    const table = answerTable({
      stats: { total: 2 },
      events: {
        edges: [
          {
            cursor: 'c1',
            relationship: { role: 'host' },
            node: { id: 'event:a', place: { name: 'Liège' }, sources: ['u1', 'u2'] },
          },
          { cursor: 'c2', relationship: null, node: { id: 'event:b', place: null, sources: [] } },
        ],
      },
      later: [{ ignored: true }],
    });
    expect(table.path).toBe('events.edges');
    expect(table.columns).toEqual([
      'id',
      'place.name',
      'sources.0',
      'sources.1',
      'edge.cursor',
      'edge.relationship.role',
    ]);
    expect(table.rows[1]).toEqual({ id: 'event:b', place: null, 'edge.cursor': 'c2', 'edge.relationship': null });
  });

  it('writes a list of scalars as one `value` column and refuses an answer without a list', () => {
    expect(answerTable({ years: [2013, 2014] })).toEqual({
      path: 'years',
      columns: ['value'],
      rows: [{ value: 2013 }, { value: 2014 }],
    });
    expect(() => answerTable({ country: { name: 'Belgium' } })).toThrow(AnswerTableError);
  });

  it('refuses rows wider than the column cap', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => [`f${i}`, i]));
    expect(() => answerTable({ list: [wide] })).toThrow(`more than ${MAX_COLUMNS} columns`);
  });

  it('quotes cells a spreadsheet would run as formulas (= + - @ tab CR) and leaves others alone', () => {
    expect(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', ''].map(safeCell)).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'a=b',
      '',
    ]);
  });
});
