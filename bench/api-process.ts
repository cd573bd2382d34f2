/**
 * One API process on its own (for the scale and soak benches): the real Express app on
 * the given Firestore emulator, listening on a loopback port (BENCH_API_PORT, else a free
 * one), so its memory is measured without the bench's own clients in it. Prints
 * `{"port": n}` once listening.
 *
 * Started with an IPC channel (the soak), it also answers `{ type: 'memory', gc }` with its
 * memory (after a full collection when asked and run with --expose-gc), reports warnings and errors
 * as `{ type: 'log' }` messages, and exits when its parent goes away.
 */
import type { AddressInfo } from 'node:net';
import { createApi } from '../functions/src/app';
import { wixPlatform } from '../plugin/src/wix-platform';
import { localFirestore } from '../scripts/local-firestore';

const host = process.env.BENCH_FIRESTORE_HOST;
const config = process.env.BENCH_API_CONFIG;
if (!host || !config) throw new Error('BENCH_FIRESTORE_HOST and BENCH_API_CONFIG are set by the bench that starts this process');

const report = (level: 'warn' | 'error') => (message: string, details?: Record<string, unknown>) => {
  if (process.send) process.send({ type: 'log', level, message, details: JSON.stringify(details ?? {}).slice(0, 300) });
  else if (level === 'error') console.error(message, details);
};

const settings = JSON.parse(config);
const api = createApi({ db: localFirestore(host), config: settings, platform: wixPlatform(settings), logger: { error: report('error'), warn: report('warn') } });
const server = api.app.listen(Number(process.env.BENCH_API_PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});

if (process.send) {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: { type?: string; gc?: boolean }) => {
    if (message?.type !== 'memory') return;
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ type: 'memory', rssMB: Math.round(rss / 2 ** 20), heapUsedMB: Math.round((heapUsed / 2 ** 20) * 10) / 10, streams: api.hub.listenerCount, feeds: api.feeds?.size ?? 0 });
  });
}
