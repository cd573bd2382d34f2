/**
 * The whole product on one machine: the real API (createApi, as deployed), the demo
 * storefront with the widget, and the dashboard signed in as the demo merchant, all on
 * one loopback port. `npm start` runs it over the embedded emulator; the browser tests
 * and the bench run it too.
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Firestore } from 'firebase-admin/firestore';
import { createApi, type Api, type ApiConfig } from '../functions/src/app';
import type { Mailer } from '../functions/src/email/mailer';
import { HoursStore } from '../functions/src/store/hours-store';
import { escapeHtml } from '../functions/src/email/templates';
import { runAnalyticsRollups } from '../functions/src/jobs/analytics-rollups';
import { seedDemoTraffic } from './analytics-traffic';
import { seedDemoHelpTraffic } from './help-traffic';
import { runFollowUps } from '../functions/src/jobs/follow-ups';
import { runWeeklyDigests } from '../functions/src/jobs/weekly-digest';
import { latestDigestTime } from '../functions/src/domain/digest';
import { seedSampleConversation } from '../functions/src/platform/sample-conversation';
import { seedStarterArticles } from '../functions/src/help/starter-articles';
import { HelpArticleStore } from '../functions/src/store/help-article-store';
import { limitServer } from '../functions/src/http/body';
import type { ReceivedMail } from './smtp-sink';
import { signInstance } from '../plugin/src/instance';
import { embedParameters, embedTemplate, legacyEmbedParameters, legacyEmbedTemplate, type EmbedLook } from '../plugin/src/manifest';
import { wixPlatform, type WixAppConfig } from '../plugin/src/wix-platform';

const root = fileURLToPath(new URL('..', import.meta.url));
export const WIDGET_DIST = `${root}widget/dist`;
export const DASHBOARD_DIST = `${root}dashboard/dist`;
const STOREFRONT = `${root}widget/demo/storefront.html`;

export const DEMO_SITE_ID = 'demo-site';
export const DEMO_AGENT_UID = 'demo-agent';

export interface LocalStackOptions {
  db: Firestore;
  /** The API's settings and the Wix app's (the stand-in's address as `wixApiBase`). */
  config: Omit<ApiConfig, 'fanOut'> & WixAppConfig;
  /** 0 picks a free port. */
  port: number;
  clock?: () => number;
  mailer?: Mailer;
  /** Mail the local SMTP sink received, shown at /mail. */
  mailbox?: ReceivedMail[];
  /** How often the follow-up job runs (as onSchedule does in production); 0 never. */
  followUpEveryMs?: number;
  /** How often the analytics rollup job runs (hourly in production); 0 never. It also runs once at start. */
  rollupEveryMs?: number;
  /** How often the weekly digest job runs (hourly in production); 0 never. */
  digestEveryMs?: number;
  /** Four weeks of past chats on the demo site (once), so its Analytics tab has figures to show. */
  demoTraffic?: boolean;
}

export interface LocalStack {
  api: Api;
  baseUrl: string;
  urls: { storefront: string; dashboard: string; api: string; mail: string };
  /** A dashboard URL with a freshly signed instance for the demo merchant. */
  dashboardUrl(siteId?: string, uid?: string): string;
  stop(): Promise<void>;
}

/**
 * Creates or refreshes the demo site the storefront embeds. A new one starts as a real
 * install does, with the sample conversation (functions/src/platform/sample-conversation.ts);
 * once it exists it is left alone, so a sample the developer closed or erased stays so.
 */
