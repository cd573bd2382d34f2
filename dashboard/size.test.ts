import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboardInto, initialJs, type InitialJs } from './initial-js';

// The dashboard's budget of docs/architecture.md ("Budgets"): the JavaScript the inbox needs
// before its first rows, gzipped. Gzip sizes of a given source are deterministic, so this is a
// stable check, not a timing test. The build goes to a temporary directory, like the widget's.
const INITIAL_JS_BUDGET = 170 * 1024;

describe('dashboard size', () => {
  let outdir: string;
  let initial: InitialJs;

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'kotha-dashboard-'));
    await buildDashboardInto(outdir);
    initial = await initialJs(outdir);
  }, 180_000);

  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it(`keeps the inbox's initial JavaScript within ${INITIAL_JS_BUDGET} bytes gzip`, () => {
    expect(initial.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('loads each settings tab and the open conversation on demand, not before the first rows', () => {
    const expected = ['settings/TeamSettingsPage.tsx', 'settings/WidgetSettingsPage.tsx', 'settings/HoursSettingsPage.tsx', 'conversation-chunk.ts'];
    for (const source of expected) {
      const chunk = initial.onDemand.find(({ src }) => src.endsWith(source));
      expect(chunk, source).toBeDefined();
      expect(initial.files, source).not.toContain(chunk?.file);
    }
  });
});
