/** Gzip sizes of what shoppers download: the loader on every page, the panel on open. */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWidget } from '../widget/build';

const dist = fileURLToPath(new URL('../widget/dist/', import.meta.url));

export async function measureWidgetSize(): Promise<{ loaderGzipBytes: number; totalGzipBytes: number; localeGzipBytesMax?: number }> {
  await buildWidget();
  const gz = async (name: string) => gzipSync(await readFile(`${dist}${name}`), { level: 9 }).length;
  const files = (await readdir(dist, { recursive: true })).map(String).filter((f) => f.endsWith('.js'));
  const locales = files.filter((f) => f.includes('locale'));
  const code = files.filter((f) => !locales.includes(f));
  const loaderGzipBytes = await gz('loader.js');
  let totalGzipBytes = 0;
  for (const f of code) totalGzipBytes += await gz(f);
  const result: { loaderGzipBytes: number; totalGzipBytes: number; localeGzipBytesMax?: number } = { loaderGzipBytes, totalGzipBytes };
  if (locales.length) result.localeGzipBytesMax = Math.max(...(await Promise.all(locales.map(gz))));
  return result;
}
