/**
 * The dashboard's initial JavaScript: what a merchant's browser must download and run
 * before the inbox can show its first rows, read from the Vite build's manifest (the
 * entry chunk and every chunk it imports statically; `import()`ed chunks come later).
 * The size test asserts its budget and `npm run bench` reports it (docs/architecture.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface InitialJs {
  /** The entry's file and the files it imports statically, relative to the output directory. */
  files: string[];
  rawBytes: number;
  /** Each file gzipped on its own (they are separate downloads), summed. */
  gzipBytes: number;
  /** Chunks loaded on demand (`import()`), by source module. */
  onDemand: Array<{ src: string; file: string }>;
}

const dashboardDir = fileURLToPath(new URL('.', import.meta.url));

/** Builds the dashboard into `outDir` (with its manifest), as scripts/build.ts does into dashboard/dist. */
export async function buildDashboardInto(outDir: string): Promise<void> {
  // Vite keeps a NODE_ENV it finds set (vitest sets "test") and would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(dashboardDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Reads a built dashboard's initial JavaScript from `outDir`'s `.vite/manifest.json`. */
export async function initialJs(outDir: string): Promise<InitialJs> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`dashboard build: expected one entry, found ${entries.length}`);
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entries[0]!);
  const files = [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const contents = await readFile(join(outDir, file));
    rawBytes += contents.length;
    gzipBytes += gzipSync(contents, { level: 9 }).length;
  }
  const onDemand = Object.values(manifest).flatMap((chunk) => (chunk.isDynamicEntry && chunk.src ? [{ src: chunk.src, file: chunk.file }] : []));
  return { files, rawBytes, gzipBytes, onDemand };
}
