/**
 * Gzip sizes of what shoppers download: the loader on every page, the panel on open (the
 * two the budget counts, as widget/size.test.ts does), the page-view module for a shopper
 * who has chatted, and the largest locale pack (a shopper downloads at most one).
 */
import { buildWidget } from '../widget/build';

export async function measureWidgetSize(): Promise<{ loaderGzipBytes: number; totalGzipBytes: number; pageViewGzipBytes: number; localeGzipBytesMax?: number }> {
  const manifest = await buildWidget();
  const packs = Object.values(manifest.localeGzipBytes);
  return {
    loaderGzipBytes: manifest.loaderGzipBytes,
    totalGzipBytes: manifest.totalGzipBytes,
    pageViewGzipBytes: manifest.pageViewGzipBytes,
    ...(packs.length ? { localeGzipBytesMax: Math.max(...packs) } : {}),
  };
}
