/**
 * Bundles the Cloud Functions for deploy into functions/lib (firebase.json's source):
 * our code and small dependencies in one ES module; firebase-admin and
 * firebase-functions installed by Cloud Build from the generated package.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = ['firebase-admin', 'firebase-functions'];

export async function buildFunctions(): Promise<void> {
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
  await mkdir(`${root}functions/lib`, { recursive: true });
  await build({
    entryPoints: [`${root}functions/src/index.ts`],
    outfile: `${root}functions/lib/index.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    external: external.map((name) => `${name}/*`).concat(external),
    // Bundled CommonJS dependencies (express) still call require for Node built-ins.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const manifest = {
    name: 'kotha-functions',
    private: true,
    type: 'module',
    main: 'index.js',
    engines: { node: '22' },
    dependencies: Object.fromEntries(external.map((name) => [name, pkg.dependencies[name]])),
  };
  await writeFile(`${root}functions/lib/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildFunctions();
  console.log('functions bundled into functions/lib');
}
