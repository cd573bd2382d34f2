/**
 * The cost model: what each thing a site does costs in Firestore operations and function
 * invocations, counted on the real code path (the API over HTTP, the follow-up job as the
 * scheduler runs it) by the meter at the emulator's gRPC boundary (firestore-meter.ts);
 * then a month of three site profiles at the list prices in prices.ts.
 *
 * Each scenario runs on a fresh emulator and API (fan-out 'firestore', as deployed), so
 * its counts are its own. Unless a scenario is about the inbox itself, a teammate's inbox
 * stream is open throughout (the site's feed exists), so the feed's read per event written
 * is counted where the event is written.
 *
 * The analytics scenarios seed a site's past conversations (scripts/analytics-traffic.ts)
 * and let the rollup job store its days before they count.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { ROUTES, type StartSessionResponse } from '@kotha/common/contract';
import { createApi, type Api } from '../functions/src/app';
import { ACTIVE_DAYS, runAnalyticsRollups } from '../functions/src/jobs/analytics-rollups';
import { runFollowUps } from '../functions/src/jobs/follow-ups';
import { SiteLifecycleStore } from '../functions/src/store/site-lifecycle-store';
import { pastConversations, storeConversations } from '../scripts/analytics-traffic';
import { RESUME_SKEW_MS } from '../functions/src/realtime/event-stream';
import { signInstance } from '../plugin/src/instance';
import { wixPlatform } from '../plugin/src/wix-platform';
import { startEmulator } from '../scripts/emulator';
import { localFirestore } from '../scripts/local-firestore';
import { openStream } from '../test/support/sse-client';
import { addOps, meterEmulator, NO_OPS, opsBetween, type FirestoreMeter, type FirestoreOps } from './firestore-meter';
import { FUNCTIONS, instanceSecond, PRICES } from './prices';

/** What one occurrence of a scenario uses. */
export interface Usage {
  ops: FirestoreOps;
  /** Requests to the `api` function and to the `stream` function. */
  apiRequests: number;
  streamRequests: number;
  /** Runs of a scheduled job (shared by every site: the job visits them all in one run). */
  scheduledRuns: number;
  /** Seconds streams stay open (modelled: a panel open on a page, an inbox open for an hour). */
  streamSeconds: number;
  /** Seconds of a job's instance spent on this site (modelled from its sequential Firestore calls). */
  jobSeconds: number;
}

const NO_USAGE: Usage = { ops: NO_OPS, apiRequests: 0, streamRequests: 0, scheduledRuns: 0, streamSeconds: 0, jobSeconds: 0 };

function addUsage(a: Usage, b: Usage, times = 1): Usage {
  return {
    ops: addOps(a.ops, b.ops, times),
    apiRequests: a.apiRequests + b.apiRequests * times,
    streamRequests: a.streamRequests + b.streamRequests * times,
    scheduledRuns: a.scheduledRuns + b.scheduledRuns * times,
    streamSeconds: a.streamSeconds + b.streamSeconds * times,
    jobSeconds: a.jobSeconds + b.jobSeconds * times,
  };
}

/** The model's assumptions, besides the prices. */
export const MODEL = {
  /** Each `api` request billed alone for one 100 ms unit: an upper bound (requests of many sites share instances). */
  apiRequestSeconds: PRICES.cloudRun.billingUnitSeconds,
  /** Open streams share `stream` instances; a full instance holds its concurrency (1,000). */
  streamsPerInstance: FUNCTIONS.stream.concurrency,
  /** A job waits this long per sequential Firestore call in production (the emulator is local). */
  jobSecondsPerFirestoreCall: 0.01,
  followUpRunsPerDay: (24 * 60) / 2,
  daysPerMonth: 30,
  /** Stream time per scenario. */
  panelOpenSecondsPerPageView: 60,
  panelOpenSecondsPerConversation: 300,
};

