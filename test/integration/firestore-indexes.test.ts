/**
 * Issue 16, item 6: firestore.indexes.json against the queries the code makes. The
 * embedded emulator refuses, as Firestore does, a query on the product's collections that
 * the file cannot serve (scripts/firestore-indexes.ts), so every query any test runs is
 * checked; this file runs each store's every query once, with each of its variants, so a
 * query no other test happens to reach is checked too.
 */
import { describe, expect, it } from 'vitest';
import { INBOX_VIEWS } from '@kotha/common/contract';
import { inject } from 'vitest';
import { missingIndex, neededIndex, readIndexFile, type QueryShape } from '../../scripts/firestore-indexes';
import { Outbox } from '../../functions/src/email/outbox';
import { unconfiguredMailer } from '../../functions/src/email/mailer';
import { purgeRemovedSites } from '../../functions/src/jobs/purge-removed';
import { AnalyticsDayStore } from '../../functions/src/store/analytics-day-store';
import { DigestStore } from '../../functions/src/store/digest-store';
import { ConversationStore } from '../../functions/src/store/conversation-store';
import { EventLog } from '../../functions/src/store/event-log';
import { ExportStore } from '../../functions/src/store/export-store';
import { FollowUpSchedule } from '../../functions/src/store/follow-up-schedule';
import { FollowUpStore } from '../../functions/src/store/follow-up-store';
import { HelpArticleStore } from '../../functions/src/store/help-article-store';
import { MessageStore } from '../../functions/src/store/message-store';
import { NoteStore } from '../../functions/src/store/note-store';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { SiteStore } from '../../functions/src/store/site-store';
import { TeamStore } from '../../functions/src/store/team-store';
import { newSiteId } from '../support/api-harness';
import { testFirestore } from '../support/firestore';

const file = readIndexFile();
const shape = (collectionGroup: string, filters: QueryShape['filters'], orderBy: QueryShape['orderBy'] = []): QueryShape => ({ collectionGroup, filters, orderBy });

describe('the index rule', () => {
  it('needs no composite index for one field, or for equalities and array-contains alone', () => {
    expect(neededIndex(shape('c', [{ field: 'a', op: 'range' }], [{ field: 'a', direction: 'desc' }]))).toBeNull();
    expect(neededIndex(shape('c', [{ field: 'a', op: 'eq' }, { field: 'b', op: 'eq' }, { field: 't', op: 'array-contains' }]))).toBeNull();
    expect(neededIndex(shape('c', [], [{ field: 'a', direction: 'asc' }, { field: '__name__', direction: 'asc' }]))).toBeNull();
  });

  it('needs equalities first, in any order, then the orders exactly, inequalities ordered ascending', () => {
    expect(neededIndex(shape('c', [{ field: 'a', op: 'eq' }, { field: 'b', op: 'range' }]))?.fields).toEqual([{ fieldPath: 'a', order: 'ASCENDING' }, { fieldPath: 'b', order: 'ASCENDING' }]);
    const file = { indexes: [{ collectionGroup: 'c', queryScope: 'COLLECTION', fields: [{ fieldPath: 'b', order: 'DESCENDING' as const }, { fieldPath: 'a', order: 'ASCENDING' as const }, { fieldPath: 'u', order: 'DESCENDING' as const }] }], fieldOverrides: [] };
    expect(missingIndex(shape('c', [{ field: 'a', op: 'eq' }, { field: 'b', op: 'eq' }], [{ field: 'u', direction: 'desc' }]), file)).toBeNull();
    expect(missingIndex(shape('c', [{ field: 'a', op: 'eq' }, { field: 'b', op: 'eq' }], [{ field: 'u', direction: 'asc' }]), file)).toMatch(/requires an index/);
    expect(missingIndex(shape('c', [{ field: 'a', op: 'eq' }], [{ field: 'u', direction: 'desc' }]), file)).toMatch(/requires an index/);
    expect(missingIndex(shape('d', [{ field: 'a', op: 'eq' }, { field: 'b', op: 'eq' }], [{ field: 'u', direction: 'desc' }]), file)).toMatch(/"collectionGroup":"d"/);
  });

  it('refuses a single-field query on a field the file exempts from indexing', () => {
    expect(missingIndex(shape('messages', [{ field: 'text', op: 'eq' }]), file)).toMatch(/exempts/);
  });
});

