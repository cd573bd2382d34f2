/**
 * The arrows allowed between the layers (docs/architecture.md, "Layers"), read from every
 * import of every source file. A failure names the file, the import and the rule it breaks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LAYERS = ['common', 'widget', 'dashboard', 'functions', 'plugin'] as const;
type Layer = (typeof LAYERS)[number];

/** Where the product is put together: the only files outside plugin/ that may name Wix. */
const COMPOSITION_ROOTS = ['functions/src/index.ts', 'dashboard/src/main.tsx'];
/**
 * The adapter's integration tests (plugin/test) run the whole API with Wix plugged in, as
 * test/ does, so they may reach the core they compose; plugin/src may not.
 */
const composes = (file: string) => COMPOSITION_ROOTS.includes(file) || file.startsWith(`plugin${sep}test${sep}`);

/**
 * Wix's platform SDKs. The UI kit the dashboard is drawn with (wix-style-react and its
 * icons) is a design system, not the platform, so it is not on this list.
 */
const isWixPlatformPackage = (spec: string) => spec.startsWith('@wix/') && !spec.startsWith('@wix/wix-ui-icons-common');

interface Import { file: string; spec: string; target: string | null }

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'lib') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (!spec) continue;
    let target: string | null = null;
    if (spec.startsWith('.')) target = resolve(dirname(file), spec);
    else if (spec.startsWith('@kotha/common/')) target = join(root, 'common', spec.slice('@kotha/common/'.length));
    found.push({ file: relative(root, file), spec, target: target && relative(root, target) });
  }
  return found;
}

const layerOf = (path: string): Layer | 'other' => {
  const top = path.split(sep)[0] as Layer;
  return LAYERS.includes(top) ? top : 'other';
};

/** Test files may use the shared test helpers in test/support; product code may not. */
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

const allImports = LAYERS.flatMap((layer) => sourceFiles(join(root, layer)).flatMap(importsOf));

describe('layer boundaries', () => {
  it('reads a meaningful number of imports (the scanner itself works)', () => {
    expect(allImports.length).toBeGreaterThan(500);
    expect(allImports.some((i) => i.spec.startsWith('@kotha/common/'))).toBe(true);
  });

  it('the shared layer imports no app', () => {
    const offending = allImports.filter((i) => layerOf(i.file) === 'common' && i.target && layerOf(i.target) !== 'common');
    expect(offending.map((i) => `${i.file} -> ${i.spec}`)).toEqual([]);
  });

  it('apps never import each other (composition roots may put plugin/ in)', () => {
    const offending = allImports.filter((i) => {
      if (!i.target) return false;
      const from = layerOf(i.file);
      const to = layerOf(i.target);
      if (to === 'other') return !isTest(i.file) && !i.target.startsWith('node_modules');
      if (from === 'common' || to === 'common' || from === to) return false;
      return !composes(i.file);
    });
    expect(offending.map((i) => `${i.file} -> ${i.spec}`)).toEqual([]);
  });

  it('nothing outside plugin/ names Wix but the composition roots', () => {
    const offending = allImports.filter(
      (i) => layerOf(i.file) !== 'plugin' && !COMPOSITION_ROOTS.includes(i.file) && isWixPlatformPackage(i.spec),
    );
    expect(offending.map((i) => `${i.file} -> ${i.spec}`)).toEqual([]);
  });
});
