/**
 * Issue 16, item 6: what expires. Each TTL policy in firestore.indexes.json (applied by
 * `firebase deploy` with the indexes) names a collection whose documents the code writes
 * with that field as a Timestamp in the future; and each such writer has its policy. A
 * policy on a field the code does not set deletes nothing; a field with no policy keeps
 * its documents forever.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { readIndexFile } from '../../scripts/firestore-indexes';
import type { Mailer } from '../../functions/src/email/mailer';
import { RATE_COUNTERS, RateCounters } from '../../functions/src/store/rate-counters';
import { call, newShopper, newSiteId, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../support/api-harness';
import { LifecycleEventStore } from '../../functions/src/store/lifecycle-event-store';
import { HelpEventStore } from '../../functions/src/store/help-event-store';

let t: TestApi;
const mailer: Mailer = { send: async () => undefined };
beforeAll(async () => {
  t = await startTestApi({ mailer });
});
afterAll(() => t.close());

/** For each expiring collection: write one document the way the product does, and return its path. */
const writers: Record<string, (db: Firestore) => Promise<string>> = {
  async events() {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const sent = await shopper.send(conversationId, 'hello');
    return `sites/${siteId}/events/m_${conversationId}_${sent.body.message.id}`;
  },
  async outbox(db) {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'hello');
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorTranscript(conversationId), { auth: shopper.auth, body: { email: `${randomId('t')}@example.com` } })).status).toBe(202);
    const [doc] = (await db.collection(`sites/${siteId}/outbox`).get()).docs;
    return doc!.ref.path;
  },
  async lifecycleEvents(db) {
    const id = randomId('evt');
    await new LifecycleEventStore(db).add(id, { type: 'removed', siteId: newSiteId(), at: Date.now() }, Date.now());
    return `lifecycleEvents/${id}`;
  },
  async lifecycleClaims(db) {
    const id = randomId('evt');
    const events = new LifecycleEventStore(db);
    await events.add(id, { type: 'removed', siteId: newSiteId(), at: Date.now() }, Date.now());
    expect(await events.claim(id, 1, Date.now(), Date.now() + 60_000)).toBe(true);
    return `lifecycleClaims/${id}_1`;
  },
  async helpEvents(db) {
    const siteId = newSiteId();
    await new HelpEventStore(db).record(siteId, { kind: 'search', visitorId: 'v1', at: Date.now(), language: 'en', query: 'gift wrap', resultCount: 0 });
    const [doc] = (await db.collection(`sites/${siteId}/helpEvents`).get()).docs;
    return doc!.ref.path;
  },
  async helpOrderFinds(db) {
    const siteId = newSiteId();
    await new HelpEventStore(db).orderFound(siteId, 'v1', '10042', Date.now());
    const [doc] = (await db.collection(`sites/${siteId}/helpOrderFinds`).get()).docs;
    return doc!.ref.path;
  },
  async [RATE_COUNTERS](db) {
    const before = new Set((await db.collection(RATE_COUNTERS).get()).docs.map((d) => d.id));
    await new RateCounters(db, TEST_CONFIG.visitorTokenKey, Date.now).hit({ key: randomId('k'), windowMs: 60_000, limit: 1 });
    const created = (await db.collection(RATE_COUNTERS).get()).docs.find((d) => !before.has(d.id));
    return created!.ref.path;
  },
};

describe('TTL policies', () => {
  it('are declared for exactly the collections the code writes with an expiry', () => {
    const policies = readIndexFile().fieldOverrides.filter((o) => o.ttl);
    expect(policies.map((p) => [p.collectionGroup, p.fieldPath]).sort()).toEqual(Object.keys(writers).map((c) => [c, 'expireAt']).sort());
    // A TTL field is never indexed: it is only ever deleted by.
    expect(policies.every((p) => p.indexes.length === 0)).toBe(true);
  });

  for (const [collection, write] of Object.entries(writers)) {
    it(`${collection}: documents carry expireAt, a Timestamp after their write`, async () => {
      const path = await write(t.db);
      const expireAt = (await t.db.doc(path).get()).get('expireAt');
      expect(expireAt).toBeInstanceOf(Timestamp);
      expect((expireAt as Timestamp).toMillis()).toBeGreaterThan(Date.now());
    });
  }
});