describe('the embedded emulator', () => {
  it('refuses a query of the product without its index, as Firestore does, and serves one with it', async ({ skip }) => {
    if (!inject('firestoreIsEmbedded')) skip();
    const db = testFirestore();
    const conversations = db.collection(`sites/${newSiteId()}/conversations`);
    const refused = await conversations.where('visitorId', '==', 'v_1').orderBy('createdAt', 'desc').limit(5).get().then(() => null, (error: { code?: number; message: string }) => error);
    expect(refused?.code).toBe(9);
    expect(refused?.message).toContain('Add to firestore.indexes.json: {"collectionGroup":"conversations","queryScope":"COLLECTION","fields":[{"fieldPath":"visitorId","order":"ASCENDING"},{"fieldPath":"createdAt","order":"DESCENDING"}]}');
    const counted = await conversations.where('visitorId', '==', 'v_1').orderBy('createdAt', 'desc').count().get().then(() => null, (error: { code?: number }) => error.code);
    expect(counted).toBe(9);
    expect((await conversations.where('visitorId', '==', 'v_1').orderBy('updatedAt', 'desc').limit(5).get()).size).toBe(0);
    await db.terminate();
  });
});

describe('every query the code makes', () => {
  it('is served by firestore.indexes.json', async () => {
    const db = testFirestore();
    const siteId = newSiteId();
    const now = Date.now();
    const conversations = new ConversationStore(db);
    for (const view of INBOX_VIEWS) {
      for (const label of [undefined, 'l_1']) {
        for (const cursor of [undefined, now]) {
          for (const since of [undefined, now - 86_400_000]) await conversations.list(siteId, { view, uid: 'agent-1', label, cursor, since, limit: 10 });
        }
      }
      await conversations.list(siteId, { view, uid: 'agent-1', search: { term: 'ruma', alsoRequired: [] }, cursor: now, since: 0, limit: 10 });
    }
    await conversations.listForVisitor(siteId, 'v_1', 10);
    await conversations.listDueSnoozed(siteId, now, 10);
    await conversations.startedBetween(siteId, 0, now, 10);
    const analyticsDays = new AnalyticsDayStore(db);
    await Promise.all([analyticsDays.between(siteId, '2026-01-01', '2026-03-31'), analyticsDays.latest(siteId)]);
    const events = new EventLog(db);
    for (const visitorId of [undefined, 'v_1']) {
      for await (const _ of events.committedAfter(siteId, 0, { visitorId, pageSize: 10, max: 10 })) void _;
    }
    const messages = new MessageStore(db);
    for (const options of [{ limit: 10 }, { since: 0, limit: 10 }, { before: now, limit: 10 }]) await messages.list(siteId, 'c_1', options);
    await new NoteStore(db).list(siteId, 'c_1', 10);
    await new HelpArticleStore(db).versionsOf(siteId, 'a_1');
    const team = new TeamStore(db);
    await Promise.all([team.listLabels(siteId), team.listCanned(siteId), team.listAgents(siteId), team.listBlocked(siteId), team.deleteLabel(siteId, 'l_1')]);
    const followUps = new FollowUpStore(db);
    await Promise.all([followUps.waitingSince(siteId, now, 10), followUps.shopperEmailsDue(siteId, now, 10), followUps.idleOpen(siteId, now, 10), followUps.nextInLine(siteId), followUps.waitingUpTo(siteId, now)]);
    // The schedule's two queries, and the first run's sweep of every site (under a mark of its own).
    const schedule = new FollowUpSchedule(db, `indexes-${newSiteId()}`);
    await (await schedule.sitesToVisit(now)).done();
    await schedule.sitesToVisit(now);
    const exports = new ExportStore(db);
    for await (const _ of exports.conversationsBetween(siteId, 0, now)) void _;
    await exports.deleteVisitor(siteId, 'v_1');
    await new SiteStore(db).pageAfter('', 10);
    await new DigestStore(db).optedInAfter('', 10);
    await new SiteLifecycleStore(db).removedBefore(now, 10);
    const outbox = new Outbox(db, unconfiguredMailer, () => now);
    await Promise.all([outbox.retryDue(siteId, 10), outbox.nextRetryAt(siteId)]);
    await purgeRemovedSites(db, () => 0);
    await db.terminate();
  });
});
