/**
 * Gzip sizes of what shoppers download, from the build's manifest: the loader on every
 * page, the panel on open (together as the size test budgets them), the page-view module
 * for a shopper who has chatted, the largest language pack (a shopper downloads at most
 * one); the Help chunk and its text packs apart, as only shoppers who open Help or type
 * download them.
 */
import { buildWidget } from '../widget/build';

interface WidgetSize {
  loaderGzipBytes: number;
  totalGzipBytes: number;
  pageViewGzipBytes: number;
  localeGzipBytesMax: number;
  helpGzipBytes: number;
  helpLocaleGzipBytesMax: number;
}

export async function measureWidgetSize(): Promise<WidgetSize> {
  const manifest = await buildWidget();
  return {
    loaderGzipBytes: manifest.loaderGzipBytes,
    totalGzipBytes: manifest.totalGzipBytes,
    pageViewGzipBytes: manifest.pageViewGzipBytes,
    localeGzipBytesMax: Math.max(...Object.values(manifest.localeGzipBytes)),
    helpGzipBytes: manifest.helpGzipBytes,
    helpLocaleGzipBytesMax: Math.max(...Object.values(manifest.helpLocaleGzipBytes)),
  };
}
