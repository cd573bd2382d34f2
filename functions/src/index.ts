/**
 * The Cloud Functions (v2) of Kotha. Two HTTP functions from the same Express app:
 * `api` for JSON requests and `stream` for Server-Sent Events (long timeout, high
 * concurrency). Config and secrets are declared here and read at request time.
 */
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { defineSecret, defineString } from 'firebase-functions/params';
import { onRequest, type Request } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { createApi, type Api } from './app';

const wixAppId = defineString('WIX_APP_ID');
const wixAppSecret = defineSecret('WIX_APP_SECRET');
const visitorTokenKey = defineSecret('VISITOR_TOKEN_KEY');

let instance: Api | null = null;

/** The app, created on the first request of this instance and reused after. */
function instanceApi(): Api {
  instance ??= createApi({
    db: getFirestore(initializeApp()),
    config: {
      wixAppId: wixAppId.value(),
      wixAppSecret: wixAppSecret.value(),
      visitorTokenKey: visitorTokenKey.value(),
      fanOut: 'firestore',
      // Google's front end is the one proxy before a Cloud Run instance.
      trustProxyHops: 1,
    },
  });
  return instance;
}

const handle = (req: Request, res: Response) => instanceApi().app(req, res);
const secrets = [wixAppSecret, visitorTokenKey];

export const api = onRequest({ secrets, concurrency: 80, timeoutSeconds: 60, memory: '512MiB' }, handle);

// Streams stay open for up to an hour; clients reconnect (with Last-Event-ID) on close.
export const stream = onRequest({ secrets, concurrency: 1000, timeoutSeconds: 3600, memory: '1GiB' }, handle);
