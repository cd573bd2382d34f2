/**
 * What the widget costs the shop's own page, in Chromium through the DevTools protocol:
 * the demo storefront with and without the loader, the CPU slowed 4× (a mid-range phone),
 * long tasks, layout shift and total blocking time (long tasks' time over 50 ms) from
 * navigation until the launcher has been up for a while. Medians of several loads.
 */
import { startStandaloneStack } from '../scripts/standalone-stack';
import { launchChromium } from '../test/support/browser';
import { median } from './stats';
const RUNS = 5;
const SETTLE_MS = 4_000;

interface PageCost {
  longTasks: number;
  longTaskMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /** Did the loader fetch (and mount, closed) the chat panel within the measured time? */
  panelPrefetched: boolean;
}


export async function measureHostPage() {
  const standalone = await startStandaloneStack({ appId: 'bench-app' });
  const { stack } = standalone;
  const browser = await launchChromium();

  async function load(url: string): Promise<PageCost> {
    const page = await browser.newPage({ viewport: { width: 412, height: 860 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const seen = { tasks: [] as number[], shift: 0 };
      (window as unknown as { __cost: typeof seen }).__cost = seen;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) seen.shift += shift.value;
        }),
      ).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const cost = await page.evaluate(() => (window as unknown as { __cost: { tasks: number[]; shift: number } }).__cost);
    const panelPrefetched = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/panel-[^/]*\.js/.test(r.name)));
    await page.close();
    return {
      longTasks: cost.tasks.length,
      longTaskMs: Math.round(cost.tasks.reduce((a, b) => a + b, 0)),
      totalBlockingTimeMs: Math.round(cost.tasks.reduce((a, d) => a + Math.max(0, d - 50), 0)),
      cumulativeLayoutShift: Math.round(cost.shift * 10_000) / 10_000,
      panelPrefetched,
    };
  }

  async function measure(url: string) {
    const runs: PageCost[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(url));
    return {
      longTasks: median(runs.map((r) => r.longTasks)),
      longTaskMs: median(runs.map((r) => r.longTaskMs)),
      totalBlockingTimeMs: median(runs.map((r) => r.totalBlockingTimeMs)),
      cumulativeLayoutShift: median(runs.map((r) => r.cumulativeLayoutShift)),
      // The idle prefetch is part of the widget's cost: these zeros must include it.
      panelPrefetchedInEveryRun: runs.every((r) => r.panelPrefetched),
    };
  }

  // The observers must see a long task when there is one, or a zero means nothing.
  const probe = await load(`data:text/html,<script>addEventListener('load',()=>{const t=performance.now();while(performance.now()-t<150);})</script>`);
  const storefront = `${stack.urls.storefront}?site=${standalone.siteId}`;
  const withWidget = await measure(storefront);
  const withoutWidget = await measure(`${storefront}&widget=off`);
  // Did the launcher show at all in the measured loads? (A cost of zero must not mean "it never ran".)
  const check = await browser.newPage();
  await check.goto(storefront);
  const launcherShown = await check
    .waitForFunction(() => document.querySelector('#kotha-widget')?.shadowRoot?.querySelector('[data-kotha="launcher"]'), null, { timeout: 10_000 })
    .then(() => true, () => false);
  await browser.close();
  await standalone.stop();
  return { cpuThrottle: 4, runs: RUNS, withWidget, withoutWidget, launcherShown, observerSawProbe: probe.longTasks > 0 };
}
