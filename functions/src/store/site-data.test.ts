import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_COLLECTIONS, SITE_COLLECTIONS } from './site-data';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('site data', () => {
  it('knows every collection the code names, so the purge of a removed site leaves nothing behind', () => {
    const known = new Set([...ROOT_COLLECTIONS, ...SITE_COLLECTIONS.flatMap((c) => [c.name, ...(c.children ?? [])])]);
    const unknown: string[] = [];
    for (const file of [...sources(join(ROOT, 'functions/src')), ...sources(join(ROOT, 'plugin/src'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\.collection\(\s*'([^']+)'\s*\)/g)) {
        const name = match[1] ?? '';
        if (!known.has(name)) unknown.push(`${name} (${relative(ROOT, file)})`);
      }
    }
    expect(unknown, 'add each to SITE_COLLECTIONS (a site\'s data) or ROOT_COLLECTIONS in store/site-data.ts').toEqual([]);
  });

  it('names each collection once', () => {
    const names = SITE_COLLECTIONS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
