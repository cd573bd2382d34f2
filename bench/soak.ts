/**
 * The soak and fault run: the real API in two processes behind a round-robin proxy, on one
 * emulator (its own process, metered) reached through a link that can pause; fan-out
 * 'firestore', so an event written by one process reaches the other's streams through its
 * site feed, as on Cloud Run. Simulated shoppers and agents with think times talk HTTP and
 * hold Server-Sent Events streams through the proxy, with the product's own stream client
 * (common/sse-client.ts: backoff, resume, seen-set). Mid-run one API process is killed
 * (SIGKILL) and started again, and later the link to the emulator stops for a while.
 *
 * Every message is followed to both sides: the shopper's own stream and every agent's
 * inbox stream must each hand it over exactly once (after the clients' own de-duplication,
 * which is what a person would see). Reported: messages sent, received exactly once per
 * side, missing, duplicated, latency p50/p99 over time, each process's memory at start and
 * end (after a full GC), Firestore operations per message, errors by kind.
 *
 * The model: each shopper holds one stream (the chat panel open), writes a message every
 * `thinkSeconds` on average (±50 %), and moves to another page every `navigateSeconds`
 * (a new session call, the conversation's history and a new stream, resuming with
 * Last-Event-ID). Each agent holds the dashboard's inbox stream (dashboard/src/inbox-stream.ts,
 * resuming with ?since=) and answers the conversations assigned to it (by conversation,
 * round the team) after `replySeconds` on average.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { ROUTES, type InboxEvent, type StartSessionResponse, type VisitorEvent } from '@kotha/common/contract';
import { backoffDelay } from '@kotha/common/backoff';
import { RESUME_SKEW_MS } from '../functions/src/realtime/event-stream';
import { createStreamCursor, openSseClient, type EventSourceLike, type SseClient, type StreamCursor } from '@kotha/common/sse-client';
import { openInboxStream } from '../dashboard/src/inbox-stream';
import { signInstance } from '../plugin/src/instance';
import { localFirestore } from '../scripts/local-firestore';
import { SiteLifecycleStore } from '../functions/src/store/site-lifecycle-store';
import { SiteStore } from '../functions/src/store/site-store';
import { fetchEventSource } from './fetch-event-source';
import { NO_OPS, opsBetween, type FirestoreOps } from './firestore-meter';
import { ask, cpuSeconds, rssMB, startBenchChild, stopChild, type BenchChild } from './processes';
import { startLinkProxy, startRoundRobinProxy } from './proxies';

export interface SoakOptions {
  /** How long the load runs, after every client has connected. */
  minutes: number;
  shoppers: number;
  agents: number;
  /** A shopper's mean pause between messages. */
  thinkSeconds: number;
  /** An agent's mean pause before answering. */
  replySeconds: number;
  /** A shopper's mean time on a page before the next one. */
  navigateSeconds: number;
  /** How long the link to the emulator stops. */
  pauseSeconds: number;
  /** Kill an API process and pause the emulator's link mid-run (the fault run); default true. */
  faults?: boolean;
  /** Log progress to the console. */
  verbose?: boolean;
}

export const DEFAULT_SOAK: SoakOptions = { minutes: 2, shoppers: 500, agents: 10, thinkSeconds: 240, replySeconds: 10, navigateSeconds: 180, pauseSeconds: 10 };

/** When the faults happen, as fractions of the run. */
const KILL_AT = 0.35;
const PAUSE_AT = 0.65;
/** How long the end waits for the last messages to arrive. */
const DRAIN_MS = 60_000;
/** A request the network or the API does not answer within this is given up and retried. */
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_ATTEMPTS = 8;

interface Sent {
  author: 'visitor' | 'agent';
  shopper: number;
  /** The agent the conversation is assigned to (answers it; times the shopper's messages). */
  agent: number;
  /** When the first attempt started (ms, performance clock). */
  sentAt: number;
  accepted: boolean;
  /** The sender is done with it: accepted, or given up. */
  settled: boolean;
  /** When the API answered (ms, performance clock); 0 before. */
  acceptedAt: number;
  /** Deliveries after each client's de-duplication: the shopper's stream, each agent's. */
  byShopper: number;
  byAgents: Uint8Array;
  /** Send → the other side's first delivery (ms), once known. */
  latencyMs: number | null;
  /** Requests it took (1 when the first was answered). */
  attempts: number;
  /** The event's time (server clock, ms) and when it was first delivered anywhere (same clock). */
  eventAt: number;
  firstDeliveredAt: number;
  /** Its shopper loaded it with the conversation's history on a later page. */
  inHistory: boolean;
}