/** Dollars for a usage, split the way the bill is. */
export function costOf(usage: Usage) {
  const { ops } = usage;
  const fs = PRICES.firestore;
  const firestore = ((ops.reads + ops.listenReads) * fs.readsPer100k + ops.writes * fs.writesPer100k + (ops.deletes + ops.ttlDeletes) * fs.deletesPer100k) / 100_000;
  // A scheduled run visits every site: its invocation is the service's, not a site's (sharedCosts).
  const requests = ((usage.apiRequests + usage.streamRequests) * PRICES.cloudRun.requestsPerMillion) / 1_000_000;
  const compute =
    usage.apiRequests * MODEL.apiRequestSeconds * instanceSecond(FUNCTIONS.api) +
    (usage.streamSeconds * instanceSecond(FUNCTIONS.stream)) / MODEL.streamsPerInstance +
    usage.jobSeconds * instanceSecond(FUNCTIONS.job);
  return { firestore, requests, compute, total: firestore + requests + compute };
}

interface Harness {
  base: string;
  api: Api;
  siteId: string;
  meter: FirestoreMeter;
  counts: { api: number; stream: number };
  agentAuth(uid?: string): string;
  /** How far the API's clock runs ahead of the machine's (a scenario's "tomorrow"). */
  shiftMs: number;
  close(): Promise<void>;
}

const CONFIG = { wixAppId: 'cost-app', wixAppSecret: 'cost-secret', visitorTokenKey: randomUUID() + randomUUID(), fanOut: 'firestore' as const, rateLimits: { sessionsPerIp: 100_000, messagesPerVisitor: 100_000 } };
const silent = { error: () => {}, warn: () => {} };

