/**
 * A small Vite plugin that compiles Stylable stylesheets (`*.st.css`) into JS modules.
 *
 * wix-style-react's ES build imports its raw `.st.css` sources (`import { st, classes }
 * from './Button.st.css'`), so they must be transformed by Stylable, not by Vite's CSS
 * pipeline. Each stylesheet becomes a module that exports its class map and injects its
 * CSS at run time through @stylable/runtime, which orders `<style>` tags by Stylable's
 * depth so component overrides win regardless of import order (a plain CSS bundle would
 * lose that ordering).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Stylable, generateStylableJSModuleSource } from '@stylable/core';
import { collectImportsWithSideEffects } from '@stylable/build-tools';
import type { Plugin } from 'vite';

const STYLABLE_SOURCE = /\.st\.css$/;
/**
 * Resolved ids get this suffix so Vite's own CSS plugins, which claim every `.css` id,
 * leave them alone; the module stays beside its source so bare imports resolve as usual.
 */
const MODULE_SUFFIX = '.stylable.mjs';

/** Compiles `.st.css` imports with Stylable; `projectRoot` anchors namespaces and lookups. */
export function stylablePlugin(projectRoot: string): Plugin {
  const requireModule = createRequire(path.join(projectRoot, 'package.json'));
  let stylable: Stylable | undefined;
  const getStylable = (): Stylable => {
    stylable ??= new Stylable({
      projectRoot,
      mode: 'production',
      requireModule,
      fileSystem: {
        statSync: (p: string) => fs.statSync(p, { throwIfNoEntry: false }),
        readFileSync: (p: string, encoding: 'utf8') => fs.readFileSync(p, encoding),
        realpathSync: fs.realpathSync,
        dirname: path.dirname,
        join: path.join,
        resolve: path.resolve,
        isAbsolute: path.isAbsolute,
      },
    });
    return stylable;
  };

  return {
    name: 'kotha:stylable',
    enforce: 'pre',

    async resolveId(source, importer) {
      if (!STYLABLE_SOURCE.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return resolved.id + MODULE_SUFFIX;
    },

    load(id) {
      if (!id.endsWith(MODULE_SUFFIX)) return null;
      const sourcePath = id.slice(0, -MODULE_SUFFIX.length);
      const st = getStylable();
      const res = st.transform(sourcePath);
      for (const diagnostic of res.meta.transformDiagnostics?.reports ?? []) {
        if (diagnostic.severity === 'error') this.warn(`${sourcePath}: ${diagnostic.message}`);
      }
      // Stylesheets this one imports for their CSS (not just their symbols) must be loaded too.
      const imports: Array<{ from: string }> = [];
      collectImportsWithSideEffects(st, res.meta, (_meta, absPath, hasSideEffects) => {
        if (hasSideEffects && STYLABLE_SOURCE.test(absPath)) imports.push({ from: absPath });
      });
      for (const dependency of res.meta.transformCssDepth?.deepDependencies ?? []) {
        this.addWatchFile(dependency);
      }
      this.addWatchFile(sourcePath);
      return generateStylableJSModuleSource(
        {
          imports,
          namespace: res.meta.namespace,
          jsExports: res.exports,
          moduleType: 'esm',
          runtimeRequest: '@stylable/runtime',
        },
        {
          css: res.meta.targetAst?.toString() ?? '',
          depth: res.meta.transformCssDepth?.cssDepth ?? 1,
          runtimeId: 'kotha',
          id: res.meta.namespace,
        },
      );
    },
  };
}
