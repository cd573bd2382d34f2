/**
 * The Cloud Functions (v2) of Kotha. Two HTTP functions from the same Express app:
 * `api` for JSON requests and `stream` for Server-Sent Events (long timeout, high
 * concurrency); `lifecycleEvents`, which applies each platform event the webhook stored
 * (the webhook answers at once: Wix's deadline is 1,250 ms); and the scheduled jobs.
 * Config and secrets are declared here and read at request time; the Wix public key is
 * checked when an instance starts.
 */
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { defineInt, defineSecret, defineString } from 'firebase-functions/params';
import { onInit } from 'firebase-functions/v2';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { onRequest, type Request } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import type { Response } from 'express';
import { createApi, DEFAULT_DASHBOARD_URL, type Api } from './app';
import { smtpMailer, unconfiguredMailer } from './email/mailer';
import { runAnalyticsRollups } from './jobs/analytics-rollups';
import { runFollowUps } from './jobs/follow-ups';
import { runWeeklyDigests } from './jobs/weekly-digest';
import { purgeRemovedSites } from './jobs/purge-removed';
import { reconcilePlans as reconcileAllPlans } from './jobs/reconcile-plans';
import { sendStreamsTo } from './http/stream-routing';
import { readWixPublicKey } from '../../plugin/src/public-key';
import { wixPlatform } from '../../plugin/src/wix-platform';

const wixAppId = defineString('WIX_APP_ID');
const wixAppSecret = defineSecret('WIX_APP_SECRET');
const visitorTokenKey = defineSecret('VISITOR_TOKEN_KEY');
/** e.g. `smtps://user:pass@smtp.example.com:465`; empty leaves email in the outbox, marked failed. */
const smtpUrl = defineSecret('SMTP_URL');
const mailFrom = defineString('MAIL_FROM', { default: 'Kotha <no-reply@kotha.chat>' });
const dashboardUrl = defineString('DASHBOARD_URL', { default: DEFAULT_DASHBOARD_URL });
/**
 * The app's public key from the Wix Dev Center, for webhooks: the multi-line PEM, the PEM
 * base64-encoded on one line, or the path of a PEM file. A PEM pasted onto one line is
 * refused at start-up (plugin/src/public-key.ts).
 */
const wixPublicKey = defineSecret('WIX_PUBLIC_KEY');
/** The Dev Center's notification templates (new chat, shopper waiting); empty sends no alerts to the owners' phones. */
const wixNotifyNewChat = defineString('WIX_NOTIFY_NEW_CHAT_TEMPLATE', { default: '' });
const wixNotifyWaiting = defineString('WIX_NOTIFY_WAITING_TEMPLATE', { default: '' });

// A key that cannot verify a webhook stops the instance with a sentence saying what to fix,
// instead of every webhook failing with 401.
onInit(() => {
  if (wixPublicKey.value()) readWixPublicKey(wixPublicKey.value());
});
/**
 * Stream instances kept warm: a cold start makes every shopper and agent reconnecting at
 * once wait for it, and each warm instance keeps its per-site listeners. One costs an idle
 * instance's price; 0 turns it off (see the README, "Running in production").
 */
const streamMinInstances = defineInt('STREAM_MIN_INSTANCES', { default: 1 });
/**
 * The `stream` function's address (e.g. `https://stream-….a.run.app`): the `api` function
 * sends every event stream there. Empty: `api` serves them, and its timeout ends each one
 * after 60 s (clients reconnect and catch up; see the README, "Running in production").
 */
const streamUrl = defineString('STREAM_URL', { default: '' });

let instance: Api | null = null;

/** The app, created on the first request of this instance and reused after. */
function instanceApi(): Api {
  instance ??= createApi({
    db: getFirestore(initializeApp()),
    mailer: smtpUrl.value() ? smtpMailer({ url: smtpUrl.value(), from: mailFrom.value() }) : unconfiguredMailer,
    config: {
      visitorTokenKey: visitorTokenKey.value(),
      fanOut: 'firestore',
      // Google's front end is the one proxy before a Cloud Run instance.
      trustProxyHops: 1,
      dashboardUrl: dashboardUrl.value(),
      // Webhooks store their event and answer; `lifecycleEvents` below applies it.
      lifecycleQueue: 'deferred',
    },
    platform: wixPlatform({
      wixAppId: wixAppId.value(),
      wixAppSecret: wixAppSecret.value(),
      wixPublicKey: wixPublicKey.value(),
      wixNotificationTemplates: { newConversation: wixNotifyNewChat.value(), waiting: wixNotifyWaiting.value() },
    }),
  });
  return instance;
}

