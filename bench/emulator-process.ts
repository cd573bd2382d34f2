/**
 * The embedded Firestore emulator in a process of its own (for the soak), metered
 * (firestore-meter.ts), so that it has a core of its own to run on and its work is not
 * counted against the bench's clients. Its listeners behave as Firestore's (only changes
 * sent; see MeterOptions.listenDeltas) unless BENCH_LISTEN_DELTAS=0. Prints `{"hostPort": "127.0.0.1:n"}` once bound;
 * answers `{ type: 'ops' }` over IPC with the operations counted so far; exits when its
 * parent goes away.
 */
import { startEmulator } from '../scripts/emulator';
import { meterEmulator } from './firestore-meter';

const emulator = await startEmulator();
const meter = meterEmulator(emulator, { listenDeltas: process.env.BENCH_LISTEN_DELTAS !== '0' });
console.log(JSON.stringify({ hostPort: emulator.hostPort }));

process.on('disconnect', () => process.exit(0));
process.on('message', (message: { type?: string }) => {
  if (message?.type === 'ops') process.send?.({ type: 'ops', ops: meter.read() });
});
