/**
 * Conversation summaries, `sites/{siteId}/conversations/{conversationId}`: what the inbox
 * lists, plus the team-internal follow-up fields and the search words, flat on one
 * document. Changes clients see are written with their event (chat/conversation-writes.ts);
 * this module decodes, encodes and queries.
 *
 * Queries keep to what behaves the same on the local emulator and in production (see
 * docs/architecture.md): equality and range filters on flat fields, range-filter paging.
 */
import { FieldValue, type CollectionReference, type DocumentData, type Firestore, type FirestoreDataConverter, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Conversation, InboxView } from '@kotha/common/contract';
import type { SummaryChange } from '../domain/conversation';
import { NO_FOLLOW_UP, type FollowUp } from '../domain/follow-up';
import { NO_FACTS, type ConversationFacts } from '../domain/analytics/facts';

/** A conversation with what the team keeps about it beside the summary clients see. */
export interface ConversationRecord {
  conversation: Conversation;
  followUp: FollowUp;
  /** The shopper's language and page, when they told us (offline messages). */
  visitorLocale: string | null;
  visitorPageUrl: string | null;
  /** A keyed hash of the address the shopper first wrote from (for blocking by address). */
  visitorAddressHash: string | null;
  /** The words already indexed for search (domain/search.ts). */
  searchTerms: string[];
  /**
   * What analytics count (domain/analytics/facts.ts); always there once decoded. Optional
   * so a record built in code before analytics existed still type-checks: absent = NO_FACTS.
   */
  facts?: ConversationFacts;
}

/** The conversation fields messages and the team's and shopper's actions change. */
export type ConversationFields = Partial<
  Pick<Conversation, 'status' | 'updatedAt' | 'lastMessageText' | 'lastMessageAuthor' | 'unreadByAgent' | 'unreadByVisitor' | 'visitorName' | 'visitorEmail' | 'labels' | 'assigneeUid' | 'waitingSince' | 'agentReadAt' | 'snoozedUntil' | 'rating' | 'ratingComment'> &
    FollowUp &
    ConversationFacts
>;

export interface InboxFilter {
  view: InboxView;
  /** The agent asking ("mine"). */
  uid: string;
  label?: string;
  search?: { term: string; alsoRequired: string[] };
  cursor?: number;
  /** The oldest activity shown (the plan's visible history). */
  since?: number;
  limit: number;
}

/**
 * Firestore's form of conversation fields: "none" is stored as '' and 0, not null,
 * because equality and range filters must be able to select it (`== null` is one of the
 * emulator's gaps, and a missing field matches no filter at all).
 */
function storedFields<T extends Partial<Pick<Conversation, 'assigneeUid' | 'waitingSince' | 'snoozedUntil'>>>(fields: T): DocumentData {
  const stored: DocumentData = { ...fields };
  if ('assigneeUid' in fields) stored.assigneeUid = fields.assigneeUid ?? '';
  if ('waitingSince' in fields) stored.waitingSince = fields.waitingSince ?? 0;
  if ('snoozedUntil' in fields) stored.snoozedUntil = fields.snoozedUntil ?? 0;
  return stored;
}

function toConversation(data: DocumentData): Conversation {
  return {
    id: String(data.id),
    visitorId: String(data.visitorId),
    visitorName: data.visitorName ?? null,
    visitorEmail: data.visitorEmail ?? null,
    ...(typeof data.visitorCountry === 'string' ? { visitorCountry: data.visitorCountry } : {}),
    status: data.status === 'closed' || data.status === 'snoozed' ? data.status : 'open',
    createdAt: Number(data.createdAt),
    updatedAt: Number(data.updatedAt),
    lastMessageText: data.lastMessageText ?? null,
    lastMessageAuthor: data.lastMessageAuthor ?? null,
    unreadByAgent: Number(data.unreadByAgent ?? 0),
    unreadByVisitor: Number(data.unreadByVisitor ?? 0),
    messageCount: Number(data.messageCount ?? 0),
    labels: Array.isArray(data.labels) ? data.labels.map(String) : [],
    assigneeUid: typeof data.assigneeUid === 'string' && data.assigneeUid ? data.assigneeUid : null,
    waitingSince: typeof data.waitingSince === 'number' && data.waitingSince > 0 ? data.waitingSince : null,
    agentReadAt: typeof data.agentReadAt === 'number' && data.agentReadAt > 0 ? data.agentReadAt : null,
    snoozedUntil: typeof data.snoozedUntil === 'number' && data.snoozedUntil > 0 ? data.snoozedUntil : null,
    rating: data.rating === 'good' || data.rating === 'bad' ? data.rating : null,
    ratingComment: typeof data.ratingComment === 'string' ? data.ratingComment : null,
  };
}

