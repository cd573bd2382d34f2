/**
 * The Analytics tab's README pictures, for `npm run screenshots`: the standalone site gets
 * four weeks of past chats (the demo traffic) answered by two teammates and of help-center
 * visits (scripts/help-traffic.ts), business hours in Dhaka, and its days stored by the
 * rollup job; then the tab on the last 30 days in English, Bengali and Arabic (right to
 * left), tall enough to show self-service and the team. Called last, so the other pictures
 * do not show this traffic.
 */
import type { Browser } from 'playwright-core';
import { ROUTES } from '@kotha/common/contract';
import { seedStarterArticles } from '../functions/src/help/starter-articles';
import { HelpArticleStore } from '../functions/src/store/help-article-store';
import { HoursStore } from '../functions/src/store/hours-store';
import { SiteLifecycleStore } from '../functions/src/store/site-lifecycle-store';
import { signInstance } from '../plugin/src/instance';
import { DEMO_SHOP_HOURS, seedDemoTraffic } from './analytics-traffic';
import { seedDemoHelpTraffic } from './help-traffic';
import type { startStandaloneStack } from './standalone-stack';

type Standalone = Awaited<ReturnType<typeof startStandaloneStack>>;

const TIME_ZONE = DEMO_SHOP_HOURS.schedule!.timeZone;
const TEAM = [
  { uid: 'owner', name: 'Asha' },
  { uid: 'bilal', name: 'Bilal' },
];

export async function analyticsScreenshots(standalone: Standalone, browser: Browser, docs: string): Promise<void> {
  const { stack, siteId, config, db } = standalone;
  const now = Date.now();
  // The stand-in bills the site as Premium; the stored plan learns it here rather than when a dashboard first asks.
  await new SiteLifecycleStore(db).update(siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
  for (const { uid, name } of TEAM) {
    const auth = `Instance ${signInstance({ instanceId: siteId, appDefId: config.wixAppId, signDate: new Date(now).toISOString(), uid, permissions: 'OWNER' }, config.wixAppSecret)}`;
    const call = (path: string, method: string, body?: unknown) => fetch(`${stack.urls.api}${path}`, { method, headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const res of [await call(ROUTES.me, 'GET'), await call(ROUTES.agentProfile, 'PUT', { displayName: name, photoUrl: null })]) {
      if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
    }
  }
  await new HoursStore(db).save(siteId, DEMO_SHOP_HOURS, now);
  await seedDemoTraffic(db, siteId, now, TIME_ZONE, TEAM.map((m) => m.uid));
  // Its help center as a new site's starts (the stand-in's install seeds none), then shoppers' visits to it.
  const articles = new HelpArticleStore(db);
  if ((await articles.listPublished(siteId)).length === 0) await seedStarterArticles(articles, siteId, 'en', now);
  await seedDemoHelpTraffic(db, siteId, now);
  await stack.api.analytics.rollUp(siteId);

  for (const locale of ['en', 'bn', 'ar']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 2450 }, deviceScaleFactor: 1 });
    await page.goto(`${stack.dashboardUrl(siteId, 'owner')}&locale=${locale}#analytics`);
    await page.locator('[data-hook="analytics-kpis"]').waitFor({ timeout: 30_000 });
    // The last 30 days: the third preset.
    await page.locator('[data-hook="analytics-range"] button').nth(2).click();
    await page.locator('[data-hook="analytics-trend"] tbody tr').nth(29).waitFor({ timeout: 30_000 });
    await page.locator('[data-hook="analytics-trend-chart"] canvas').waitFor();
    await page.locator('[data-hook="analytics-self-service"]').waitFor({ timeout: 30_000 });
    // The chart animates in.
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: `${docs}analytics-${locale}.png` });
    await page.close();
  }
}
