import { afterEach, describe, expect, it, vi } from 'vitest';
import { followHours } from './hours';

const answer = (status: number, body: unknown = null) => vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe('followHours', () => {
  it('hides the launcher of a site the API does not know, and keeps it on any other failure', async () => {
    for (const [status, hidden] of [[404, true], [500, false], [429, false]] as const) {
      vi.stubGlobal('fetch', answer(status, { error: { code: 'x', message: 'x' } }));
      const launcher = { hidden: false } as HTMLElement;
      followHours('https://api.test', 'site-1', launcher);
      await settle();
      expect({ status, hidden: launcher.hidden }).toEqual({ status, hidden });
    }
  });

  it('hides it outside hours only when the merchant chose to', async () => {
    vi.stubGlobal('fetch', answer(200, { open: false, outsideHours: 'hide-launcher', changesAt: null }));
    const launcher = { hidden: false } as HTMLElement;
    followHours('https://api.test', 'site-1', launcher);
    await settle();
    expect(launcher.hidden).toBe(true);
  });
});
