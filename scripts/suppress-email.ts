/**
 * `npm run suppress -- <address> [complaint|bounce|manual] [what happened]`: puts an
 * address on the suppression list (functions/src/store/suppression-store.ts), so Kotha
 * never emails it again. For what the mail provider reports after the fact (a complaint,
 * a bounce that came back later) and for people who ask; a permanent refusal during
 * sending is added by the outbox itself. Runs against the project of the Application
 * Default Credentials (`gcloud auth application-default login`, GOOGLE_CLOUD_PROJECT), or
 * against an emulator when FIRESTORE_EMULATOR_HOST is set.
 */
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { email } from '@kotha/common/contract';
import { SuppressionStore, suppressionKey, type SuppressionReason } from '../functions/src/store/suppression-store';

const REASONS: SuppressionReason[] = ['complaint', 'bounce', 'manual'];
const [address, reason = 'manual', ...detail] = process.argv.slice(2);

if (!address || !email.safeParse(address).success || !REASONS.includes(reason as SuppressionReason)) {
  console.error('Usage: npm run suppress -- <email address> [complaint|bounce|manual] [what happened]');
  process.exit(2);
}

const db = getFirestore(initializeApp());
await new SuppressionStore(db).add(address, reason as SuppressionReason, detail.join(' ') || 'added by hand', Date.now());
console.log(`Suppressed (${reason}): emailSuppressions/${suppressionKey(address)}`);
await db.terminate();
