/**
 * Runs the real API (createApi, the same Express app as production) on a loopback port
 * against the test Firestore, with a provisioned site and helpers to call it as a
 * shopper or as a merchant.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Firestore } from 'firebase-admin/firestore';
import { createApi, type Api, type ApiConfig } from '../../functions/src/app';
import type { Mailer } from '../../functions/src/email/mailer';
import { limitServer } from '../../functions/src/http/body';
import type { Platform } from '@kotha/common/platform';
import { ROUTES, type StartSessionResponse } from '@kotha/common/contract';
import { signInstance } from '../../plugin/src/instance';
import { wixPlatform, type WixAppConfig } from '../../plugin/src/wix-platform';
import { testFirestore } from './firestore';

export { signInstance };

/** The API's settings and the Wix app's, as tests pass them around. */
export type TestConfig = ApiConfig & WixAppConfig;

export const TEST_CONFIG: TestConfig = {
  wixAppId: 'kotha-test-app',
  wixAppSecret: 'kotha-test-app-secret',
  visitorTokenKey: 'kotha-test-visitor-token-key-0123456789abcdef',
  fanOut: 'local',
  // Webhooks wait for their event to be applied, so a test can assert what it did; the
  // webhook-deadline tests set the production wait back (webhookAnswerWithinMs: undefined).
  webhookAnswerWithinMs: 10_000,
};

export interface TestApi {
  api: Api;
  db: Firestore;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The API on the Wix platform (Wix's APIs at `config.wixApiBase` when given), with any
 * members of the platform replaced by `platform`'s: a core test fakes only what it needs.
 */
export async function startTestApi(options: { fanOut?: ApiConfig['fanOut']; db?: Firestore; clock?: () => number; mailer?: Mailer; config?: Partial<TestConfig>; platform?: Partial<Platform> } = {}): Promise<TestApi> {
  const db = options.db ?? testFirestore();
  const config = { ...TEST_CONFIG, fanOut: options.fanOut ?? 'local', dashboardUrl: 'http://dashboard.test/merchant', ...options.config };
  const platform = { ...wixPlatform(config, options.clock), ...options.platform };
  const api = createApi({ db, config, platform, clock: options.clock, mailer: options.mailer });
  const server: Server = await new Promise((resolve) => {
    const s = api.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  limitServer(server);
  const { port } = server.address() as AddressInfo;
  return {
    api,
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fresh site id, so tests sharing one Firestore never see each other's data. */
export function newSiteId(): string {
  return `site-${randomUUID()}`;
}

export async function provisionSite(testApi: TestApi, siteId: string): Promise<void> {
  await testApi.api.sites.provision(siteId, { teamName: 'Test team' }, Date.now());
}

/** A signed Wix instance for a site, as the dashboard iframe receives it. */
export function instanceFor(siteId: string, overrides: Record<string, unknown> = {}, secret = TEST_CONFIG.wixAppSecret): string {
  return signInstance(
    { instanceId: siteId, appDefId: TEST_CONFIG.wixAppId, signDate: new Date().toISOString(), uid: 'agent-1', permissions: 'OWNER', ...overrides },
    secret,
  );
}

export function randomId(prefix = 'id'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

export interface CallResult<T = unknown> {
  status: number;
  body: T;
}

/** A JSON call to the API. */
export async function call<T = any>(baseUrl: string, method: string, path: string, options: { auth?: string; body?: unknown; rawBody?: string } = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = {};
  if (options.auth) headers.authorization = options.auth;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** A shopper: a session on the site and helpers bound to its token. */
export async function newShopper(baseUrl: string, siteId: string) {
  const session = await call<StartSessionResponse>(baseUrl, 'POST', ROUTES.session, { body: { siteId } });
  if (session.status !== 200) throw new Error(`session failed: ${session.status} ${JSON.stringify(session.body)}`);
  const auth = `Bearer ${session.body.visitorToken}`;
  return {
    ...session.body,
    auth,
    send: (conversationId: string, text: string, id = randomId('m')) =>
      call(baseUrl, 'POST', ROUTES.visitorMessages, { auth, body: { conversationId, id, text } }),
    messages: (conversationId: string, since?: number) =>
      call(baseUrl, 'GET', `${ROUTES.visitorConversationMessages(conversationId)}${since !== undefined ? `?since=${since}` : ''}`, { auth }),
    /** A page view, as the loader's beacon reports it: the shopper is on the site now. */
    visit: async (url = 'https://shop.test/') => {
      const res = await fetch(`${baseUrl}${ROUTES.pageView}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: session.body.visitorToken, url }) });
      if (res.status !== 204) throw new Error(`page view failed: ${res.status}`);
    },
  };
}

/**
 * A merchant of the site: helpers bound to a signed instance. `sign` makes the instance
 * for each call (tests with a controlled clock sign at their own "now").
 */
export function merchantOf(baseUrl: string, siteId: string, sign: () => string = () => instanceFor(siteId)) {
  const instance = sign();
  const auth = `Instance ${instance}`;
  const fresh = () => `Instance ${sign()}`;
  return {
    instance,
    auth,
    inbox: (query = '') => call(baseUrl, 'GET', `${ROUTES.inbox}${query}`, { auth: fresh() }),
    conversation: (id: string) => call(baseUrl, 'GET', ROUTES.conversation(id), { auth: fresh() }),
    reply: (conversationId: string, text: string, id = randomId('r')) =>
      call(baseUrl, 'POST', ROUTES.agentMessages(conversationId), { auth: fresh(), body: { id, text } }),
    setStatus: (conversationId: string, status: 'open' | 'closed') =>
      call(baseUrl, 'POST', ROUTES.conversationStatus(conversationId), { auth: fresh(), body: { status } }),
    call: (method: string, path: string, body?: unknown) => call(baseUrl, method, path, { auth: fresh(), body }),
  };
}
