/**
 * Builds what browsers load: the widget (esbuild) and the dashboard (Vite). The
 * dashboard build is skipped when its output is newer than every source it depends on.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { buildWidget } from '../widget/build';

const root = fileURLToPath(new URL('..', import.meta.url));

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

async function dashboardIsFresh(): Promise<boolean> {
  try {
    const built = (await stat(join(root, 'dashboard/dist/index.html'))).mtimeMs;
    const sources = await Promise.all([
      newestMtime(join(root, 'dashboard/src')),
      newestMtime(join(root, 'common')),
      stat(join(root, 'dashboard/index.html')).then((s) => s.mtimeMs),
      stat(join(root, 'dashboard/vite.config.ts')).then((s) => s.mtimeMs),
      stat(join(root, 'package-lock.json')).then((s) => s.mtimeMs),
    ]);
    return built > Math.max(...sources);
  } catch {
    return false;
  }
}

export async function buildDashboard(options: { force: boolean }): Promise<'built' | 'fresh'> {
  if (!options.force && (await dashboardIsFresh())) return 'fresh';
  await viteBuild({ configFile: join(root, 'dashboard/vite.config.ts'), logLevel: 'warn' });
  return 'built';
}

/** Builds the widget and (unless fresh) the dashboard. */
export async function buildAll(options: { force: boolean } = { force: false }): Promise<void> {
  await buildWidget();
  await buildDashboard(options);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildAll({ force: process.argv.includes('--force') });
  console.log(`built widget and dashboard in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
