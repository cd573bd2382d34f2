/**
 * Every route of the table, thrown arbitrary ids, bodies and queries (fast-check): slashes,
 * dots, percent escapes good and bad, lone surrogates, controls, any Unicode. Never a 5xx,
 * and every document path the API touches is made of ids by the id rule, in a known
 * collection, under the site of the credential (or the site a shopper names): nothing
 * reaches outside a site's own documents.
 */
import fc from 'fast-check';
import { CollectionReference, DocumentReference, Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '@kotha/common/contract';
import { isId } from '@kotha/common/ids';
import { cleanText } from '@kotha/common/contract/text';
import { instanceFor, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

/** Collections by depth: top level, under a site, under a conversation. */
const TOP = new Set(['sites', 'rateLimits', 'emailSuppressions', 'health']);
const UNDER_SITE = new Set(['conversations', 'events', 'outbox', 'config', 'labels', 'canned', 'agents', 'blocked', 'blockedAddresses', 'visitors', 'audit', 'helpArticles', 'helpCollections', 'helpEvents', 'helpPageViews', 'helpOrderFinds']);
const UNDER_CONVERSATION = new Set(['messages', 'notes']);

/** Every path a Firestore reference was made for, in this process, while `recording`. */
const touched: string[] = [];
let recording = false;
function recordPaths() {
  const wrap = (proto: object, name: string) => {
    const target = proto as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name]!;
    target[name] = function (this: unknown, ...args: unknown[]) {
      try {
        const ref = original.apply(this, args) as { path?: string };
        if (recording && typeof ref?.path === 'string') touched.push(ref.path);
        return ref;
      } catch (error) {
        if (recording) touched.push(`refused: ${String(args[0])}`);
        throw error;
      }
    };
    return () => void (target[name] = original);
  };
  const restores = [wrap(Firestore.prototype, 'collection'), wrap(Firestore.prototype, 'doc'), wrap(CollectionReference.prototype, 'doc'), wrap(DocumentReference.prototype, 'collection')];
  return () => restores.forEach((restore) => restore());
}

/** What is wrong with a path the API touched, if anything; `sites` are the sites the request may reach. */
function outside(path: string, sites: string[]): string | null {
  const segments = path.split('/');
  if (path.startsWith('refused:')) return 'a reference Firestore refused';
  // Ids the API derives from ids (an event's `m_<conversation>_<message>`) may be longer than the rule's 64.
  if (!segments.every((s) => isId(s) || (/^[A-Za-z0-9_-]{65,200}$/.test(s) && !/^__.*__$/.test(s)))) return 'a segment that is no id';
  if (!TOP.has(segments[0]!)) return 'an unknown top-level collection';
  if (segments[0] !== 'sites') return segments.length <= 2 ? null : 'below a counter or a suppression';
  if (segments.length >= 2 && !sites.includes(segments[1]!)) return 'another site';
  if (segments.length >= 3 && !UNDER_SITE.has(segments[2]!)) return 'an unknown collection of a site';
  if (segments.length >= 5 && (segments[2] !== 'conversations' || !UNDER_CONVERSATION.has(segments[4]!))) return 'an unknown collection of a conversation';
  return segments.length <= 6 ? null : 'too deep';
}

let t: TestApi;
let siteId: string;
let shopperAuth: string;
let shopperToken: string;
let conversationId: string;
let restore: () => void;
beforeAll(async () => {
  restore = recordPaths();
  t = await startTestApi({ config: { rateLimits: { messagesPerVisitor: 100_000, sessionsPerIp: 100_000, newVisitorsPerIpPerSiteHour: 100_000 } } });
  siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  shopperAuth = shopper.auth;
  shopperToken = shopper.visitorToken;
  conversationId = randomId('c');
  await shopper.send(conversationId, 'hello');
});
afterAll(async () => {
  restore();
  await t.close();
});

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Strings that try hard: path tricks, escapes, broken Unicode, and anything at all. */
const nasty = fc.oneof(
  fc.constantFrom('', '.', '..', '/', '//', '%2F', '%2f', '%ZZ', '%', '%E0%A4%A', '%00', '__x__', '__', 'a/b', 'a%2Fb', '..%2F..', '\ud800', '\udc00', '\u0000', '\u200b', 'x'.repeat(65), '?', '#', ' '),
  fc.string({ unit: fc.oneof(anyCodeUnit, fc.constantFrom('/', '.', '%', '_', '-', 'a', '0')), maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constant('sample_conversation'),
);
const plausibleId = fc.oneof(fc.constant(() => conversationId), fc.constant(() => randomId('x')), fc.constant(() => siteId));
const idOrNasty = fc.oneof(nasty, plausibleId.map((make) => make()));

const KEYS = ['siteId', 'visitorToken', 'visitorName', 'conversationId', 'id', 'text', 'locale', 'email', 'name', 'pageUrl', 'rating', 'comment', 'status', 'until', 'labels', 'assigneeUid', 'note', 'noteId', 'title', 'shortcut', 'displayName', 'photoUrl', 'visitorId', 'reason', 'byAddress', 'color', 'teamName', 'greeting', 'accentColor', 'launcherSide', 'launcherOffset', 'sound', 'requireEmail', 'launcherText', 'wixMemberToken', 'token', 'url', 'referrer', 'timeZone', 'language', 'schedule', 'awayMessage', 'outsideHours', 'merchantEmail'] as const;
const value = fc.oneof(idOrNasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(idOrNasty, { maxLength: 3 }), fc.dictionary(nasty, nasty, { maxKeys: 2 }));
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }),
  // Close to valid, so handlers run past the schema with a nasty value in one place.
  fc.record({ conversationId: idOrNasty, id: fc.constant(0).map(() => randomId('m')), text: nasty }),
  fc.record({ siteId: idOrNasty }),
  fc.record({ siteId: idOrNasty, visitorToken: fc.constant(0).map(() => shopperToken) }),
  fc.constant(undefined),
  fc.constantFrom('[1,2]', '{"a":', '"\\ud800"', 'null').map((raw) => ({ raw })),
);
const QUERY_KEYS = ['since', 'limit', 'view', 'label', 'q', 'cursor', 'siteId', 'from', 'to', 'format', 'before', 'token', 'instance'];
const query = fc.dictionary(fc.constantFrom(...QUERY_KEYS), nasty, { maxKeys: 3 });

