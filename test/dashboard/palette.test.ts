import fs from 'node:fs';
import path from 'node:path';
import { CompetenceStandardLevel, EventKind } from '../../src/domain/enums';

/** The `key:` values of one exported array of public/js/palette.js (a browser module, read as text). */
function paletteKeys(name: string): string[] {
  const text = fs.readFileSync(path.join(__dirname, '../../web/dashboard/js/palette.js'), 'utf8');
  const body = new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\n\\];`).exec(text)?.[1] ?? '';
  return [...body.matchAll(/key: '([A-Z_]+)'/g)].map((m) => m[1]);
}

describe('the dashboard palette names every kind the API can answer', () => {
  // Found when the reviewed pages were loaded: FORUM and PLENARY events were counted in the subtitle but drawn in no
  // series, so the chart's bars summed to less than the graph holds.
  it('has a colour and label for every EventKind and CompetenceStandardLevel', () => {
    expect(paletteKeys('EVENT_KINDS').sort()).toEqual(Object.values(EventKind).sort());
    expect(paletteKeys('STANDARD_LEVELS').sort()).toEqual(Object.values(CompetenceStandardLevel).sort());
  });
});
