/**
 * Every string in statement parameters in Unicode NFC, so the graph stores one form of each text whatever form the
 * client, an import file or a page sent: "Réseau" precomposed (U+00E9) and decomposed (e + U+0301) are the same
 * name, and a lookup by either finds it (field case F19). Plain objects and arrays are walked (keys too); driver
 * values (Integer, Date, DateTime …) and other class instances pass unchanged.
 * @returns a copy of `value` with its strings normalised (`value` itself is not changed)
 */
export function nfcStrings<T>(value: T): T {
  return normalise(value) as T;
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.normalize('NFC'), normalise(inner)]));
  }
  return value;
}
