/**
 * `npm run reembed`: after a release that changed the embedded script's template, embed
 * it again on every installed site. Runs against the Firestore and Wix app of the
 * environment (GOOGLE_APPLICATION_CREDENTIALS or gcloud login, WIX_APP_ID, WIX_APP_SECRET;
 * set FIRESTORE_EMULATOR_HOST and WIX_API_BASE to try it locally).
 */
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { reembedAll } from '../functions/src/jobs/reembed';
import { wixPlatform } from '../plugin/src/wix-platform';

const appId = process.env.WIX_APP_ID;
const appSecret = process.env.WIX_APP_SECRET;
if (!appId || !appSecret) {
  console.error('Set WIX_APP_ID and WIX_APP_SECRET (the app in the Wix Dev Center).');
  process.exit(1);
}
const wix = wixPlatform({ wixAppId: appId, wixAppSecret: appSecret, wixApiBase: process.env.WIX_API_BASE });
const result = await reembedAll(getFirestore(initializeApp()), wix, console.warn);
console.log(`re-embedded on ${result.embedded} sites; ${result.outdated.length} wait for their owner to update the app (they keep their embed); ${result.failed.length} failed${result.failed.length ? `: ${result.failed.join(', ')}` : ''}`);
process.exit(result.failed.length ? 1 : 0);
