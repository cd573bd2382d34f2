/**
 * Shopper send → merchant stream latency on the local stack: the real API on the
 * embedded emulator, live chats open, the merchant's inbox stream connected; each
 * message is timed from the moment the shopper's request starts to the moment its
 * event arrives on the merchant's stream. Measures the in-process hub path (one
 * instance), as docs/architecture.md prescribes for local benchmarks.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApi } from '../functions/src/app';
import { ROUTES, type InboxEvent, type StartSessionResponse } from '@kotha/common/contract';
import { readKothaEvents } from '../test/support/sse-client';
import { signInstance } from '../plugin/src/instance';
import { wixPlatform } from '../plugin/src/wix-platform';
import { startEmulator } from '../scripts/emulator';
import { localFirestore } from '../scripts/local-firestore';

const config = { wixAppId: 'bench-app', wixAppSecret: 'bench-secret', visitorTokenKey: randomUUID() + randomUUID(), fanOut: 'local' as const,
  // One bench process plays every shopper from one address.
  rateLimits: { sessionsPerIp: 100_000, messagesPerVisitor: 100_000, newVisitorsPerIpPerSiteHour: 100_000, streamsPerIp: 100_000 },
};

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

export async function measureLatency(options: { conversations: number; messages: number }) {
  const emulator = await startEmulator();
  const db = localFirestore(emulator.hostPort);
  const api = createApi({ db, config, platform: wixPlatform(config) });
  const server = api.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const siteId = `bench-${randomUUID()}`;
  await api.sites.provision(siteId, {}, Date.now());

  const post = (path: string, auth: string | null, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body) });

  // The merchant's inbox stream, timing each arrival.
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const instance = signInstance({ instanceId: siteId, appDefId: config.wixAppId, signDate: new Date().toISOString(), uid: 'bench-agent' }, config.wixAppSecret);
  const controller = new AbortController();
  const stream = await fetch(`${base}${ROUTES.inboxStream}?instance=${encodeURIComponent(instance)}`, { signal: controller.signal });
  void readKothaEvents(stream.body, (data) => {
    const event = JSON.parse(data) as InboxEvent;
    if (event.type !== 'message.created') return;
    arrivals.set(event.message.id, performance.now());
    waiting.get(event.message.id)?.();
  });

  // Live chats: each shopper has a session and an open conversation.
  const chats: Array<{ auth: string; conversationId: string }> = [];
  for (let i = 0; i < options.conversations; i++) {
    const res = await post(ROUTES.session, null, { siteId });
    if (res.status !== 200) throw new Error(`session failed: ${res.status} ${await res.text()}`);
    const session = (await res.json()) as StartSessionResponse;
    const chat = { auth: `Bearer ${session.visitorToken}`, conversationId: `c${randomUUID().replaceAll('-', '')}` };
    await post(ROUTES.visitorMessages, chat.auth, { conversationId: chat.conversationId, id: `m${randomUUID().replaceAll('-', '')}`, text: 'hello' });
    chats.push(chat);
  }

  // Shoppers write one after another, round-robin over the chats; each is timed alone.
  const latencies: number[] = [];
  for (let i = 0; i < options.messages; i++) {
    const chat = chats[i % chats.length]!;
    const id = `m${randomUUID().replaceAll('-', '')}`;
    const arrived = new Promise<void>((resolve) => waiting.set(id, resolve));
    const started = performance.now();
    const res = await post(ROUTES.visitorMessages, chat.auth, { conversationId: chat.conversationId, id, text: `message ${i}: is this in stock?` });
    if (res.status !== 201) throw new Error(`send failed: ${res.status} ${await res.text()}`);
    await arrived;
    latencies.push(arrivals.get(id)! - started);
    waiting.delete(id);
  }

  controller.abort();
  server.closeAllConnections();
  server.close();
  await emulator.stop();
  latencies.sort((a, b) => a - b);
  return { messages: latencies.length, liveChats: options.conversations, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}
