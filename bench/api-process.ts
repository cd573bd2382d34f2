/**
 * One API process on its own (for the scale bench): the real Express app on the given
 * Firestore emulator, listening on a free loopback port, so its memory is measured
 * without the bench's own clients in it. Prints `{"port": n}` once listening.
 */
import type { AddressInfo } from 'node:net';
import { createApi } from '../functions/src/app';
import { wixPlatform } from '../plugin/src/wix-platform';
import { localFirestore } from '../scripts/local-firestore';

const host = process.env.BENCH_FIRESTORE_HOST;
const config = process.env.BENCH_API_CONFIG;
if (!host || !config) throw new Error('BENCH_FIRESTORE_HOST and BENCH_API_CONFIG are set by bench/scale.ts');

const settings = JSON.parse(config);
const api = createApi({ db: localFirestore(host), config: settings, platform: wixPlatform(settings), logger: { error: console.error, warn: () => {} } });
const server = api.app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
