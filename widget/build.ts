/**
 * Builds the widget: the panel first (an ES module with a content-hashed name), then the
 * loader (a minified IIFE) with the panel's file name baked in, then a size manifest.
 * Run: `npx tsx widget/build.ts`; or import `buildWidget` from another script.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';

const widgetDir = dirname(fileURLToPath(import.meta.url));

export interface WidgetManifest {
  /** File names, relative to the output directory. */
  loader: string;
  panel: string;
  loaderGzipBytes: number;
  /** Loader plus panel, each gzipped on its own (they are separate downloads). */
  totalGzipBytes: number;
}

export interface WidgetBuildOptions {
  /** Where to write; widget/dist by default. The directory is emptied first. */
  outdir?: string;
}

/** Bundles `import css from './x.css'` as a minified string, for a <style> in the shadow root. */
const cssAsText: Plugin = {
  name: 'kotha-css-as-text',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true, target: 'chrome100' });
      return { contents: code, loader: 'text' };
    });
  },
};

const gzipBytes = (contents: Uint8Array) => gzipSync(contents, { level: 9 }).length;

/** Builds loader and panel into `outdir` and returns (and writes) the manifest. */
export async function buildWidget({ outdir = join(widgetDir, 'dist') }: WidgetBuildOptions = {}): Promise<WidgetManifest> {
  const shared = {
    bundle: true,
    minify: true,
    write: false,
    legalComments: 'none',
    // Dynamic import() needs ES2020; every browser with Shadow DOM has it.
    target: 'es2020',
    tsconfig: join(widgetDir, 'tsconfig.json'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    plugins: [cssAsText],
  } satisfies BuildOptions;

  const panel = await build({
    ...shared,
    entryPoints: { panel: join(widgetDir, 'src/panel/index.tsx') },
    format: 'esm',
    outdir,
    entryNames: '[name]-[hash]',
  });
  const [panelFile, ...extraFiles] = panel.outputFiles ?? [];
  if (!panelFile || extraFiles.length > 0) throw new Error('widget build: expected one panel file');

  const loader = await build({
    ...shared,
    entryPoints: [join(widgetDir, 'src/loader.ts')],
    format: 'iife',
    outfile: join(outdir, 'loader.js'),
    // Resolved against the loader's own URL at run time, so the pair can be hosted anywhere.
    define: { __KOTHA_PANEL_FILE__: JSON.stringify(`./${basename(panelFile.path)}`) },
  });
  const [loaderFile] = loader.outputFiles ?? [];
  if (!loaderFile) throw new Error('widget build: no loader output');

  const loaderGzipBytes = gzipBytes(loaderFile.contents);
  const manifest: WidgetManifest = {
    loader: basename(loaderFile.path),
    panel: basename(panelFile.path),
    loaderGzipBytes,
    totalGzipBytes: loaderGzipBytes + gzipBytes(panelFile.contents),
  };

  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await Promise.all([
    writeFile(loaderFile.path, loaderFile.contents),
    writeFile(panelFile.path, panelFile.contents),
    writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`),
  ]);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await buildWidget();
  console.log(
    `widget: ${manifest.loader} ${manifest.loaderGzipBytes} B gzip, ` +
      `with ${manifest.panel} ${manifest.totalGzipBytes} B gzip in total`,
  );
}
