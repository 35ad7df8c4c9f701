import { atlasCountryCodes, worldAtlasCountryCodes } from '../../src/features/dashboard/country-codes';
import { BUNDLED_FILES } from '../support/test-graph';
import fs from 'node:fs';

describe('world-atlas shapes map to the alpha-2 codes of our Country nodes (issue 17, item 1)', () => {
  it('maps numeric ids through i18n-iso-countries, and shapes without an id by their English name only when known', () => {
    const codes = atlasCountryCodes([
      { id: '056', properties: { name: 'Belgium' } },
      { id: '250', properties: { name: 'France' } },
      { id: '470', properties: { name: 'Malta' } },
      { properties: { name: 'Kosovo' } },
      { properties: { name: 'N. Cyprus' } },
      { id: '999', properties: { name: 'Nowhere' } },
    ]);
    expect(codes).toEqual({ byNumeric: { '056': 'BE', '250': 'FR', '470': 'MT' }, byName: { Kosovo: 'XK' } });
  });

  it('gives a shape to every country code in the bundled data (so every counted country can be drawn)', () => {
    const { byNumeric, byName } = worldAtlasCountryCodes();
    const mapped = new Set([...Object.values(byNumeric), ...Object.values(byName)]);
    // Country codes as the bundled files state them ("code": "BE").
    const used = new Set(
      BUNDLED_FILES.flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/"code":\s*"([A-Z]{2})"/g)].map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((code) => !mapped.has(code))).toEqual([]);
    // One shape per code: two shapes under one name would be drawn as one country with two values.
    expect(Object.values(byNumeric).length).toBe(new Set(Object.values(byNumeric)).size);
  });
});
