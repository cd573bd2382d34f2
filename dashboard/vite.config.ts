/**
 * Builds the merchant dashboard: `npx vite build --config dashboard/vite.config.ts`.
 * Output in dashboard/dist with relative asset URLs (`base: './'`), so the same build
 * can be served under any path (the local dev server mounts it at /dashboard/).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { stylablePlugin } from './vite-stylable-plugin.ts';

const dashboardRoot = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(dashboardRoot, '..');
const require = createRequire(import.meta.url);

/** The API base URL baked into `<meta name="kotha-api">`; overridable per deployment. */
const apiBase = process.env.KOTHA_API_BASE || '/api';

/** Fills the `%KOTHA_API%` placeholder of index.html (attribute-escaped). */
function apiBaseMeta(value: string): Plugin {
  const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    name: 'kotha:api-base-meta',
    transformIndexHtml: (html) => html.replaceAll('%KOTHA_API%', escaped),
  };
}

export default defineConfig({
  root: dashboardRoot,
  base: './',
  plugins: [stylablePlugin(projectRoot), react(), apiBaseMeta(apiBase)],
  resolve: {
    alias: [
      // The layer every app shares (see docs/architecture.md); tsconfig.json declares the same path.
      { find: /^@kotha\/common\//, replacement: `${path.join(projectRoot, 'common')}/` },
      {
        // wix-style-react imports this folder with a trailing slash, which package
        // resolution does not map to the folder's package.json; point it at the ES entry.
        find: /^@wix\/wix-ui-icons-common\/system\/$/,
        replacement: require.resolve('@wix/wix-ui-icons-common/dist/esm/default/system/index.js'),
      },
    ],
  },
  build: {
    outDir: path.join(dashboardRoot, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // .vite/manifest.json: which chunks the entry loads at once (dashboard/initial-js.ts).
    manifest: true,
  },
});