interface Shopper {
  index: number;
  token: string;
  conversationId: string;
  cursor: StreamCursor;
  lastEventId: string;
  client: SseClient | null;
  /** Its conversation exists (a first message was accepted). */
  started: boolean;
}

interface ApiHandle {
  name: string;
  port: number;
  handle: BenchChild<{ port: number }>;
}

interface MemorySample {
  atS: number;
  rssMB: number;
  heapUsedMB: number;
  /** Taken after a full collection: the heap figure to compare. */
  afterGc: boolean;
}

const percentile = (sorted: number[], p: number) => {
  if (!sorted.length) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index]! * 10) / 10;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const around = (mean: number) => mean * (0.5 + Math.random());
const newId = (prefix: string) => `${prefix}${randomUUID().replaceAll('-', '')}`;

/** Counts of named things (errors by kind). */
class Tally {
  readonly counts = new Map<string, number>();
  add(kind: string, n = 1) {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
  toJSON() {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]));
  }
}

/** Runs `task` over `items` with at most `width` in flight. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'timeout';
  return cause?.code ?? (error as Error).name ?? 'error';
}

export async function measureSoak(options: SoakOptions) {
  const log = (message: string) => options.verbose && console.log(`  [soak ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const t0 = performance.now();
  const errors = new Tally();
  const apiLogs = new Tally();

  // The emulator in its own process, metered; the API processes reach it through the link.
  const emulator = await startBenchChild<{ hostPort: string }>('emulator-process.ts', {});
  const link = await startLinkProxy(Number(emulator.ready.hostPort.split(':')[1]));
  const config = {
    wixAppId: 'soak-app',
    wixAppSecret: 'soak-secret',
    visitorTokenKey: randomUUID() + randomUUID(),
    fanOut: 'firestore' as const,
    // One bench process plays every shopper from one address: the per-address bounds
    // (sessions, new visitors, open streams) would otherwise stop it at 60 shoppers.
    rateLimits: { sessionsPerIp: 1_000_000, messagesPerVisitor: 1_000_000, newVisitorsPerIpPerSiteHour: 1_000_000, streamsPerIp: 1_000_000 },
  };
  const startApi = async (name: string, port = 0): Promise<ApiHandle> => {
    const handle = await startBenchChild<{ port: number }>(
      'api-process.ts',
      { BENCH_FIRESTORE_HOST: link.hostPort, BENCH_API_CONFIG: JSON.stringify(config), BENCH_API_PORT: String(port) },
      { nodeArgs: ['--expose-gc'] },
    );
    handle.child.on('message', (message: { type?: string; level?: string; message?: string }) => {
      if (message?.type === 'log') apiLogs.add(`${message.level}: ${message.message}`);
    });
    return { name, port: handle.ready.port, handle };
  };
  const apis = await Promise.all([startApi('api-1'), startApi('api-2')]);
  const proxy = await startRoundRobinProxy(apis.map((a) => a.port));
  const base = `http://127.0.0.1:${proxy.port}`;
  log(`emulator, link, ${apis.length} API processes and the proxy are up`);

  // A Premium site (every agent has a seat), provisioned straight on the emulator.
  const siteId = `soak-${randomUUID()}`;
  const seedDb = localFirestore(emulator.ready.hostPort);
  await new SiteStore(seedDb).save(siteId, { enabled: true, teamName: 'Soak shop' }, Date.now());
  await new SiteLifecycleStore(seedDb).update(siteId, { planPackage: 'soak-premium', planExpiresAt: 0, installedAt: Date.now() });

  const sent = new Map<string, Sent>();
  const unknownDeliveries = { shopper: 0, agent: 0 };
  const wireRepeats = { shopper: 0 };
  let stopping = false;
  let finished = false;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopping) run();
    }, ms);
    timers.add(timer);
  };

  const request = async (method: string, path: string, auth: string | null, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(auth ? { authorization: auth } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  /** A request retried as the clients do (same body, so a message keeps its id): true once answered 2xx. */
  const withRetries = async (kind: string, method: string, path: string, auth: () => string | null, body?: unknown, counter?: { attempts: number }): Promise<any | null> => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (counter) counter.attempts += 1;
      try {
        const res = await request(method, path, auth(), body);
        if (res.status >= 200 && res.status < 300) return res.body ?? {};
        errors.add(`${kind}: HTTP ${res.status}${res.body?.code ? ` ${res.body.code}` : ''}`);
        const retriable = res.status >= 500 || res.status === 429 || (res.status === 409 && res.body?.code === 'conversation_race');
        if (!retriable) return null;
      } catch (error) {
        errors.add(`${kind}: ${errorCode(error)}`);
      }
      if (finished) return null;
      await sleep(backoffDelay(attempt));
    }
    errors.add(`${kind}: gave up after ${MAX_ATTEMPTS} attempts`);
    return null;
  };

  const agentAuth = (agent: number) => () =>
    `Instance ${signInstance({ instanceId: siteId, appDefId: config.wixAppId, signDate: new Date().toISOString(), uid: `agent-${agent}`, permissions: 'OWNER' }, config.wixAppSecret)}`;
  const assignedAgent = (conversationId: string) => {
    let hash = 0;
    for (let i = 0; i < conversationId.length; i++) hash = (hash * 31 + conversationId.charCodeAt(i)) >>> 0;
    return hash % options.agents;
  };

  const delivered = (record: Sent, at: number) => {
    if (record.firstDeliveredAt) return;
    record.eventAt = at;
    record.firstDeliveredAt = Date.now();
  };

  /** Sends a message as its author would, retrying with the same id; records it first. */
  const sendMessage = async (author: 'visitor' | 'agent', shopper: Shopper, agent: number) => {
    const id = newId('m');
    const record: Sent = { author, shopper: shopper.index, agent, sentAt: performance.now(), accepted: false, settled: false, acceptedAt: 0, byShopper: 0, byAgents: new Uint8Array(options.agents), latencyMs: null, attempts: 0, eventAt: 0, firstDeliveredAt: 0, inHistory: false };
    sent.set(id, record);
    const text = author === 'visitor' ? `Is item ${shopper.index}-${sent.size} in stock?` : `Yes, we have it (${sent.size}).`;
    const answer = author === 'visitor'
      ? await withRetries('shopper send', 'POST', ROUTES.visitorMessages, () => `Bearer ${shopper.token}`, { conversationId: shopper.conversationId, id, text }, record)
      : await withRetries('agent reply', 'POST', ROUTES.agentMessages(shopper.conversationId), agentAuth(agent), { id, text }, record);
    if (answer && author === 'visitor') shopper.started = true;
    record.accepted = answer !== null;
    record.settled = true;
    record.acceptedAt = performance.now();
  };

  // Agents: the dashboard's first calls, then its inbox stream.
  const shoppers: Shopper[] = [];
  const shopperOfConversation = new Map<string, Shopper>();
  const agentStreams: SseClient[] = [];
  /** The source, telling `onOpen` when it connects. */
  const opened = (source: EventSourceLike, onOpen: () => void) => {
    source.addEventListener('open', onOpen);
    return source;
  };
  const trackStream = (who: string) => (reason: string) => errors.add(`${who} stream: ${reason}`);
  await Promise.all(Array.from({ length: options.agents }, async (_, agent) => {
    await withRetries('agent open', 'GET', ROUTES.me, agentAuth(agent));
    await withRetries('agent open', 'GET', `${ROUTES.inbox}?view=open&limit=30`, agentAuth(agent));
    await new Promise<void>((ready) => {
      let readyOnce = () => {
        readyOnce = () => {};
        ready();
      };
      agentStreams.push(openInboxStream({
        since: Date.now(),
        url: (since) => `${base}${ROUTES.inboxStream}?instance=${encodeURIComponent(agentAuth(agent)().slice('Instance '.length))}${since === undefined ? '' : `&since=${since}`}`,
        createEventSource: (url) => opened(fetchEventSource(url, { onFailure: trackStream('agent') }), () => readyOnce()),
        onEvent: (event: InboxEvent) => {
          if (event.type !== 'message.created') return;
          const record = sent.get(event.message.id);
          if (!record) {
            unknownDeliveries.agent += 1;
            return;
          }
          record.byAgents[agent] = Math.min(255, record.byAgents[agent]! + 1);
          delivered(record, event.at);
          if (record.author !== 'visitor' || agent !== record.agent || record.byAgents[agent] !== 1) return;
          record.latencyMs = performance.now() - record.sentAt;
          const shopper = shopperOfConversation.get(event.conversationId);
          if (shopper) later(around(options.replySeconds) * 1000, () => void sendMessage('agent', shopper, agent));
        },
      }));
    });
  }));
  log(`${options.agents} agents have the inbox open`);

  // Shoppers: a session and a stream each (the chat panel open).
  const openShopperStream = (shopper: Shopper) =>
    new Promise<void>((ready) => {
      let readyOnce = () => {
        readyOnce = () => {};
        ready();
      };
      shopper.client?.close();
      shopper.client = openSseClient<VisitorEvent>({
        // The resume point travels as Last-Event-ID (what a browser's EventSource resends), else ?since=.
        url: () => `${base}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.token)}${shopper.lastEventId ? '' : `&since=${shopper.cursor.since}`}`,
        createEventSource: (url) =>
          opened(
            fetchEventSource(url, {
              headers: shopper.lastEventId ? { 'last-event-id': shopper.lastEventId } : {},
              onId: (id) => (shopper.lastEventId = id),
              onFailure: trackStream('shopper'),
            }),
            () => readyOnce(),
          ),
        onEvent: (event) => {
          if (!shopper.cursor.take(event, event.type !== 'typing')) {
            wireRepeats.shopper += 1;
            return;
          }
          if (event.type !== 'message.created') return;
          const record = sent.get(event.message.id);
          if (!record) {
            unknownDeliveries.shopper += 1;
            return;
          }
          record.byShopper += 1;
          delivered(record, event.at);
          if (record.author === 'agent' && record.byShopper === 1) record.latencyMs = performance.now() - record.sentAt;
        },
      });
    });
  const startSession = async (shopper: Partial<Shopper> & { index: number }) => {
    const session = (await withRetries('shopper session', 'POST', ROUTES.session, () => null, { siteId, ...(shopper.token ? { visitorToken: shopper.token } : {}) })) as StartSessionResponse | null;
    if (session) shopper.token = session.visitorToken;
    return session;
  };
  await inParallel(Array.from({ length: options.shoppers }, (_, i) => i), 16, async (index) => {
    const partial = { index } as Shopper;
    if (!(await startSession(partial))) return;
    const shopper: Shopper = { index, token: partial.token, conversationId: newId('c'), cursor: createStreamCursor(Date.now()), lastEventId: '', client: null, started: false };
    shoppers.push(shopper);
    shopperOfConversation.set(shopper.conversationId, shopper);
    await openShopperStream(shopper);
  });
  log(`${shoppers.length} shoppers have the chat open`);

  // Figures at the start of the run.
  const memory = new Map<string, MemorySample[]>();
  const runStart = performance.now();
  const atS = () => Math.round((performance.now() - runStart) / 100) / 10;
  const sampleMemory = async (api: ApiHandle, gc: boolean) => {
    const figures = await ask<{ rssMB: number; heapUsedMB: number }>(api.handle.child, { type: 'memory', gc });
    if (!figures) return;
    const samples = memory.get(api.name) ?? [];
    samples.push({ atS: atS(), rssMB: figures.rssMB, heapUsedMB: figures.heapUsedMB, afterGc: gc });
    memory.set(api.name, samples);
  };
  await Promise.all(apis.map((api) => sampleMemory(api, true)));
  // CPU each process spends in the run (seconds), to tell who is the bottleneck on a shared machine.
  const cpu = new Map<string, { from: number; to: number | null }>();
  const cpuMark = async (name: string, pid: number | undefined, at: 'from' | 'to') => {
    const used = await cpuSeconds(pid);
    if (used === null) return;
    const entry = cpu.get(name) ?? { from: used, to: null };
    entry[at] = used;
    cpu.set(name, entry);
  };
  const benchCpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
  const benchCpuFrom = benchCpu();
  const loadAtStart = loadavg()[0]!;
  await cpuMark('emulator', emulator.child.pid, 'from');
  for (const api of apis) await cpuMark(api.name, api.handle.child.pid, 'from');
  const emulatorRss = { startMB: await rssMB(emulator.child.pid), endMB: null as number | null };
  const opsAtStart = (await ask<{ ops: FirestoreOps }>(emulator.child, { type: 'ops' }))?.ops ?? NO_OPS;

  // The load: each shopper writes and moves between pages; agents answer (above).
  const durationMs = options.minutes * 60_000;
  for (const shopper of shoppers) {
    const write = () => {
      void sendMessage('visitor', shopper, assignedAgent(shopper.conversationId));
      later(around(options.thinkSeconds) * 1000, write);
    };
    later(Math.random() * options.thinkSeconds * 1000, write);
    const navigate = async () => {
      shopper.client?.close();
      shopper.client = null;
      if (await startSession(shopper)) {
        // The widget loads the history of a conversation it has; what it shows is counted apart from the stream.
        if (shopper.started) {
          const history = (await withRetries('shopper history', 'GET', ROUTES.visitorConversationMessages(shopper.conversationId), () => `Bearer ${shopper.token}`)) as { messages?: Array<{ id: string }> } | null;
          for (const message of history?.messages ?? []) {
            const record = sent.get(message.id);
            if (record) record.inHistory = true;
          }
        }
        await openShopperStream(shopper);
      }
      later(around(options.navigateSeconds) * 1000, () => void navigate());
    };
    later(around(options.navigateSeconds) * 1000, () => void navigate());
  }

  // Memory samples through the run (no forced GC, so as not to disturb the latency).
  const sampler = setInterval(() => void Promise.all(apis.map((api) => sampleMemory(api, false))), Math.max(10_000, durationMs / 12));

  // The faults: one API process killed and started again on its port; later the link pauses.
  const faults: Record<string, number | string | null> = {};
  // The faults in progress, awaited before anything stops (a restart must not outlive the run).
  const inProgress: Array<Promise<void>> = [];
  const fault = (atMs: number, run: () => Promise<void>) =>
    setTimeout(() => {
      if (options.faults !== false) inProgress.push(run());
    }, atMs);
  const killTimer = fault(durationMs * KILL_AT, async () => {
    const victim = apis[0]!;
    await sampleMemory(victim, true);
    await cpuMark(victim.name, victim.handle.child.pid, 'to');
    faults.killedAtS = atS();
    faults.killed = victim.name;
    log(`killing ${victim.name} (SIGKILL)`);
    victim.handle.child.kill('SIGKILL');
    await victim.handle.exited;
    const restarted = await startApi(`${victim.name} (restarted)`, victim.port);
    apis[0] = restarted;
    faults.restartSeconds = Math.round((atS() - Number(faults.killedAtS)) * 10) / 10;
    await cpuMark(restarted.name, restarted.handle.child.pid, 'from');
    faults.restartedAtS = atS();
    log(`${victim.name} is back on port ${victim.port}`);
    // Its starting memory, once the clients that come back to it have settled in.
    await sleep(Math.min(15_000, durationMs * 0.1));
    await sampleMemory(restarted, true);
  });
  const pauseTimer = fault(durationMs * PAUSE_AT, async () => {
    faults.linkPausedAtS = atS();
    faults.linkPauseSeconds = options.pauseSeconds;
    log(`pausing the link to the emulator for ${options.pauseSeconds} s`);
    await link.pause(options.pauseSeconds * 1000);
    log('the link is back');
  });

  let progress: NodeJS.Timeout | undefined;
  if (options.verbose) progress = setInterval(async () => log(`${sent.size} messages so far; emulator ${await rssMB(emulator.child.pid)} MB`), 10_000);
  await sleep(durationMs);
  stopping = true;
  clearTimeout(killTimer);
  clearTimeout(pauseTimer);
  await Promise.all(inProgress);
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
  clearInterval(sampler);
  clearInterval(progress);
  const loadEndS = atS();
  log(`load stopped after ${loadEndS} s with ${sent.size} messages; waiting for the last deliveries`);

  // Drain: the messages still in flight, until every accepted one has reached both sides.
  const complete = (record: Sent) => record.byShopper > 0 && record.byAgents.every((n) => n > 0);
  const drainStart = performance.now();
  for (;;) {
    const pendingSends = [...sent.values()].filter((r) => !r.settled).length;
    const undelivered = [...sent.values()].filter((r) => r.accepted && !complete(r)).length;
    if ((pendingSends === 0 && undelivered === 0) || performance.now() - drainStart > DRAIN_MS) break;
    await sleep(500);
  }
  finished = true;
  const drainSeconds = Math.round((performance.now() - drainStart) / 100) / 10;
  await Promise.all(apis.map((api) => sampleMemory(api, true)));
  emulatorRss.endMB = await rssMB(emulator.child.pid);
  await cpuMark('emulator', emulator.child.pid, 'to');
  for (const api of apis) await cpuMark(api.name, api.handle.child.pid, 'to');
  const wallSeconds = (performance.now() - runStart) / 1000;
  const cpuReport = Object.fromEntries([...cpu.entries(), ['bench clients and proxies', { from: benchCpuFrom, to: benchCpu() }] as const].map(([name, { from, to }]) => [
    name,
    to === null ? null : { seconds: Math.round((to - from) * 10) / 10, ofOneCorePct: Math.round(((to - from) / wallSeconds) * 100) },
  ]));
  const opsAtEnd = (await ask<{ ops: FirestoreOps }>(emulator.child, { type: 'ops' }))?.ops ?? NO_OPS;

  // The verdict, message by message.
  const records = [...sent.values()];
  const accepted = records.filter((r) => r.accepted);
  const side = (count: (r: Sent) => number[]) => {
    let once = 0;
    let missing = 0;
    let duplicated = 0;
    for (const r of accepted) {
      const counts = count(r);
      if (counts.every((n) => n === 1)) once++;
      if (counts.some((n) => n === 0)) missing++;
      if (counts.some((n) => n > 1)) duplicated++;
    }
    return { receivedExactlyOnce: once, missing, duplicated };
  };
  const shopperSide = side((r) => [r.byShopper]);
  // Why a message went missing: how late its event was delivered after its time (a commit that
  // took longer than a resume's overlap can fall behind a cursor that has moved on).
  const lags = accepted.filter((r) => r.firstDeliveredAt).map((r) => r.firstDeliveredAt - r.eventAt).sort((a, b) => a - b);
  const missingSamples = accepted.filter((r) => r.byShopper === 0 || r.byAgents.some((n) => n === 0)).slice(0, 20).map((r) => ({
    author: r.author,
    sentAtS: Math.round((r.sentAt - runStart) / 100) / 10,
    answeredAfterS: Math.round((r.acceptedAt - r.sentAt) / 100) / 10,
    attempts: r.attempts,
    deliveredLateS: r.firstDeliveredAt ? Math.round((r.firstDeliveredAt - r.eventAt) / 100) / 10 : null,
    missingOn: [...(r.byShopper === 0 ? ['shopper'] : []), ...(r.byAgents.some((n) => n === 0) ? ['agent'] : [])],
    shownByLaterHistory: r.inHistory,
  }));
  const agentSide = side((r) => [...r.byAgents]);

  const bucketS = Math.max(10, Math.round((durationMs / 1000 / 12) / 10) * 10);
  const buckets = new Map<number, number[]>();
  for (const r of accepted) {
    if (r.latencyMs === null) continue;
    const bucket = Math.floor((r.sentAt - runStart) / 1000 / bucketS);
    const list = buckets.get(bucket) ?? [];
    list.push(r.latencyMs);
    buckets.set(bucket, list);
  }
  const latencyOverTime = [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([bucket, list]) => {
    list.sort((a, b) => a - b);
    return { fromS: bucket * bucketS, toS: (bucket + 1) * bucketS, messages: list.length, p50Ms: percentile(list, 50), p99Ms: percentile(list, 99) };
  });
  const answeredBuckets = new Map<number, number[]>();
  for (const r of accepted) {
    const bucket = Math.floor((r.sentAt - runStart) / 1000 / bucketS);
    answeredBuckets.set(bucket, [...(answeredBuckets.get(bucket) ?? []), r.acceptedAt - r.sentAt]);
  }
  const sendAnsweredOverTime = [...answeredBuckets.entries()].sort((a, b) => a[0] - b[0]).map(([bucket, list]) => {
    list.sort((a, b) => a - b);
    return { fromS: bucket * bucketS, p50Ms: percentile(list, 50), p99Ms: percentile(list, 99) };
  });
  const all = accepted.map((r) => r.latencyMs).filter((v): v is number => v !== null).sort((a, b) => a - b);
  const answered = accepted.map((r) => r.acceptedAt - r.sentAt).sort((a, b) => a - b);

  const memoryReport = Object.fromEntries([...memory.entries()].map(([name, samples]) => {
    const collected = samples.filter((s) => s.afterGc);
    const strip = ({ afterGc: _gc, ...sample }: MemorySample) => sample;
    const first = collected[0] ?? samples[0]!;
    const last = collected.at(-1) ?? samples.at(-1)!;
    return [name, { start: strip(first), end: strip(last), maxRssMB: Math.max(...samples.map((s) => s.rssMB)), samples: samples.length }];
  }));

  const ops = opsBetween(opsAtStart, opsAtEnd);
  const messages = accepted.length;
  const perMessage = (n: number) => (messages ? Math.round((n / messages) * 100) / 100 : null);

  // Everything stops: clients, processes, proxies.
  for (const shopper of shoppers) shopper.client?.close();
  for (const stream of agentStreams) stream.close();
  for (const api of apis) await stopChild(api.handle);
  await stopChild(emulator);
  await proxy.stop();
  await link.stop();
  await seedDb.terminate();

  return {
    options: { ...options, verbose: undefined },
    measuredAt: new Date().toISOString(),
    runSeconds: loadEndS,
    drainSeconds,
    faults,
    messages: {
      attempted: records.length,
      sent: messages,
      byShoppers: accepted.filter((r) => r.author === 'visitor').length,
      byAgents: accepted.filter((r) => r.author === 'agent').length,
      notAccepted: records.length - messages,
      shopperSide: { ...shopperSide, missingButShownByLaterHistory: accepted.filter((r) => r.byShopper === 0 && r.inHistory).length },
      agentSide: { ...agentSide, agents: options.agents },
      /** First delivery anywhere after the event's own time: above the resume overlap, a resume may skip it. */
      deliveredAfterEventTime: { p50Ms: percentile(lags, 50), p99Ms: percentile(lags, 99), maxMs: lags.length ? Math.round(lags.at(-1)!) : null, overResumeOverlap: lags.filter((lag) => lag > RESUME_SKEW_MS).length, resumeOverlapMs: RESUME_SKEW_MS },
      missingSamples,
      unknownDeliveries,
      /** Events a stream sent again (a resume's overlap), dropped by the client's cursor. */
      resumeRepeatsDropped: wireRepeats.shopper,
    },
    latency: { p50Ms: percentile(all, 50), p99Ms: percentile(all, 99), sendAnsweredP50Ms: percentile(answered, 50), sendAnsweredP99Ms: percentile(answered, 99), sendAnsweredOverTime, bucketSeconds: bucketS, overTime: latencyOverTime },
    memory: { apis: memoryReport, emulatorRssMB: emulatorRss },
    /** The machine is shared: its load (1-minute average, runnable processes on 2 cores) says how much of the latency is waiting for a core. */
    cpu: { wallSeconds: Math.round(wallSeconds), byProcess: cpuReport, machineLoad: { start: Math.round(loadAtStart * 10) / 10, end: Math.round(loadavg()[0]! * 10) / 10 } },
    firestore: { ops, perMessage: { writes: perMessage(ops.writes), reads: perMessage(ops.reads), listenReads: perMessage(ops.listenReads), deletes: perMessage(ops.deletes + ops.ttlDeletes) } },
    proxyFailovers: proxy.failovers,
    errors: errors.toJSON(),
    apiLogs: apiLogs.toJSON(),
  };
}
