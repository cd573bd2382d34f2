/**
 * The dashboard's initial JavaScript (gzip): the entry chunk and its static imports, what the
 * inbox needs before its first rows (dashboard/initial-js.ts). Builds dashboard/dist, which
 * the inbox bench then serves.
 */
import { fileURLToPath } from 'node:url';
import { initialJs } from '../dashboard/initial-js';
import { buildDashboard } from '../scripts/build';

const dist = fileURLToPath(new URL('../dashboard/dist/', import.meta.url));

export async function measureDashboardSize(): Promise<{ initialJsGzipBytes: number; initialJsRawBytes: number; initialFiles: number; onDemandChunks: number }> {
  await buildDashboard({ force: true });
  const initial = await initialJs(dist);
  return { initialJsGzipBytes: initial.gzipBytes, initialJsRawBytes: initial.rawBytes, initialFiles: initial.files.length, onDemandChunks: initial.onDemand.length };
}
