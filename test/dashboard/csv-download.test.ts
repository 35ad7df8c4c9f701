import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The dashboard's CSV helper (a browser ES module; its CSV functions touch no DOM), loaded by a plain Node. */
const HELPER = pathToFileURL(path.join(__dirname, '../../web/dashboard/js/csv-download.js')).href;

/**
 * Runs `expression` (JavaScript over `csv`, the helper's exports) in a child Node process and returns its value:
 * ts-jest compiles to CommonJS, which cannot import an ES module itself.
 */
function evaluate(expression: string): unknown {
  const script = `import * as csv from ${JSON.stringify(HELPER)}; process.stdout.write(JSON.stringify(${expression}));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('the dashboard’s CSV helper (public/js/csv-download.js)', () => {
  it('quotes a field with a comma, quote or line break and doubles its quotes (RFC 4180); others stay bare', () => {
    // JavaScript source (JSON has no undefined).
    const fields = `['plain', 'a, b', 'say "hi"', 'two\\nlines', 'cr\\rx', '', null, undefined, 0, 12.5, true, 'Liège']`;
    expect(evaluate(`${fields}.map(csv.csvField)`)).toEqual([
      'plain',
      '"a, b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\rx"',
      '',
      '',
      '',
      '0',
      '12.5',
      'true',
      'Liège',
    ]);
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula (= + - @ tab CR), not before numbers', () => {
    const fields = ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '=A1,"x"', 'a=b', 'e-mail', -3, 0.5];
    expect(evaluate(`${JSON.stringify(fields)}.map(csv.csvField)`)).toEqual([
      "'=1+2",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'=A1,""x"""',
      'a=b',
      'e-mail',
      '-3',
      '0.5',
    ]);
  });

  it('writes a header and CRLF-ended rows that a CSV parser reads back to the same values', () => {
    const rows = [
      { code: 'BE', name: 'Belgium, "BE"', note: 'line\r\nbreak', n: 65 },
      { code: 'FR', name: null, note: '-x', n: 0 },
    ];
    const text = evaluate(
      `csv.toCsv([['code', 'country_code'], ['name', 'country'], ['note', 'note'], ['n', 'events']], ${JSON.stringify(rows)})`,
    ) as string;
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual([
      ['country_code', 'country', 'note', 'events'],
      ['BE', 'Belgium, "BE"', 'line\r\nbreak', '65'],
      ['FR', '', "'-x", '0'],
    ]);
  });

  it('names columns and files from labels', () => {
    expect(
      evaluate(
        `[csv.columnName('Peer learning activity'), csv.columnName('Kind not recorded'), csv.fileSlug('Cedefop / ETF: trainers!'), csv.fileSlug('***'), csv.fileSlug('Liège')]`,
      ),
    ).toEqual(['peer_learning_activity', 'kind_not_recorded', 'cedefop-etf-trainers', 'export', 'liege']);
  });
});
