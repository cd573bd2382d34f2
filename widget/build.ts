/**
 * Builds the widget: the locale packs first (one small ES module per language, content-
 * hashed), then the Help chunk's own text packs and the Help chunk (self-service, loaded
 * only when used, on the panel's Preact), then the panel (an ES module with a
 * content-hashed name and English inside) with the packs' and the Help chunk's file names baked in, then the page-view module (likewise; the loader
 * fetches it only for a shopper who has chatted), then the loader (a minified IIFE) with
 * the panel's and the page-view module's file names and each language's launcher name
 * baked in, then a size manifest.
 * Run: `npx tsx widget/build.ts`; or import `buildWidget` from another script.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';
import { DEFAULT_LOCALE, LOCALES } from '@kotha/common/locales/catalog';
import type { Messages } from './src/locales/messages';

const widgetDir = dirname(fileURLToPath(import.meta.url));

export interface WidgetManifest {
  /** File names, relative to the output directory. */
  loader: string;
  panel: string;
  /** The page-view module, loaded only for a shopper who has chatted. */
  pageView: string;
  /** The Help chunk (Help view, suggestions, order status), loaded when the shopper opens Help or types. */
  help: string;
  /** The Help chunk's text pack by locale code (English is inside the chunk). */
  helpLocales: Record<string, string>;
  /** Locale pack file by locale code; English is inside the panel, so it has none. */
  locales: Record<string, string>;
  loaderGzipBytes: number;
  pageViewGzipBytes: number;
  helpGzipBytes: number;
  /** Each Help text pack gzipped. */
  helpLocaleGzipBytes: Record<string, number>;
  /** Loader plus panel, each gzipped on its own (they are separate downloads); no locale packs. */
  totalGzipBytes: number;
  /** Each locale pack gzipped; a shopper downloads at most one of them. */
  localeGzipBytes: Record<string, number>;
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

/** Eight characters of a SHA-256 over `parts`, in esbuild's own hash alphabet (A-Z, 2-7). */
function contentHash(parts: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from(hash.digest().subarray(0, 8), (byte) => alphabet[byte & 31]).join('');
}

const localeSource = (locale: string) => join(widgetDir, 'src/locales', `${locale}.ts`);
const helpLocaleSource = (locale: string) => join(widgetDir, 'src/help/locales', `${locale}.ts`);

/**
 * The Help chunk renders with the panel's Preact, handed over when it loads: its imports of
 * `preact`, `preact/hooks` and `preact/jsx-runtime` resolve to help/runtime.ts, which holds them.
 */
const panelPreact: Plugin = {
  name: 'kotha-panel-preact',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^preact(\/hooks|\/jsx-runtime)?$/ }, () => ({ path: join(widgetDir, 'src/help/runtime.ts') }));
  },
};

/**
 * Builds one pack per non-default locale from `source`. The packs share one content hash,
 * of all of them together, so whoever loads them can name a pack by a pattern
 * (`./<prefix>-<code>-<hash>.js`) instead of carrying 35 random file names.
 */
async function buildPacks(shared: BuildOptions, moduleOptions: BuildOptions & { outdir: string }, prefix: string, source: (locale: string) => string) {
  const packLocales = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
  const packs = await build({
    ...shared,
    ...moduleOptions,
    entryNames: '[name]',
    entryPoints: Object.fromEntries(packLocales.map((locale) => [`${prefix}-${locale}`, source(locale)])),
    write: false,
  });
  const built = packs.outputFiles ?? [];
  if (built.length !== packLocales.length) throw new Error(`widget build: expected one file per ${prefix} pack`);
  const hash = contentHash(built.map((file) => file.contents));
  const files = packLocales.map((locale) => {
    const file = built.find((candidate) => basename(candidate.path) === `${prefix}-${locale}.js`);
    if (!file) throw new Error(`widget build: no ${prefix} pack for ${locale}`);
    return { path: join(moduleOptions.outdir, `${prefix}-${locale}-${hash}.js`), contents: file.contents };
  });
  const names: Record<string, string> = Object.fromEntries(files.map((file, index) => [packLocales[index], basename(file.path)]));
  return { files, names, hash };
}

