/**
 * The contract's own rules (docs/architecture.md): it is a leaf that every app imports and
 * that imports no app; one route table with one entry per path; imports point one way;
 * and the dependency-free files, which the widget ships, take only types from zod.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PATHS, ROUTES } from './routes';

const CONTRACT = dirname(fileURLToPath(import.meta.url));
const COMMON = resolve(CONTRACT, '..');
const ALIAS = '@kotha/common/';

interface Import {
  specifier: string;
  typeOnly: boolean;
  /** The file it names, when it is one of ours. */
  file: string | null;
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  for (const statement of source.statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
    const { moduleSpecifier } = statement;
    if (!moduleSpecifier || !ts.isStringLiteral(moduleSpecifier)) continue;
    const specifier = moduleSpecifier.text;
    const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : statement.isTypeOnly;
    const base = specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier.startsWith(ALIAS) ? join(COMMON, specifier.slice(ALIAS.length)) : null;
    found.push({ specifier, typeOnly, file: base === null ? null : base.endsWith('.ts') ? base : `${base}.ts` });
  }
  return found;
}

const contractFiles = readdirSync(CONTRACT)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => join(CONTRACT, name));

/** Files that hold zod schemas; every other contract file is dependency-free at run time. */
const holdsSchemas = (file: string) => /(^|-)schemas\.ts$/.test(file.split('/').pop()!) || file.endsWith('/index.ts');

describe('the contract', () => {
  it('imports nothing outside common/ but zod, even through the common files it uses', () => {
    const outside: string[] = [];
    const seen = new Set<string>();
    const queue = [...contractFiles];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const { specifier, file: target } of importsOf(file)) {
        if (target === null) {
          if (specifier !== 'zod') outside.push(`${relative(COMMON, file)} imports ${specifier}`);
        } else if (relative(COMMON, target).startsWith('..')) {
          outside.push(`${relative(COMMON, file)} imports ${specifier}`);
        } else {
          queue.push(target);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('has no import cycle among its files, counting type-only imports', () => {
    const edges = new Map(contractFiles.map((file) => [file, importsOf(file).flatMap((i) => (i.file && contractFiles.includes(i.file) ? [i.file] : []))]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(CONTRACT, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of contractFiles) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps zod and the schema files out of the dependency-free files, but for types', () => {
    const runtime = contractFiles
      .filter((file) => !holdsSchemas(file))
      .flatMap((file) => importsOf(file).filter((i) => !i.typeOnly && (i.specifier === 'zod' || (i.file !== null && holdsSchemas(i.file)))).map((i) => `${relative(CONTRACT, file)} imports ${i.specifier}`));
    expect(runtime).toEqual([]);
  });
});

describe('the route table', () => {
  it('has each path once', () => {
    const byPath = new Map<string, string[]>();
    for (const [key, path] of Object.entries(PATHS)) byPath.set(path, [...(byPath.get(path) ?? []), key]);
    expect([...byPath.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });

  it('has a route for each pattern, under the same key, that fills its parameter encoded', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(Object.keys(PATHS).sort());
    for (const [key, pattern] of Object.entries(PATHS)) {
      const route: unknown = ROUTES[key as keyof typeof ROUTES];
      const built = typeof route === 'function' ? (route as (value: string) => string)('a/b') : route;
      // A builder without a path parameter (availability) carries its value in the query.
      expect(String(built).split('?')[0], key).toBe(pattern.replace(/:[A-Za-z]+/, 'a%2Fb'));
    }
  });
});