export async function seedDemoSite(api: Api, at = Date.now()): Promise<void> {
  const before = await api.sites.document(DEMO_SITE_ID);
  await api.sites.provision(DEMO_SITE_ID, { teamName: 'Nakshi Crafts', greeting: 'Hi! Ask us anything about our handmade goods.', accentColor: '#0b6e4f' }, at);
  // Offline messages and "nobody answered" notices go to the demo owner (see /mail).
  const hours = await api.hours.settings(DEMO_SITE_ID);
  if (!hours.merchantEmail) await new HoursStore(api.db).save(DEMO_SITE_ID, { ...hours, merchantEmail: 'owner@nakshi-crafts.test' }, at);
  if (!before) await seedSampleConversation(api.chat, DEMO_SITE_ID);
  // Its help center starts as a new site's does, once (data saved before the help center
  // existed gets them too); a developer's own edits, deletions included, are kept.
  if ((before?.helpVersion ?? 0) === 0) await seedStarterArticles(new HelpArticleStore(api.db), DEMO_SITE_ID, 'en', at);
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const api = createApi({ db: options.db, config: { ...options.config, fanOut: 'local' }, platform: wixPlatform(options.config, options.clock), clock: options.clock, mailer: options.mailer });
  const clock = options.clock ?? Date.now;
  const followUps = options.followUpEveryMs
    ? setInterval(() => {
        runFollowUps({ db: options.db, chat: api.chat, outbox: api.outbox, clock, dashboardUrl: options.config.dashboardUrl ?? '', ownerAlerts: api.alerts })
          // Webhook events that failed are tried again, as the scheduled job does in production.
          .then(() => api.lifecycle.drainDue())
          .catch((error: Error) => console.warn(`follow-up job failed: ${error.message}`));
      }, options.followUpEveryMs)
    : null;
  const rollUp = () => runAnalyticsRollups({ db: options.db, analytics: api.analytics, warn: console.warn }).catch((error: Error) => console.warn(`analytics rollup job failed: ${error.message}`));
  const rollups = options.rollupEveryMs ? setInterval(rollUp, options.rollupEveryMs) : null;
  const sendDigests = (at: () => number) =>
    runWeeklyDigests({ db: options.db, analytics: api.analytics, hours: api.hoursStore, outbox: api.outbox, clock: at, dashboardUrl: options.config.dashboardUrl ?? '', warn: console.warn });
  const digests = options.digestEveryMs
    ? setInterval(() => sendDigests(clock).catch((error: Error) => console.warn(`weekly digest job failed: ${error.message}`)), options.digestEveryMs)
    : null;
  await seedDemoSite(api);
  if (options.demoTraffic) {
    await seedDemoTraffic(options.db, DEMO_SITE_ID, clock(), 'Asia/Dhaka', [DEMO_AGENT_UID]);
    await seedDemoHelpTraffic(options.db, DEMO_SITE_ID, clock());
  }
  if (rollups) await rollUp();
  const storefrontTemplate = await readFile(STOREFRONT, 'utf8');

  const signedInstance = (siteId: string, uid: string) =>
    signInstance({ instanceId: siteId, appDefId: options.config.wixAppId, signDate: new Date().toISOString(), uid, permissions: 'OWNER', siteOwnerId: uid }, options.config.wixAppSecret);

  const app = express();
  app.disable('x-powered-by');
  app.use('/api', api.app);
  // The loader is short-cached so releases reach sites; everything else is content-hashed.
  app.use('/widget', express.static(WIDGET_DIST, {
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.endsWith('loader.js') ? 'public, max-age=300' : 'public, max-age=31536000, immutable'),
  }));
  app.use('/dashboard', express.static(DASHBOARD_DIST));
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  // What Wix does when the merchant opens the app: the dashboard page with a signed instance
  // (and the dashboard's language: `/merchant?locale=bn` shows it in Bengali).
  app.get('/merchant', (req, res) => {
    const site = typeof req.query.site === 'string' ? req.query.site : DEMO_SITE_ID;
    const passOn = (name: string) => {
      const value = req.query[name];
      return typeof value === 'string' ? `&${name}=${encodeURIComponent(value)}` : '';
    };
    res.redirect(302, `/dashboard/?instance=${encodeURIComponent(signedInstance(site, DEMO_AGENT_UID))}${passOn('conversation')}${passOn('locale')}`);
  });
  // Local only (`npm run digest`): the digest job as it ran at the demo site's latest Monday
  // 08:00, so a newcomer sees this week's digest at /mail without waiting for Monday. The
  // owner's switch and the once-a-week claim apply as in production.
  app.post('/dev/weekly-digest', async (_req, res) => {
    const { timeZone } = await api.analytics.calendar(DEMO_SITE_ID);
    const at = latestDigestTime(clock(), timeZone);
    res.json({ ranAt: new Date(at).toISOString(), timeZone, ...(await sendDigests(() => at)) });
  });
  // The local mailbox: what Kotha would have emailed, newest first.
  app.get('/mail', (_req, res) => {
    const mails = [...(options.mailbox ?? [])].reverse();
    const items = mails.map((m) => `<article><h2>${escapeHtml(m.subject)}</h2><p><b>To:</b> ${escapeHtml(m.to.join(', '))}${m.replyTo ? ` · <b>Reply-To:</b> ${escapeHtml(m.replyTo)}` : ''}</p><pre>${escapeHtml(m.text)}</pre></article>`);
    res.type('html').send(`<!doctype html><meta charset="utf-8"><title>Kotha local mail</title><body style="font-family:system-ui;max-width:720px;margin:2em auto"><h1>Local mail (${mails.length})</h1>${items.join('<hr>') || '<p>No email yet.</p>'}</body>`);
  });
  app.get('/', async (req, res) => {
    const origin = `${req.protocol}://${req.get('host')}`;
    const site = typeof req.query.site === 'string' ? req.query.site : DEMO_SITE_ID;
    const settings = (await api.sites.get(site))?.settings;
    // The demo shop is English unless the merchant fixed another language.
    const look: EmbedLook = { launcherSide: 'auto', launcherOffset: 0, accentColor: '#116dff', ...settings, locale: settings?.locale || 'en' };
    const at = { loader: `${origin}/widget/loader.js`, api: `${origin}/api` };
    // The embedded script as Wix renders it from the manifest's template and the parameters
    // Kotha embedded; `?embed=legacy` as on a site still on the legacy parameters;
    // `?widget=off` leaves it out, so the bench can measure what the widget costs the page.
    const embed = req.query.widget === 'off' ? '' : req.query.embed === 'legacy' ? fillTemplate(legacyEmbedTemplate(at), legacyEmbedParameters(site, true, look)) : fillTemplate(embedTemplate(at), embedParameters(site, true, look));
    res.type('html').send(storefrontTemplate.replace('{{KOTHA_EMBED}}', embed));
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  limitServer(server);
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}`;
  return {
    api,
    baseUrl,
    urls: { storefront: `${baseUrl}/`, dashboard: `${baseUrl}/merchant`, api: `${baseUrl}/api`, mail: `${baseUrl}/mail` },
    dashboardUrl: (siteId = DEMO_SITE_ID, uid = DEMO_AGENT_UID) => `${baseUrl}/dashboard/?instance=${encodeURIComponent(signedInstance(siteId, uid))}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (followUps) clearInterval(followUps);
        if (rollups) clearInterval(rollups);
        if (digests) clearInterval(digests);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An embedded script's template with its `{{parameters}}` filled, as Wix fills them into the page. */
function fillTemplate(template: string, parameters: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeAttribute(parameters[name] ?? ''));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
