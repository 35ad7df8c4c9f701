import { Faker } from '@faker-js/faker';

/**
 * Seeded sampling helpers over one faker instance (faker's Mersenne Twister), so a seed gives the same graph on
 * every machine with the same faker version.
 */
export class Sampler {
  constructor(readonly faker: Faker) {}

  /** A float in [0, 1). */
  next(): number {
    return this.faker.number.float({ min: 0, max: 1 });
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** How many of something (1..weights.length) with the given relative weights, e.g. hosts per event. */
  count(weights: readonly number[]): number {
    return new Weighted(weights.map((_, i) => i + 1), weights).sample(this);
  }
}

/** Draws from a fixed list with relative weights (cumulative table + binary search: O(log n) per draw). */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('Weighted needs one weight per item, at least one item');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
    this.total = sum;
  }

  /** A power-law (Zipf) draw over `items` in rank order: weight of rank r is 1 / r^exponent. */
  static zipf<T>(items: readonly T[], exponent = 1.1): Weighted<T> {
    return new Weighted(items, items.map((_, i) => 1 / Math.pow(i + 1, exponent)));
  }

  sample(sampler: Sampler): T {
    const target = sampler.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }

  /** `n` distinct items (fewer when the list is shorter), by repeated draws. */
  distinct(sampler: Sampler, n: number, exclude: ReadonlySet<T> = new Set()): T[] {
    const out = new Set<T>();
    const want = Math.min(n, this.items.length - exclude.size);
    for (let tries = 0; out.size < want && tries < want * 20; tries++) {
      const item = this.sample(sampler);
      if (!exclude.has(item)) out.add(item);
    }
    return [...out];
  }
}