/** A path of the table with each parameter replaced, sometimes encoded, sometimes raw. */
const route = fc.record({
  pattern: fc.constantFrom(...Object.values(PATHS)),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
  params: fc.array(fc.record({ value: idOrNasty, encode: fc.boolean() }), { minLength: 3, maxLength: 3 }),
  who: fc.constantFrom('shopper', 'merchant', 'nobody'),
  body,
  query,
});

/** One request; a stream that opens is closed at once (its status is what counts). */
async function send(method: string, path: string, auth: string | undefined, body: string | undefined): Promise<{ status: number }> {
  const controller = new AbortController();
  try {
    const res = await fetch(`${t.baseUrl}${path}`, { method, body, signal: controller.signal, headers: { ...(auth ? { authorization: auth } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) } });
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) controller.abort();
    else await res.arrayBuffer();
    return { status: res.status };
  } catch (error) {
    return { status: -1, ...{ error: String(error) } };
  }
}

describe('every route, thrown anything', () => {
  it('answers below 500 and touches only its own site’s documents', async () => {
    await fc.assert(
      fc.asyncProperty(route, async (r) => {
        let i = 0;
        const path = r.pattern.replace(/:[A-Za-z]+/g, () => {
          const p = r.params[i++ % r.params.length]!;
          // A lone surrogate cannot be percent-encoded: such a value goes as it is (fetch sends U+FFFD's bytes).
          return p.encode && cleanText(p.value) === p.value ? encodeURIComponent(p.value) : p.value;
        });
        const search = new URLSearchParams(r.query).toString();
        const auth = r.who === 'shopper' ? shopperAuth : r.who === 'merchant' ? `Instance ${instanceFor(siteId)}` : undefined;
        const named = r.body && 'siteId' in r.body && typeof r.body.siteId === 'string' ? [r.body.siteId] : [];
        if (typeof r.query.siteId === 'string') named.push(r.query.siteId);
        touched.length = 0;
        recording = true;
        let res;
        try {
          // fetch sends no body with a GET.
          const sent = r.method === 'GET' || r.body === undefined ? undefined : 'raw' in r.body ? String(r.body.raw) : JSON.stringify(r.body);
          res = await send(r.method, `${path}${search ? `?${search}` : ''}`, auth, sent);
        } finally {
          recording = false;
        }
        const where = `${r.method} ${path}?${search} as ${r.who} ${JSON.stringify(r.body)}`;
        expect(res.status, where).toBeGreaterThanOrEqual(0);
        expect(res.status, where).toBeLessThan(500);
        const sites = [siteId, ...named.filter(isId)];
        const wrong = touched.map((p) => `${p}: ${outside(p, sites)}`).filter((line) => !line.endsWith(': null'));
        expect(wrong.join('\n'), where).toBe('');
      }),
      { numRuns: 400 },
    );
  }, 300_000);
});