/** Each locale's launcher name, read from its locale file, for the loader to name the launcher without a pack. */
async function launcherLabels(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const module = (await import(pathToFileURL(localeSource(locale)).href)) as { default: Messages };
      return [locale, module.default.openChat] as const;
    }),
  );
  return Object.fromEntries(entries);
}

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

  // ES modules are always decoded as UTF-8, so their text can stay unescaped (half the
  // bytes for Bengali or Telugu). Not the loader: a classic script takes the host page's charset.
  // The panel already needs a runtime with `Array.prototype.at` and `findLast` (Chrome 97, Safari 15.4),
  // so its syntax may be ES2022 too:
  // class fields and `??=` stay as written instead of helpers.
  const moduleOptions = { format: 'esm', charset: 'utf8', outdir, entryNames: '[name]-[hash]', target: 'es2022' } satisfies BuildOptions;

  // One entry per pack (not code splitting), so a pack can never share a chunk with the panel.
  const { files: packFiles, names: locales, hash: packsHash } = await buildPacks(shared, moduleOptions, 'locale', localeSource);
  const { files: helpPackFiles, names: helpLocales } = await buildPacks(shared, moduleOptions, 'help', helpLocaleSource);

  const helpChunk = await build({
    ...shared,
    ...moduleOptions,
    entryPoints: { help: join(widgetDir, 'src/help/index.tsx') },
    plugins: [cssAsText, panelPreact],
    define: {
      __KOTHA_HELP_TEXT_FILES__: JSON.stringify(
        Object.fromEntries(Object.entries(helpLocales).map(([locale, file]) => [locale, `./${file}`])),
      ),
    },
  });
  const [helpFile, ...extraHelpFiles] = helpChunk.outputFiles ?? [];
  if (!helpFile || extraHelpFiles.length > 0) throw new Error('widget build: expected one help file');

  // What the loader fetches only for a shopper who has chatted (and the panel after a first
  // session): the page-view beacon and its consent check.
  const pageView = await build({ ...shared, ...moduleOptions, entryPoints: { 'page-view': join(widgetDir, 'src/page-view.ts') } });
  const [pageViewFile, ...extraPageViewFiles] = pageView.outputFiles ?? [];
  if (!pageViewFile || extraPageViewFiles.length > 0) throw new Error('widget build: expected one page-view file');

  const panel = await build({
    ...shared,
    ...moduleOptions,
    entryPoints: { panel: join(widgetDir, 'src/panel/index.tsx') },
    // V8's compile hint: compile every function while the file streams in, off the main
    // thread, instead of each on its first call during the mount and the click.
    banner: { js: '//# allFunctionsCalledOnLoad' },
    // Resolved against the panel's own URL at run time, like the panel against the loader's.
    define: {
      __KOTHA_LOCALE_HASH__: JSON.stringify(packsHash),
      __KOTHA_PAGE_VIEW_FILE__: JSON.stringify(`./${basename(pageViewFile.path)}`),
      __KOTHA_HELP_FILE__: JSON.stringify(`./${basename(helpFile.path)}`),
    },
  });
  const [panelFile, ...extraFiles] = panel.outputFiles ?? [];
  if (!panelFile || extraFiles.length > 0) throw new Error('widget build: expected one panel file');

  const loader = await build({
    ...shared,
    entryPoints: [join(widgetDir, 'src/loader.ts')],
    format: 'iife',
    outfile: join(outdir, 'loader.js'),
    // Resolved against the loader's own URL at run time, so the pair can be hosted anywhere.
    define: {
      __KOTHA_PANEL_FILE__: JSON.stringify(`./${basename(panelFile.path)}`),
      __KOTHA_PAGE_VIEW_FILE__: JSON.stringify(`./${basename(pageViewFile.path)}`),
      __KOTHA_LAUNCHER_LABELS__: JSON.stringify(await launcherLabels()),
    },
  });
  const [loaderFile] = loader.outputFiles ?? [];
  if (!loaderFile) throw new Error('widget build: no loader output');

  const loaderGzipBytes = gzipBytes(loaderFile.contents);
  const packBytes = new Map([...packFiles, ...helpPackFiles].map((file) => [basename(file.path), gzipBytes(file.contents)]));
  const manifest: WidgetManifest = {
    loader: basename(loaderFile.path),
    panel: basename(panelFile.path),
    pageView: basename(pageViewFile.path),
    help: basename(helpFile.path),
    helpLocales,
    locales,
    loaderGzipBytes,
    pageViewGzipBytes: gzipBytes(pageViewFile.contents),
    helpGzipBytes: gzipBytes(helpFile.contents),
    helpLocaleGzipBytes: Object.fromEntries(
      Object.entries(helpLocales).map(([locale, file]) => [locale, packBytes.get(file) ?? Number.NaN]),
    ),
    totalGzipBytes: loaderGzipBytes + gzipBytes(panelFile.contents),
    localeGzipBytes: Object.fromEntries(
      Object.entries(locales).map(([locale, file]) => [locale, packBytes.get(file) ?? Number.NaN]),
    ),
  };

  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await Promise.all([
    writeFile(loaderFile.path, loaderFile.contents),
    writeFile(panelFile.path, panelFile.contents),
    writeFile(pageViewFile.path, pageViewFile.contents),
    writeFile(helpFile.path, helpFile.contents),
    ...[...packFiles, ...helpPackFiles].map((file) => writeFile(file.path, file.contents)),
    writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`),
  ]);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await buildWidget();
  const [largest, largestBytes] = Object.entries(manifest.localeGzipBytes).sort(([, a], [, b]) => b - a)[0] ?? [];
  console.log(
    `widget: ${manifest.loader} ${manifest.loaderGzipBytes} B gzip, ` +
      `with ${manifest.panel} ${manifest.totalGzipBytes} B gzip in total; ` +
      `${Object.keys(manifest.locales).length} locale packs, the largest (${largest}) ${largestBytes} B gzip; ` +
      `help chunk ${manifest.help} ${manifest.helpGzipBytes} B gzip`,
  );
}
