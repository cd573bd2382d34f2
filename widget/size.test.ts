import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from './build';
import { buildWidget } from './build';

// The budgets from DESIGN.md. Gzip sizes of a given source are deterministic, so this is
// a stable check, not a timing test. The build goes to a temporary directory so it never
// races a dev server reading widget/dist.
const LOADER_BUDGET = 5 * 1024;
const TOTAL_BUDGET = 25 * 1024;

describe('widget size', () => {
  let outdir: string;
  let manifest: WidgetManifest;

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'kotha-widget-'));
    manifest = await buildWidget({ outdir });
  }, 30_000);

  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it(`keeps the loader within ${LOADER_BUDGET} bytes gzip`, () => {
    expect(manifest.loaderGzipBytes).toBeLessThanOrEqual(LOADER_BUDGET);
  });

  it(`keeps loader and panel within ${TOTAL_BUDGET} bytes gzip`, () => {
    expect(manifest.totalGzipBytes).toBeLessThanOrEqual(TOTAL_BUDGET);
  });

  it('names the panel by content hash and tells the loader that name', async () => {
    expect(manifest.panel).toMatch(/^panel-[A-Z0-9]+\.js$/);
    const loader = await readFile(join(outdir, manifest.loader), 'utf8');
    expect(loader).toContain(`"./${manifest.panel}"`);
    expect(loader).not.toContain('__KOTHA_PANEL_FILE__');
  });
});