async function startHarness(): Promise<Harness> {
  const emulator = await startEmulator();
  const meter = meterEmulator(emulator);
  const db = localFirestore(emulator.hostPort);
  // The platform's plan check would call Wix: a free plan, answered here.
  const platform = { ...wixPlatform(CONFIG), plan: async () => ({ packageName: null, expiresAt: null, autoRenewing: false }) };
  const clock = { shiftMs: 0 };
  const api = createApi({ db, config: CONFIG, platform, logger: silent, clock: () => Date.now() + clock.shiftMs });
  const counts = { api: 0, stream: 0 };
  const streamPaths = [ROUTES.visitorStream, ROUTES.inboxStream];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The deployment's two HTTP functions: streams go to `stream`, everything else to `api`.
    if (streamPaths.some((path) => req.url?.startsWith(path))) counts.stream += 1;
    else counts.api += 1;
    api.app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const siteId = `site-${randomUUID()}`;
  // Provisioned as an install leaves a site: chat refuses a site that was never installed.
  await api.sites.provision(siteId, { teamName: 'Nakshi Crafts' }, Date.now());
  return {
    get shiftMs() {
      return clock.shiftMs;
    },
    set shiftMs(ms: number) {
      clock.shiftMs = ms;
    },
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    api,
    siteId,
    meter,
    counts,
    agentAuth: (uid = 'agent-1') => `Instance ${signInstance({ instanceId: siteId, appDefId: CONFIG.wixAppId, signDate: new Date().toISOString(), uid, permissions: 'OWNER' }, CONFIG.wixAppSecret)}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      // The feeds of closed streams are released when the server notices; no need to wait.
      await emulator.stop();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const settle = () => sleep(400);
/**
 * After a setup that wrote events: wait until they are older than a stream's resume overlap
 * and a feed's start overlap (5 s), so a catch-up or a new feed in the scenario reads what
 * it would in a real visit, not the setup's events.
 */
const quiet = () => sleep(RESUME_SKEW_MS + 1_000);

/** Runs `steps` and returns what they used (listener reads included, once they have arrived). */
async function measure(h: Harness, steps: () => Promise<unknown>, modelled: Partial<Usage> = {}): Promise<Usage> {
  await settle();
  const before = h.meter.read();
  const counts = { ...h.counts };
  await steps();
  await settle();
  return { ...NO_USAGE, ...modelled, ops: opsBetween(before, h.meter.read()), apiRequests: h.counts.api - counts.api, streamRequests: h.counts.stream - counts.stream };
}

async function call(h: Harness, method: string, path: string, auth?: string, body?: unknown, contentType = 'application/json') {
  const res = await fetch(`${h.base}${path}`, {
    method,
    headers: { ...(auth ? { authorization: auth } : {}), ...(body === undefined ? {} : { 'content-type': contentType }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** The inbox stream of a teammate, open until closed. */
const openInbox = (h: Harness) => openStream(`${h.base}${ROUTES.inboxStream}?instance=${encodeURIComponent(h.agentAuth().slice('Instance '.length))}&since=${Date.now()}`);

const newId = (prefix: string) => `${prefix}${randomUUID().replaceAll('-', '')}`;

/** A shopper as the widget drives the API. */
function shopper(h: Harness) {
  let token = '';
  const auth = () => `Bearer ${token}`;
  return {
    conversationId: newId('c'),
    get token() {
      return token;
    },
    availability: () => call(h, 'GET', ROUTES.availability(h.siteId)),
    async session() {
      const answer = (await call(h, 'POST', ROUTES.session, undefined, { siteId: h.siteId, ...(token ? { visitorToken: token } : {}) })) as StartSessionResponse;
      token = answer.visitorToken;
      return answer;
    },
    // The loader's beacon: text/plain, the token in the body.
    pageView: () => call(h, 'POST', ROUTES.pageView, undefined, JSON.stringify({ token, url: 'https://shop.example/products/lamp', title: 'Brass lamp', referrer: '', timeZone: 'Asia/Dhaka', language: 'bn' }), 'text/plain'),
    history(this: { conversationId: string }) {
      return call(h, 'GET', ROUTES.visitorConversationMessages(this.conversationId), auth());
    },
    stream: () => openStream(`${h.base}${ROUTES.visitorStream}?token=${encodeURIComponent(token)}&since=${Date.now()}`),
    send(this: { conversationId: string }, text: string) {
      return call(h, 'POST', ROUTES.visitorMessages, auth(), { conversationId: this.conversationId, id: newId('m'), text });
    },
    typing(this: { conversationId: string }) {
      return call(h, 'POST', ROUTES.visitorTyping(this.conversationId), auth());
    },
    read(this: { conversationId: string }) {
      return call(h, 'POST', ROUTES.visitorRead(this.conversationId), auth());
    },
  };
}

// ---- The scenarios -------------------------------------------------------------------

/**
 * A page view of a shopper who has not chatted: the loader asks whether the team is in
 * (the typical reply time is on the site document the answer reads anyway).
 */
async function pageViewWithoutChat(h: Harness): Promise<Usage> {
  const inbox = await openInbox(h);
  const s = shopper(h);
  await s.availability();
  const usage = await measure(h, async () => {
    await s.availability();
  });
  inbox.close();
  return usage;
}

/**
 * A page view of a shopper in a chat: the loader asks about hours and reports the page (the
 * token is stored), and the panel opens on the new page: session, the conversation's
 * history, its stream (open a minute, modelled).
 */
async function pageViewWithChat(h: Harness): Promise<Usage> {
  const inbox = await openInbox(h);
  const s = shopper(h);
  await s.session();
  for (let i = 0; i < 4; i++) await s.send(`question ${i}`);
  await s.availability();
  await quiet();
  const usage = await measure(h, async () => {
    await s.availability();
    await s.pageView();
    await s.session();
    await s.history();
    const stream = await s.stream();
    await settle();
    stream.close();
  }, { streamSeconds: MODEL.panelOpenSecondsPerPageView });
  inbox.close();
  return usage;
}

/**
 * A conversation of 10 messages, 5 each way, with the teammate's inbox open: the shopper
 * opens the panel (session, stream), and for each message the writer types first (but the
 * shopper's first, which starts the conversation); the
 * teammate opens the conversation (with the shopper's details) after the first message and
 * marks each shopper message read; the widget marks each reply read (its panel is open);
 * the teammate closes the conversation at the end. Panel open 5 minutes (modelled).
 */
async function conversation(h: Harness): Promise<Usage> {
  const agent = () => h.agentAuth();
  // The teammate opened the dashboard before (their profile is saved): counted in agentSessionHour.
  await call(h, 'GET', ROUTES.me, agent());
  const inbox = await openInbox(h);
  const s = shopper(h);
  const usage = await measure(h, async () => {
    await s.session();
    const stream = await s.stream();
    for (let i = 0; i < 5; i++) {
      // Typing is signalled in a conversation that exists: not before the first message.
      if (i > 0) await s.typing();
      await s.send(`Do you ship the brass lamp to Sylhet? (${i})`);
      if (i === 0) {
        await call(h, 'GET', ROUTES.conversation(s.conversationId), agent());
        await call(h, 'GET', ROUTES.shopperContext(s.conversationId), agent());
      }
      await call(h, 'POST', ROUTES.conversationRead(s.conversationId), agent());
      await call(h, 'POST', ROUTES.agentTyping(s.conversationId), agent());
      await call(h, 'POST', ROUTES.agentMessages(s.conversationId), agent(), { id: newId('r'), text: `Yes, in 3 days (${i}).` });
      await s.read();
    }
    await call(h, 'POST', ROUTES.conversationStatus(s.conversationId), agent(), { status: 'closed' });
    stream.close();
  }, { streamSeconds: MODEL.panelOpenSecondsPerConversation });
  inbox.close();
  return usage;
}

/**
 * A teammate's hour with the inbox open on a site with 40 conversations: the dashboard's
 * first calls (me, the first page of Open, the team, labels, saved replies, the plan), its
 * stream, and one reconnect with catch-up (the stream function ends a stream after an
 * hour). No shopper writes meanwhile (those are counted in the conversations).
 */
async function agentSessionHour(h: Harness): Promise<Usage> {
  for (let i = 0; i < 40; i++) {
    const s = shopper(h);
    await s.session();
    await s.send(`earlier question ${i}`);
  }
  await quiet();
  return measure(h, async () => {
    const auth = () => h.agentAuth();
    await call(h, 'GET', ROUTES.me, auth());
    await call(h, 'GET', `${ROUTES.inbox}?view=open&limit=30`, auth());
    await call(h, 'GET', ROUTES.agents, auth());
    await call(h, 'GET', ROUTES.labels, auth());
    await call(h, 'GET', ROUTES.canned, auth());
    await call(h, 'GET', ROUTES.plan, auth());
    const first = await openInbox(h);
    await settle();
    first.close();
    const again = await openInbox(h);
    await settle();
    again.close();
  }, { streamSeconds: 3600 });
}

/** A scheduled job's run as billed: one run, its time from its Firestore calls. */
const asJobRun = (run: Usage): Usage => ({ ...run, scheduledRuns: 1, jobSeconds: (run.ops.gets + run.ops.queries + run.ops.commits) * MODEL.jobSecondsPerFirestoreCall });

/** One run of the follow-up job at `offsetMs` from now, and what it used. */
async function followUpRun(h: Harness, offsetMs = 0): Promise<Usage> {
  return asJobRun(await measure(h, () => runFollowUps({ db: h.api.db, chat: h.api.chat, outbox: h.api.outbox, clock: () => Date.now() + offsetMs, dashboardUrl: 'https://dashboard.example/' })));
}

/** The site's last 90 days: `perMonth` conversations a month, its days stored by the job. */
async function analyticsHistory(h: Harness, perMonth: number) {
  const now = Date.now();
  // Premium: the free plan's tab shows 7 days.
  await new SiteLifecycleStore(h.api.db).update(h.siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
  await storeConversations(h.api.db, h.siteId, pastConversations({ count: perMonth * 3, from: now - 90 * DAY_MS, to: now, timeZone: 'UTC', agents: ['agent-1'] }));
  await h.api.analytics.rollUp(h.siteId);
  return now;
}

/** The Analytics tab opened on the last 90 days: this period and the one before (the free plan sees 7 days; this is Premium's widest preset). */
function analyticsView(perMonth: number) {
  return async (h: Harness): Promise<Usage> => {
    const now = await analyticsHistory(h, perMonth);
    return measure(h, () =>
      Promise.all([
        call(h, 'GET', `${ROUTES.analytics}?from=${now - 90 * DAY_MS}&to=${now}`, h.agentAuth()),
        call(h, 'GET', `${ROUTES.analytics}?from=${now - 180 * DAY_MS}&to=${now - 90 * DAY_MS}`, h.agentAuth()),
      ]),
    );
  };
}

/** A day of the hourly rollup job for a site: one run stores the new day and builds the week before again, 23 find nothing new. */
function analyticsRollupDay(perMonth: number) {
  return async (h: Harness): Promise<Usage> => {
    await analyticsHistory(h, perMonth);
    h.shiftMs = DAY_MS;
    const storing = await measure(h, () => h.api.analytics.rollUp(h.siteId));
    const idle = await measure(h, () => h.api.analytics.rollUp(h.siteId));
    return addUsage(asJobRun(storing), asJobRun(idle), 23);
  };
}

const DAY_MS = 86_400_000;

/**
 * A day of the hourly rollup job for an idle site (nothing stamped in ACTIVE_DAYS): what a
 * run costs more with 10 more such sites, per site; the run's own query is the service's.
 */
async function analyticsRollupIdleDay(h: Harness): Promise<Usage> {
  const longAgo = Timestamp.fromMillis(Date.now() - (ACTIVE_DAYS + 1) * DAY_MS);
  const quiet = (siteId: string) => h.api.db.collection('sites').doc(siteId).set({ followUpWorkAt: longAgo }, { merge: true });
  const run = () => measure(h, () => runAnalyticsRollups({ db: h.api.db, analytics: h.api.analytics, warn: () => {} }));
  await quiet(h.siteId);
  const one = await run();
  for (let i = 0; i < 10; i++) {
    await h.api.sites.provision(`${h.siteId}-idle-${i}`, { teamName: 'Idle' }, Date.now());
    await quiet(`${h.siteId}-idle-${i}`);
  }
  const eleven = await run();
  return addUsage(NO_USAGE, { ...NO_USAGE, ops: opsBetween(one.ops, eleven.ops) }, 24 / 10);
}

/**
 * A shopper serving themselves in the help center of a site with 30 published articles:
 * the Help view's home, three suggestion requests while typing and the "shown" report, one
 * search, one article read and a vote. The instance's shelf is warm (another shopper used
 * it since the last article write), so each read costs the site document only.
 */
async function helpSelfService(h: Harness): Promise<Usage> {
  const agent = h.agentAuth();
  const csv = Array.from({ length: 30 }, (_, i) => `How does thing ${i} work?,It works in ${i} easy steps: open the box and follow the card.`).join('\n');
  await call(h, 'POST', ROUTES.helpImport, agent, { csv, language: 'en', status: 'published' });
  const warm = shopper(h);
  await warm.session();
  const auth = () => `Bearer ${warm.token}`;
  await call(h, 'GET', `${ROUTES.helpSearch}?q=box`, auth());
  const s = shopper(h);
  await s.session();
  const as = () => `Bearer ${s.token}`;
  return measure(h, async () => {
    await call(h, 'GET', `${ROUTES.helpHome}?lang=en&page=${encodeURIComponent('https://shop.example/products/lamp')}`, as());
    let hits: Array<{ id: string }> = [];
    for (const q of ['how does', 'how does thing', 'how does thing 7 work']) hits = (await call(h, 'GET', `${ROUTES.helpSearch}?q=${encodeURIComponent(q)}&mode=suggest`, as())).hits;
    await call(h, 'POST', ROUTES.helpEvents, as(), { kind: 'suggestions-shown', articleIds: hits.slice(0, 3).map((hit) => hit.id), query: 'how does thing 7 work' });
    await call(h, 'GET', `${ROUTES.helpSearch}?q=${encodeURIComponent('thing 7')}`, as());
    await call(h, 'GET', `${ROUTES.helpArticle(hits[0]!.id)}?page=${encodeURIComponent('https://shop.example/products/lamp')}`, as());
    await call(h, 'POST', ROUTES.helpVote(hits[0]!.id), as(), { helped: true, source: 'reader' });
  });
}

/** Conversations started in a week: the small shop's (300 a month) and the busy shop's, which the query caps at 500. */
const WEEKLY_CONVERSATIONS = { small: 70, busy: 500 };
/**
 * A day of the follow-up job (every 2 minutes) for a site with no activity: what a run
 * costs more with 10 more idle sites, per site. A run's own reads (its mark, two empty
 * queries) are the service's, whatever the number of sites (sharedCosts).
 */
async function followUpsIdleDay(h: Harness): Promise<Usage> {
  await followUpRun(h); // the first run ever visits every site once (store/follow-up-schedule.ts)
  const one = await followUpRun(h);
  for (let i = 0; i < 10; i++) await h.api.sites.provision(`${h.siteId}-idle-${i}`, { teamName: 'Idle' }, Date.now());
  await followUpRun(h); // a run between, as every 2 minutes: the new sites have nothing pending
  const eleven = await followUpRun(h);
  const perSite: Usage = { ...NO_USAGE, ops: opsBetween(one.ops, eleven.ops), jobSeconds: Math.max(0, eleven.jobSeconds - one.jobSeconds) };
  return addUsage(NO_USAGE, perSite, MODEL.followUpRunsPerDay / 10);
}

/**
 * The follow-up job's visits that one conversation causes (its messages are counted in
 * `conversation`): five questions, each answered a minute later; the job runs after each
 * question (the site was stamped), at the first note's planned time (3 minutes, the default),
 * and once when the planned idle close comes due after the teammate has closed the chat.
 */
async function followUpsConversation(h: Harness): Promise<Usage> {
  const agent = () => h.agentAuth();
  await call(h, 'GET', ROUTES.me, agent());
  await followUpRun(h);
  // What every run costs with no site to visit (its mark, two empty queries): the service's, not this site's.
  const idleRun = await followUpRun(h);
  const s = shopper(h);
  await s.session();
  let used = NO_USAGE;
  let runs = 0;
  const run = async (offsetMs: number) => {
    used = addUsage(used, await followUpRun(h, offsetMs));
    runs++;
  };
  for (let i = 0; i < 5; i++) {
    await s.send(`Is the brass lamp in stock? (${i})`);
    await run(30_000);
    await call(h, 'POST', ROUTES.agentMessages(s.conversationId), agent(), { id: newId('r'), text: `Yes (${i}).` });
    await run(3 * 60_000 + 1_000);
  }
  await call(h, 'POST', ROUTES.conversationStatus(s.conversationId), agent(), { status: 'closed' });
  await run(48 * 3_600_000 + 60_000);
  return { ...addUsage(used, idleRun, -runs), scheduledRuns: 0 };
}

const SCENARIOS = {
  pageViewWithoutChat: { what: 'a page view of a shopper who has not chatted', run: pageViewWithoutChat },
  pageViewWithChat: { what: 'a page view of a shopper in a chat (beacon, panel reopened: session, history, stream 1 min)', run: pageViewWithChat },
  conversation: { what: 'a conversation of 10 messages (5 each way, typing, read marks, opened and closed by the teammate)', run: conversation },
  agentSessionHour: { what: "a teammate's hour with the inbox open (first page of 30, team, labels, plan, stream with one reconnect)", run: agentSessionHour },
  followUpsIdleDay: { what: 'a day of the follow-up job (720 runs) for a site with no activity', run: followUpsIdleDay },
  analyticsViewSmall: { what: 'the Analytics tab on 90 days and the 90 before, 300 conversations a month', run: analyticsView(300) },
  analyticsViewBusy: { what: 'the same, 3,000 conversations a month', run: analyticsView(3_000) },
  analyticsRollupIdleDay: { what: 'a day of the hourly analytics rollup job (24 runs) for a site with nothing stamped in 10 days', run: analyticsRollupIdleDay },
  analyticsRollupSmallDay: { what: 'the same for 300 conversations a month (the new day stored, the week before built again)', run: analyticsRollupDay(300) },
  analyticsRollupBusyDay: { what: 'the same for 3,000 conversations a month', run: analyticsRollupDay(3_000) },
  helpSelfService: { what: 'a shopper serving themselves in the help center (home, 3 suggestions while typing, a search, an article read, a vote), 30 articles, warm instance', run: helpSelfService },
  followUpsConversation: { what: "the follow-up job's visits a conversation causes (5 questions answered within 3 minutes, then closed)", run: followUpsConversation },
} as const;
type ScenarioName = keyof typeof SCENARIOS;

/** How many of each scenario a site profile has in a month. */
const PROFILES: Record<string, { what: string; per: Partial<Record<ScenarioName, number>> }> = {
  idle: { what: 'installed, no visitors, no teammate', per: { followUpsIdleDay: MODEL.daysPerMonth, analyticsRollupIdleDay: MODEL.daysPerMonth } },
  smallShop: {
    what: '10,000 page views (900 of them in a chat: 3 per conversation), 300 conversations, 3,000 messages, a teammate 1 hour a day, Analytics opened on 90 days twice a week',
    per: { pageViewWithoutChat: 9_100, pageViewWithChat: 900, conversation: 300, followUpsConversation: 300, agentSessionHour: 30, followUpsIdleDay: MODEL.daysPerMonth, analyticsViewSmall: 8, analyticsRollupSmallDay: MODEL.daysPerMonth },
  },
  busyShop: {
    what: 'ten times that: 100,000 page views, 3,000 conversations, 30,000 messages, a teammate 8 hours a day, Analytics opened on 90 days every day',
    per: { pageViewWithoutChat: 91_000, pageViewWithChat: 9_000, conversation: 3_000, followUpsConversation: 3_000, agentSessionHour: 240, followUpsIdleDay: MODEL.daysPerMonth, analyticsViewBusy: 30, analyticsRollupBusyDay: MODEL.daysPerMonth },
  },
};

const cents = (dollars: number) => Math.round(dollars * 1e6) / 1e6;
const rounded = (cost: ReturnType<typeof costOf>) => ({ firestore: cents(cost.firestore), requests: cents(cost.requests), compute: cents(cost.compute), total: cents(cost.total) });

export async function measureCost() {
  const scenarios = {} as Record<ScenarioName, Usage>;
  for (const name of Object.keys(SCENARIOS) as ScenarioName[]) {
    const h = await startHarness();
    try {
      scenarios[name] = await SCENARIOS[name].run(h);
    } finally {
      await h.close();
    }
  }

  const profiles = Object.fromEntries(Object.entries(PROFILES).map(([name, profile]) => {
    let month = NO_USAGE;
    const drivers: Array<{ scenario: ScenarioName; dollars: number }> = [];
    for (const scenario of Object.keys(profile.per) as ScenarioName[]) {
      const times = profile.per[scenario] ?? 0;
      if (!times) continue;
      month = addUsage(month, scenarios[scenario], times);
      drivers.push({ scenario, dollars: costOf(scenarios[scenario]).total * times });
    }
    const cost = costOf(month);
    drivers.sort((a, b) => b.dollars - a.dollars);
    return [name, {
      what: profile.what,
      scenariosPerMonth: profile.per,
      perMonth: {
        reads: month.ops.reads + month.ops.listenReads,
        writes: month.ops.writes,
        deletes: month.ops.deletes + month.ops.ttlDeletes,
        invocations: month.apiRequests + month.streamRequests,
        streamHours: Math.round(month.streamSeconds / 360) / 10,
      },
      costUsd: rounded(cost),
      /** Sites of this profile whose Firestore operations fit the free quota (one project). */
      sitesInFirestoreFreeQuota: Math.floor(Math.min(
        (PRICES.firestore.freePerDay.reads * MODEL.daysPerMonth) / Math.max(1, month.ops.reads + month.ops.listenReads),
        (PRICES.firestore.freePerDay.writes * MODEL.daysPerMonth) / Math.max(1, month.ops.writes),
      )),
      drivers: drivers.filter((d) => d.dollars > 0).map((d) => ({ scenario: d.scenario, usd: cents(d.dollars), share: Math.round((d.dollars / cost.total) * 100) })),
    }];
  }));

  const month = MODEL.daysPerMonth * 86_400;
  // The hourly analytics rollups and the hourly weekly-digest job are 24 a day each, added to
  // the others'. The digest job lists only sites whose owner turned it on (one indexed query
  // a run, shared by all sites), so a site without the digest costs it no read at all.
  const scheduledRuns = MODEL.followUpRunsPerDay * MODEL.daysPerMonth + 4 * MODEL.daysPerMonth + 24 * MODEL.daysPerMonth + 24 * MODEL.daysPerMonth;
  return {
    measuredAt: new Date().toISOString(),
    prices: PRICES,
    model: MODEL,
    /** The service's own costs, whatever the number of sites. */
    sharedCosts: {
      scheduledRunsPerMonth: scheduledRuns,
      scheduledRunsUsd: cents((scheduledRuns * PRICES.cloudRun.requestsPerMillion) / 1_000_000),
      /**
       * A `stream` instance is billed while any stream is open on it: with a stream open
       * somewhere at all times, one instance is busy all month. The per-site figures share it
       * out at its concurrency (1,000 streams); this is what it costs whole.
       */
      streamInstanceAllMonthUsd: cents(month * instanceSecond(FUNCTIONS.stream)),
    },
    scenarios: Object.fromEntries((Object.keys(SCENARIOS) as ScenarioName[]).map((name) => [name, { what: SCENARIOS[name].what, ...scenarios[name], costUsd: rounded(costOf(scenarios[name])) }])),
    profiles,
    notMeasured: [],
  };
}
