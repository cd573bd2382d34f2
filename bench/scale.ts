/**
 * Concurrent shoppers on one API process: every shopper holds an open stream (as a
 * widget with its panel open does), then shoppers write while all streams stay open.
 * Reports how many streams were held, the API process's resident memory with them,
 * and message throughput (requests answered per second, each delivered to its
 * shopper's stream) at that load. The API runs in a child process so only its own
 * memory is counted.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ROUTES, type StartSessionResponse } from '@kotha/common/contract';
import { readKothaEvents } from '../test/support/sse-client';
import { startEmulator } from '../scripts/emulator';
import { localFirestore } from '../scripts/local-firestore';
import { SiteStore } from '../functions/src/store/site-store';

const root = fileURLToPath(new URL('..', import.meta.url));

async function rssMB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Runs `task` over `items` with at most `width` in flight. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

export async function measureScale(options: { streams: number; messages: number }) {
  const emulator = await startEmulator();
  const config = { wixAppId: 'bench-app', wixAppSecret: 'bench-secret', visitorTokenKey: randomUUID() + randomUUID(), fanOut: 'local',
    // Every shopper and stream comes from this one address: the per-address bounds are lifted.
    rateLimits: { sessionsPerIp: 1_000_000, messagesPerVisitor: 1_000_000, newVisitorsPerIpPerSiteHour: 1_000_000, streamsPerIp: 1_000_000 } };
  const child = spawn(process.execPath, ['--import', 'tsx', `${root}bench/api-process.ts`], {
    env: { ...process.env, BENCH_FIRESTORE_HOST: emulator.hostPort, BENCH_API_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API process exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /"port":\s*(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const siteId = `bench-${randomUUID()}`;
  await new SiteStore(localFirestore(emulator.hostPort)).provision(siteId, {}, Date.now());
  const idleRssMB = await rssMB(child.pid!);

  // Shoppers: a session each, then a stream each, all held open.
  const shoppers: Array<{ auth: string; conversationId: string; received: Set<string> }> = [];
  const waiters = new Map<string, () => void>();
  const controller = new AbortController();
  // One signal ends every stream at the end; each stream listens to it.
  setMaxListeners(0, controller.signal);
  await inParallel(Array.from({ length: options.streams }, (_, i) => i), 32, async () => {
    const res = await fetch(`${base}${ROUTES.session}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ siteId }) });
    if (res.status !== 200) throw new Error(`session failed: ${res.status}`);
    const session = (await res.json()) as StartSessionResponse;
    const shopper = { auth: `Bearer ${session.visitorToken}`, conversationId: `c${randomUUID().replaceAll('-', '')}`, received: new Set<string>() };
    const stream = await fetch(`${base}${ROUTES.visitorStream}?token=${encodeURIComponent(session.visitorToken)}`, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    if (stream.status !== 200) throw new Error(`stream failed: ${stream.status}`);
    void readKothaEvents(stream.body, (data) => {
      const id = /"message":\{[^}]*?"id":"([^"]+)"/.exec(data)?.[1];
      if (id) waiters.get(id)?.();
    });
    shoppers.push(shopper);
  });
  const health = (await (await fetch(`${base}/healthz`)).json()) as { streams: number };
  const streamsRssMB = await rssMB(child.pid!);

  // Shoppers write, 32 at a time, while every stream stays open; a message counts when
  // its shopper's own stream has carried it back.
  const started = performance.now();
  await inParallel(Array.from({ length: options.messages }, (_, i) => i), 32, async (i) => {
    const shopper = shoppers[i % shoppers.length]!;
    const id = `m${randomUUID().replaceAll('-', '')}`;
    const delivered = new Promise<void>((resolve) => waiters.set(id, resolve));
    const res = await fetch(`${base}${ROUTES.visitorMessages}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: shopper.auth }, body: JSON.stringify({ conversationId: shopper.conversationId, id, text: `message ${i}` }) });
    if (res.status !== 201) throw new Error(`send failed: ${res.status} ${await res.text()}`);
    await delivered;
    waiters.delete(id);
  });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMB = await rssMB(child.pid!);

  controller.abort();
  child.kill();
  await emulator.stop();
  return {
    streams: health.streams,
    idleRssMB,
    rssMB: streamsRssMB,
    rssMBWhileSending: peakRssMB,
    messages: options.messages,
    messagesPerSec: Math.round(options.messages / seconds),
  };
}
