/**
 * `npm start`: the whole product locally, in one terminal, with no credentials.
 * Builds the widget and dashboard, starts the embedded Firestore emulator on loopback
 * (its data kept in .data/ across restarts), the API, the demo storefront and the
 * dashboard signed in as the demo merchant; prints the URLs; stops cleanly on Ctrl-C.
 */
import { fileURLToPath } from 'node:url';
import { startEmulator } from './emulator';
import { restoreEmulatorState, saveEmulatorState } from './emulator-persistence';
import { buildAll } from './build';
import { loadDevSecrets } from './dev-secrets';
import { localFirestore } from './local-firestore';
import { startLocalStack } from './local-stack';
import { startSmtpSink } from './smtp-sink';
import { DEMO_SITE_ID } from './local-stack';
import { smtpMailer } from '../functions/src/email/mailer';
import { startWixStandin } from '../plugin/test/wix-standin';
import { DEMO_ORDER_EMAIL, DEMO_ORDERS } from '../plugin/test/demo-orders';

const dataDir = fileURLToPath(new URL('../.data/', import.meta.url));
const stateFile = `${dataDir}firestore.json`;
const port = Number(process.env.PORT ?? 8787);
const firestorePort = Number(process.env.KOTHA_FIRESTORE_PORT ?? 8686);

const step = (text: string) => console.log(`· ${text}`);

step('building the widget and the dashboard…');
await buildAll();

step(`starting the Firestore emulator on 127.0.0.1:${firestorePort}…`);
const emulator = await startEmulator(firestorePort).catch((error: Error) => {
  console.error(`Could not start the Firestore emulator on port ${firestorePort} (${error.message}). Set KOTHA_FIRESTORE_PORT to a free port.`);
  process.exit(1);
});
const db = localFirestore(emulator.hostPort);
const restored = await restoreEmulatorState(emulator.server, stateFile);
if (restored > 0) step(`restored ${restored} documents from .data/firestore.json`);

const secrets = await loadDevSecrets(`${dataDir}dev-secrets.json`);
step('starting a local mail server (email stays on this machine)…');
const smtp = await startSmtpSink();
step('starting a local stand-in for the Wix APIs (Wix itself is not contacted)…');
const wix = await startWixStandin({ appId: secrets.wixAppId, appSecret: secrets.wixAppSecret });
wix.sites.set(DEMO_SITE_ID, {
  // The demo site's "published" address is the local storefront: the dashboard's first
  // run links to it, as it links to the live site on Wix (the app instance's site URL).
  url: `http://localhost:${port}/`,
  properties: { businessName: 'Nakshi Crafts', email: 'owner@nakshi-crafts.test', language: 'en', timeZone: 'Asia/Dhaka' },
  contacts: [{ id: 'demo-contact', info: { name: { first: 'Ruma', last: 'Akter' } }, primaryInfo: { email: 'ruma@example.com' }, source: { sourceType: 'WIX_SITE_MEMBERS' } }],
  orders: DEMO_ORDERS,
});
const stack = await startLocalStack({
  db,
  config: { ...secrets, dashboardUrl: `http://localhost:${port}/merchant`, wixApiBase: wix.url },
  port,
  mailer: smtpMailer({ url: smtp.url, from: 'Kotha (local) <no-reply@kotha.local>' }),
  mailbox: smtp.received,
  followUpEveryMs: 30_000,
  rollupEveryMs: 3_600_000,
  digestEveryMs: 3_600_000,
  demoTraffic: true,
}).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: run with PORT=<another port>.` : '';
  console.error(`Could not start the local stack: ${error.message}.${hint}`);
  process.exit(1);
});

console.log(`
Kotha is running.

  Storefront (shopper): ${stack.urls.storefront}
  Dashboard (merchant): ${stack.urls.dashboard}
  API:                  ${stack.urls.api}
  Email it sent:        ${stack.urls.mail}
  Firestore emulator:   ${emulator.hostPort}

Open the storefront and the dashboard in two tabs and chat. Try the widget's order
status with order ${DEMO_ORDERS[0]!.number} and ${DEMO_ORDER_EMAIL}. Ctrl-C stops everything;
data is kept in .data/firestore.json (delete it to start fresh). To see the weekly digest
now, turn it on in Team & tools and run \`PORT=${port} npm run digest\` in another terminal.
`);

// Saved every half minute as well, so a crash loses little.
const autosave = setInterval(() => {
  saveEmulatorState(emulator.server, stateFile).catch((error: Error) => console.warn(`could not save the local data: ${error.message}`));
}, 30_000);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  step('stopping…');
  clearInterval(autosave);
  await stack.stop();
  await smtp.stop();
  await wix.stop();
  await saveEmulatorState(emulator.server, stateFile);
  await emulator.stop();
  step('saved the data and stopped.');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