const handle = (req: Request, res: Response) => instanceApi().app(req, res);
const secrets = [wixAppSecret, visitorTokenKey, smtpUrl, wixPublicKey];

let toStream: ReturnType<typeof sendStreamsTo> | null = null;
/** `api`: event streams are sent on to `stream` (http/stream-routing.ts) once its address is set. */
const handleApi = (req: Request, res: Response) => {
  if (!streamUrl.value()) return handle(req, res);
  toStream ??= sendStreamsTo(streamUrl.value());
  toStream(req, res, () => handle(req, res));
};

export const api = onRequest({ secrets, concurrency: 80, timeoutSeconds: 60, memory: '512MiB' }, handleApi);

// Streams stay open for up to an hour; clients reconnect (with Last-Event-ID) on close.
export const stream = onRequest({ secrets, concurrency: 1000, timeoutSeconds: 3600, memory: '1GiB', minInstances: streamMinInstances }, handle);

// Each platform event the webhook stored, applied once (claimed per attempt). A failure is
// thrown, so Firestore delivers the trigger again with backoff; one held by another worker
// is retried the same way until that worker finishes or its lease runs out.
export const lifecycleEvents = onDocumentCreated({ document: 'lifecycleEvents/{eventId}', retry: true, secrets, timeoutSeconds: 300, memory: '512MiB' }, async (event) => {
  const outcome = await instanceApi().lifecycle.process(event.params.eventId);
  if ('busy' in outcome) throw new Error(`lifecycle event ${event.params.eventId} is being applied elsewhere; trying again later`);
});

// Still-in-line notes, "nobody answered" emails and phone alerts, replies emailed to
// shoppers who left, idle chats closed, failed emails retried, and any lifecycle event whose
// trigger gave up tried again. Safe to run twice.
export const followUps = onSchedule({ schedule: 'every 2 minutes', secrets, timeoutSeconds: 540, memory: '512MiB' }, async () => {
  const api = instanceApi();
  await runFollowUps({ db: api.db, chat: api.chat, outbox: api.outbox, clock: Date.now, dashboardUrl: dashboardUrl.value(), ownerAlerts: api.alerts });
  await api.lifecycle.drainDue();
});

// Wix sends no webhook when a paid period ends: once a day every paid site's plan is
// compared with Wix's and corrected (audited).
export const reconcilePlans = onSchedule({ schedule: 'every day 03:17', secrets, timeoutSeconds: 540, memory: '512MiB' }, async () => {
  const api = instanceApi();
  const result = await reconcileAllPlans(api.db, api.plans, (line) => console.warn(line));
  console.log(JSON.stringify({ severity: 'INFO', message: 'plans reconciled', ...result }));
});

// Each site's analytics day, stored once it is final in the site's zone (hourly, so every
// zone's midnight is soon followed by a run), and built again for a week after.
export const analyticsRollups = onSchedule({ schedule: 'every 1 hours', secrets, timeoutSeconds: 540, memory: '512MiB' }, async () => {
  const api = instanceApi();
  const report = await runAnalyticsRollups({ db: api.db, analytics: api.analytics, warn: (line) => console.warn(line) });
  console.log(JSON.stringify({ severity: 'INFO', message: 'analytics rolled up', ...report }));
});

// The owners who turned it on get last week's figures against the week before, on Monday
// from 08:00 in the site's zone (hourly, so every zone's Monday morning is soon followed by a
// run); each site's week is claimed once, so a retry or a second instance sends nothing more.
export const weeklyDigests = onSchedule({ schedule: 'every 1 hours', secrets, timeoutSeconds: 540, memory: '512MiB' }, async () => {
  const api = instanceApi();
  const report = await runWeeklyDigests({ db: api.db, analytics: api.analytics, hours: api.hoursStore, outbox: api.outbox, clock: Date.now, dashboardUrl: dashboardUrl.value(), warn: (line) => console.warn(line) });
  console.log(JSON.stringify({ severity: 'INFO', message: 'weekly digests', ...report }));
});

// Sites removed more than 30 days ago lose their data, in bounded batches.
export const purgeRemoved = onSchedule({ schedule: 'every 6 hours', secrets, timeoutSeconds: 540, memory: '512MiB' }, async () => {
  await purgeRemovedSites(instanceApi().db, Date.now);
});
