/**
 * Durations counted in fixed buckets, so a day's rollup can hold them in a few fields and
 * any number of days add up to the period's median and p90 without keeping every value.
 *
 * The edges are whole minutes where merchants set thresholds (every minute to an hour,
 * every 5 minutes to three hours, every 30 minutes to a day), so "% answered within N
 * minutes" and "missed after N minutes" are exact for every N a merchant can choose
 * (`isThresholdMinutes` in the contract). A percentile is read as the upper edge of the bucket its rank
 * falls in ("half were answered within 4 minutes"): exact to the bucket's width, never
 * flattering. The mean is exact (the sum is kept).
 */
import type { Distribution } from '@kotha/common/contract';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const range = (from: number, to: number, step: number, unit: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => (from + i * step) * unit);

/** Upper edges (ms, inclusive) of every bucket but the last, which holds everything longer. */
export const EDGES: readonly number[] = [
  ...range(15, 45, 15, SECOND),
  ...range(1, 60, 1, MINUTE),
  ...range(65, 180, 5, MINUTE),
  ...range(210, 1440, 30, MINUTE),
  ...range(26, 72, 2, HOUR),
  ...range(4, 30, 1, DAY),
];

/** How many, their sum (ms), and how many fell in each bucket (by bucket index, only those with any). */
export interface Histogram {
  count: number;
  sum: number;
  buckets: Record<string, number>;
}

export const emptyHistogram = (): Histogram => ({ count: 0, sum: 0, buckets: {} });

/** The bucket a duration falls in: the first whose edge it does not exceed. */
export function bucketOf(ms: number): number {
  const i = EDGES.findIndex((edge) => ms <= edge);
  return i === -1 ? EDGES.length : i;
}

export function histogramOf(values: readonly number[]): Histogram {
  const h = emptyHistogram();
  for (const ms of values) {
    const b = String(bucketOf(ms));
    h.count++;
    h.sum += ms;
    h.buckets[b] = (h.buckets[b] ?? 0) + 1;
  }
  return h;
}

export function mergeHistograms(histograms: readonly Histogram[]): Histogram {
  const h = emptyHistogram();
  for (const one of histograms) {
    h.count += one.count;
    h.sum += one.sum;
    for (const [b, n] of Object.entries(one.buckets)) h.buckets[b] = (h.buckets[b] ?? 0) + n;
  }
  return h;
}

const sortedBuckets = (h: Histogram) => Object.entries(h.buckets).map(([b, n]) => [Number(b), n] as const).sort((a, b) => a[0] - b[0]);

/** The value at nearest rank ⌈q·n⌉, read as its bucket's upper edge (the last bucket: its lower edge). */
export function percentile(h: Histogram, q: number): number | null {
  if (h.count === 0) return null;
  const rank = Math.max(1, Math.ceil(q * h.count));
  let seen = 0;
  for (const [b, n] of sortedBuckets(h)) {
    seen += n;
    if (seen >= rank) return EDGES[Math.min(b, EDGES.length - 1)]!;
  }
  return EDGES.at(-1)!;
}

/** How many were at most `ms`, which must be an edge. */
export function countAtMost(h: Histogram, ms: number): number {
  return sortedBuckets(h).reduce((sum, [b, n]) => (b < EDGES.length && EDGES[b]! <= ms ? sum + n : sum), 0);
}

/** How many were longer than `ms`, which must be an edge. */
export function countAbove(h: Histogram, ms: number): number {
  return h.count - countAtMost(h, ms);
}

/** Median (p50) and p90 by nearest rank from the buckets, the mean exact to the ms. */
export function distributionOf(h: Histogram): Distribution {
  if (h.count === 0) return { count: 0, median: null, p90: null, mean: null };
  return { count: h.count, median: percentile(h, 0.5), p90: percentile(h, 0.9), mean: Math.round(h.sum / h.count) };
}