function toRecord(data: DocumentData): ConversationRecord {
  const followUp = { ...NO_FOLLOW_UP };
  for (const key of Object.keys(NO_FOLLOW_UP) as Array<keyof FollowUp>) {
    if (typeof data[key] === 'number') followUp[key] = data[key];
  }
  return {
    conversation: toConversation(data),
    followUp,
    visitorLocale: typeof data.visitorLocale === 'string' ? data.visitorLocale : null,
    visitorPageUrl: typeof data.visitorPageUrl === 'string' ? data.visitorPageUrl : null,
    visitorAddressHash: typeof data.visitorAddressHash === 'string' ? data.visitorAddressHash : null,
    searchTerms: Array.isArray(data.searchTerms) ? data.searchTerms.map(String) : [],
    facts: toFacts(data),
  };
}

/** Facts as stored; a conversation from before analytics reads as NO_FACTS. */
function toFacts(data: DocumentData): ConversationFacts {
  const facts: ConversationFacts = { ...NO_FACTS, offline: data.offline === true };
  for (const key of ['firstReplyUid', 'lastReplyUid', 'closedByUid'] as const) if (typeof data[key] === 'string') facts[key] = data[key];
  for (const key of ['assignedAt', 'assignedReplyAt', 'firstClosedAt', 'lastClosedAt', 'reopenCount', 'shopperLeftAt'] as const) if (typeof data[key] === 'number') facts[key] = data[key];
  return facts;
}

/**
 * The conversation document's codec. Whole records only: changes to a stored conversation
 * go through `update` with conversationUpdate's form (converters do not apply to updates).
 */
export const conversationConverter: FirestoreDataConverter<ConversationRecord> = {
  toFirestore(record: ConversationRecord): DocumentData {
    const { visitorLocale, visitorPageUrl, visitorAddressHash } = record;
    return {
      ...storedFields(record.conversation),
      ...record.followUp,
      ...(record.facts ?? NO_FACTS),
      ...(visitorLocale !== null ? { visitorLocale } : {}),
      ...(visitorPageUrl !== null ? { visitorPageUrl } : {}),
      ...(visitorAddressHash !== null ? { visitorAddressHash } : {}),
      searchTerms: record.searchTerms,
    };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): ConversationRecord {
    return toRecord(snapshot.data());
  },
};

/** A site's conversations, decoded. */
export function conversationsOf(db: Firestore, siteId: string): CollectionReference<ConversationRecord> {
  return db.collection('sites').doc(siteId).collection('conversations').withConverter(conversationConverter);
}

/**
 * The stored form of a change to a conversation: fields set, counters added with
 * increments (no read-modify-write), search words added to the ones indexed.
 */
export function conversationUpdate(set: ConversationFields, options: { add?: SummaryChange['add']; searchTerms?: string[] } = {}): DocumentData {
  const { add } = options;
  const terms = options.searchTerms ?? [];
  return {
    ...storedFields(set),
    ...(add
      ? {
          messageCount: FieldValue.increment(add.messageCount),
          unreadByAgent: FieldValue.increment(add.unreadByAgent),
          unreadByVisitor: FieldValue.increment(add.unreadByVisitor),
        }
      : {}),
    ...(terms.length > 0 ? { searchTerms: FieldValue.arrayUnion(...terms) } : {}),
  };
}

export class ConversationStore {
  constructor(private readonly db: Firestore) {}

  async get(siteId: string, conversationId: string): Promise<Conversation | null> {
    return (await this.getRecord(siteId, conversationId))?.conversation ?? null;
  }

  /** A conversation with its team-internal fields. */
  async getRecord(siteId: string, conversationId: string): Promise<ConversationRecord | null> {
    return (await conversationsOf(this.db, siteId).doc(conversationId).get()).data() ?? null;
  }

