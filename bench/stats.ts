/** Small statistics the bench sections share. */

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Rounded to tenths, as the report writes milliseconds. */
export const tenths = (n: number) => Math.round(n * 10) / 10;
