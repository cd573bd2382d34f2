/**
 * The Analytics tab over 90 days for a site with 10,000 conversations: how long the API
 * takes to answer (the request alone, from a loopback client, as the tab makes it: this
 * period and the one before) and the Firestore reads it costs, counted at the emulator's
 * gRPC boundary (firestore-meter.ts). Measured before the rollup job ever ran (every day
 * counted live, up to the read cap), for the job's first run over the site's history, for
 * the view once the days are stored, and for the job's daily run after. The site's help
 * center has visits over the same days too (scripts/help-traffic.ts): the view's
 * self-service part comes from the stored days, and reads help events only for the days
 * counted live (today, yesterday, the cut first day).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ROUTES, type AnalyticsResponse } from '@kotha/common/contract';
import { createApi } from '../functions/src/app';
import { HoursStore } from '../functions/src/store/hours-store';
import { SiteLifecycleStore } from '../functions/src/store/site-lifecycle-store';
import { signInstance } from '../plugin/src/instance';
import { wixPlatform } from '../plugin/src/wix-platform';
import { seedStarterArticles } from '../functions/src/help/starter-articles';
import { HelpArticleStore } from '../functions/src/store/help-article-store';
import { DEMO_SHOP_HOURS, pastConversations, storeConversations } from '../scripts/analytics-traffic';
import { pastHelpVisits, storeHelpEvents } from '../scripts/help-traffic';
import { startEmulator } from '../scripts/emulator';
import { localFirestore } from '../scripts/local-firestore';
import { meterEmulator, opsBetween } from './firestore-meter';
import { median as middle, tenths } from './stats';

const DAY = 86_400_000;
const CONFIG = { wixAppId: 'analytics-bench', wixAppSecret: 'analytics-bench-secret', visitorTokenKey: randomUUID() + randomUUID(), fanOut: 'local' as const };
const HOURS = DEMO_SHOP_HOURS;
const TIME_ZONE = HOURS.schedule!.timeZone;

const median = (values: number[]) => tenths(middle(values));

export async function measureAnalytics(options: { conversations: number; days: number; helpVisits: number }) {
  const emulator = await startEmulator();
  const meter = meterEmulator(emulator);
  const db = localFirestore(emulator.hostPort);
  let now = Date.now();
  const api = createApi({ db, config: CONFIG, platform: wixPlatform(CONFIG), clock: () => now, logger: { error: () => {}, warn: () => {} } });
  const server = createServer(api.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const siteId = `site-${randomUUID()}`;
  await api.sites.provision(siteId, { teamName: 'Nakshi Crafts' }, now);
  await new SiteLifecycleStore(db).update(siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
  await new HoursStore(db).save(siteId, HOURS, now);

  const seedStart = performance.now();
  await storeConversations(db, siteId, pastConversations({ count: options.conversations, from: now - options.days * DAY, to: now, timeZone: TIME_ZONE, agents: ['asha', 'bilal', 'chitra'], seed: 7 }));
  // Its help center's visits over the same days: the view's self-service part reads their events.
  const articles = new HelpArticleStore(db);
  await seedStarterArticles(articles, siteId, 'en', now);
  const visits = pastHelpVisits({ count: options.helpVisits, from: now - options.days * DAY, to: now, articles: await articles.listPublished(siteId) });
  await storeHelpEvents(db, siteId, visits);
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;

  const auth = () => `Instance ${signInstance({ instanceId: siteId, appDefId: CONFIG.wixAppId, signDate: new Date(now).toISOString(), uid: 'asha', permissions: 'OWNER' }, CONFIG.wixAppSecret)}`;
  /** The tab's load: this period and the one before it, as the dashboard asks them (in parallel). */
  const view = async () => {
    const period = { from: now - options.days * DAY, to: now };
    const before = { from: period.from - options.days * DAY, to: period.from };
    const start = performance.now();
    const [current] = await Promise.all(
      [period, before].map(async ({ from, to }) => {
        const res = await fetch(`${base}${ROUTES.analytics}?from=${from}&to=${to}&answeredWithin=5&missedAfter=5`, { headers: { authorization: auth() } });
        if (res.status !== 200) throw new Error(`analytics: ${res.status} ${await res.text()}`);
        return (await res.json()) as AnalyticsResponse;
      }),
    );
    return { ms: performance.now() - start, report: current! };
  };
  const metered = async <T>(run: () => Promise<T>) => {
    const before = meter.read();
    const start = performance.now();
    const result = await run();
    const ops = opsBetween(before, meter.read());
    return { result, ms: Math.round(performance.now() - start), reads: ops.reads, writes: ops.writes };
  };

  // Before the job ever ran: every day counted live, up to the read cap.
  const cold = await metered(view);
  // The job's first run stores the site's history (once, and again after a change of time zone or hours).
  const firstRollup = await metered(() => api.analytics.rollUp(siteId));
  // Once the days are stored: the view, several times.
  const times: number[] = [];
  let warm = await metered(view);
  for (let i = 0; i < 9; i++) {
    const run = await metered(view);
    times.push(run.result.ms);
    warm = run;
  }
  // The next day: the job stores the new final day and builds the week before it again.
  now += DAY;
  const dailyRollup = await metered(() => api.analytics.rollUp(siteId));
  const idleRun = await metered(() => api.analytics.rollUp(siteId));

  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await emulator.stop();
  const figures = warm.result.report.figures;
  return {
    conversations: options.conversations,
    days: options.days,
    helpVisits: options.helpVisits,
    helpEvents: visits.length,
    /** Help-center visits with an outcome in the 90 days, as the view counted them. */
    helpVisitsCounted: warm.result.report.selfService.sessions,
    seedSeconds,
    /** Conversations the 90 days hold, as the view counted them (offline messages apart). */
    counted: figures.conversations + figures.offline,
    beforeRollups: { apiMs: Math.round(cold.result.ms), reads: cold.reads, truncated: cold.result.report.truncated },
    view: { apiP50Ms: median(times), reads: warm.reads, truncated: warm.result.report.truncated },
    firstRollup: { ms: firstRollup.ms, days: firstRollup.result.days, reads: firstRollup.reads, writes: firstRollup.writes },
    dailyRollup: { days: dailyRollup.result.days, reads: dailyRollup.reads, writes: dailyRollup.writes },
    idleRollupRun: { reads: idleRun.reads, writes: idleRun.writes },
  };
}