  /**
   * One page of an inbox view. Views page by activity (`updatedAt < cursor`, newest first),
   * except "waiting", which pages by how long the shopper has waited (oldest first). A
   * search (`term`) looks through every conversation whatever the view; Firestore filters
   * on one word and the page keeps those holding the others too.
   */
  async list(siteId: string, filter: InboxFilter): Promise<{ conversations: Conversation[]; nextCursor: number | null }> {
    let query: Query<ConversationRecord> = conversationsOf(this.db, siteId);
    const byWaiting = filter.view === 'waiting' && !filter.search;
    if (filter.search) {
      query = query.where('searchTerms', 'array-contains', filter.search.term);
    } else {
      query = query.where('status', '==', filter.view === 'closed' || filter.view === 'snoozed' ? filter.view : 'open');
      if (filter.view === 'unassigned') query = query.where('assigneeUid', '==', '');
      if (filter.view === 'mine') query = query.where('assigneeUid', '==', filter.uid);
      if (filter.label) query = query.where('labels', 'array-contains', filter.label);
    }
    if (byWaiting) {
      query = query.where('waitingSince', '>', filter.cursor ?? 0).orderBy('waitingSince', 'asc');
    } else {
      if (filter.cursor !== undefined) query = query.where('updatedAt', '<', filter.cursor);
      if (filter.since !== undefined) query = query.where('updatedAt', '>=', filter.since);
      query = query.orderBy('updatedAt', 'desc');
    }
    const snap = await query.limit(filter.limit).get();
    const last = snap.docs.at(-1);
    const nextCursor = snap.size === filter.limit && last ? Number(last.get(byWaiting ? 'waitingSince' : 'updatedAt')) : null;
    const required = filter.search?.alsoRequired ?? [];
    const conversations = snap.docs
      .map((d) => d.data())
      .filter((record) => required.every((t) => record.searchTerms.includes(t)))
      // The waiting view's range is on waitingSince, so the plan's history window is applied here.
      .filter((record) => !byWaiting || filter.since === undefined || record.conversation.updatedAt >= filter.since)
      .map((record) => record.conversation);
    return { conversations, nextCursor };
  }

  /** A shopper's conversations, most recently active first. */
  async listForVisitor(siteId: string, visitorId: string, limit: number): Promise<Conversation[]> {
    const snap = await conversationsOf(this.db, siteId).where('visitorId', '==', visitorId).orderBy('updatedAt', 'desc').limit(limit).get();
    return snap.docs.map((d) => d.data().conversation);
  }

  /**
   * When these shoppers started conversations (any time), by `in` queries of 30 ids on the
   * visitor: a report about the help center's few visitors never reads the site's others.
   */
  async startsOfVisitors(siteId: string, visitorIds: readonly string[]): Promise<Array<{ visitorId: string; createdAt: number }>> {
    const chunks: string[][] = [];
    for (let i = 0; i < visitorIds.length; i += 30) chunks.push(visitorIds.slice(i, i + 30));
    const snaps = await Promise.all(chunks.map((ids) => conversationsOf(this.db, siteId).where('visitorId', 'in', ids).select('visitorId', 'createdAt').get()));
    return snaps.flatMap((snap) => snap.docs.map((d) => ({ visitorId: String(d.get('visitorId')), createdAt: Number(d.get('createdAt')) })));
  }

  /** Snoozed conversations whose time has come, soonest first. */
  async listDueSnoozed(siteId: string, now: number, limit: number): Promise<Conversation[]> {
    const snap = await conversationsOf(this.db, siteId).where('status', '==', 'snoozed').where('snoozedUntil', '<=', now).orderBy('snoozedUntil').limit(limit).get();
    return snap.docs.map((d) => d.data().conversation);
  }

  /**
   * Conversations started in [from, to), oldest first, at most `limit`: a range filter on
   * the start time, so a report never reads the site's other conversations.
   */
  async startedBetween(siteId: string, from: number, to: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await conversationsOf(this.db, siteId).where('createdAt', '>=', from).where('createdAt', '<', to).orderBy('createdAt').limit(limit).get();
    return snap.docs.map((d) => d.data());
  }

  /** Sets follow-up fields (domain/follow-up.ts): team-internal, so no event goes with them. */
  async setFollowUp(siteId: string, conversationId: string, fields: Partial<FollowUp>): Promise<void> {
    await conversationsOf(this.db, siteId).doc(conversationId).update(fields);
  }
}
