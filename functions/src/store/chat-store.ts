/**
 * The Firestore data layer for chats. Everything lives under `sites/{siteId}/…` and keeps
 * to the subset that behaves the same on the local emulator and in production
 * (DESIGN.md): flat documents, range-filter paging, bounded listeners, batched writes
 * with increments, no collectionGroup.
 *
 *   sites/{siteId}                                  site: enabled, widget settings
 *   sites/{siteId}/conversations/{conversationId}   the conversation summary
 *   sites/{siteId}/conversations/{id}/messages/{id} messages, ids chosen by the client
 *   sites/{siteId}/events/{eventId}                 the stream's event log (TTL: expireAt)
 */
import { FieldValue, Timestamp, type DocumentData, type Firestore, type Query } from 'firebase-admin/firestore';
import type { Conversation, InboxView, LocalizedTexts, Message, Note, WidgetSettings } from '@kotha/common/contract';
import type { SiteEvent, SummaryChange } from '../domain/conversation';
import { NO_FOLLOW_UP, type FollowUp } from '../domain/follow-up';

/** Events are kept this long for reconnect catch-up, then removed by a Firestore TTL policy. */
export const EVENT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Typing events only need to reach the other instances' feeds. */
const EPHEMERAL_RETENTION_MS = 60 * 1000;
/** The gRPC code Firestore answers a `create` of an existing document with. */
const ALREADY_EXISTS = 6;

export interface Site {
  siteId: string;
  enabled: boolean;
  settings: WidgetSettings;
  /** The paid plan's package ('' when free) and when paid access ends (0: renews); see domain/plans.ts. */
  plan: { planPackage: string; planExpiresAt: number };
}

export const DEFAULT_SETTINGS: WidgetSettings = {
  teamName: 'Support',
  greeting: 'Hi! How can we help you today?',
  accentColor: '#116dff',
  launcherSide: 'auto',
  launcherOffset: 0,
  sound: true,
  requireEmail: false,
  launcherText: '',
  locale: '',
};

/**
 * The per-language team names and greetings as stored: one array field, which a merge
 * replaces whole (a map would be merged key by key, and a removed language would stay).
 */
function localizedTexts(value: unknown): LocalizedTexts[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && typeof entry.locale === 'string')
    .map((entry) => ({
      locale: entry.locale as string,
      teamName: typeof entry.teamName === 'string' ? entry.teamName : '',
      greeting: typeof entry.greeting === 'string' ? entry.greeting : '',
    }));
}

export class AlreadyExistsError extends Error {}

function isAlreadyExists(error: unknown): boolean {
  return (error as { code?: unknown })?.code === ALREADY_EXISTS;
}

export class ChatStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }
  private conversations(siteId: string) {
    return this.site(siteId).collection('conversations');
  }
  private messages(siteId: string, conversationId: string) {
    return this.conversations(siteId).doc(conversationId).collection('messages');
  }
  private events(siteId: string) {
    return this.site(siteId).collection('events');
  }

  async getSite(siteId: string): Promise<Site | null> {
    const snap = await this.site(siteId).get();
    if (!snap.exists) return null;
    const data = snap.data() ?? {};
    return {
      siteId,
      enabled: data.enabled !== false,
      settings: {
        teamName: typeof data.teamName === 'string' ? data.teamName : DEFAULT_SETTINGS.teamName,
        greeting: typeof data.greeting === 'string' ? data.greeting : DEFAULT_SETTINGS.greeting,
        accentColor: typeof data.accentColor === 'string' ? data.accentColor : DEFAULT_SETTINGS.accentColor,
        launcherSide: data.launcherSide === 'left' || data.launcherSide === 'right' ? data.launcherSide : 'auto',
        launcherOffset: typeof data.launcherOffset === 'number' ? data.launcherOffset : 0,
        sound: data.sound !== false,
        requireEmail: data.requireEmail === true,
        launcherText: typeof data.launcherText === 'string' ? data.launcherText : '',
        locale: typeof data.locale === 'string' ? data.locale : '',
        localized: localizedTexts(data.localized),
      },
      plan: {
        planPackage: typeof data.planPackage === 'string' ? data.planPackage : '',
        planExpiresAt: typeof data.planExpiresAt === 'number' ? data.planExpiresAt : 0,
      },
    };
  }

  /** Creates or updates a site (provisioning; the Wix install flow and the local seed). */
  async saveSite(siteId: string, fields: Partial<WidgetSettings> & { enabled?: boolean }, at: number): Promise<void> {
    await this.site(siteId).set({ siteId, ...fields, updatedAt: at }, { merge: true });
  }

  async getConversation(siteId: string, conversationId: string): Promise<Conversation | null> {
    return (await this.getConversationRecord(siteId, conversationId))?.conversation ?? null;
  }

  /** A conversation with its team-internal follow-up fields (domain/follow-up.ts). */
  async getConversationRecord(siteId: string, conversationId: string): Promise<ConversationRecord | null> {
    const snap = await this.conversations(siteId).doc(conversationId).get();
    return snap.exists ? toRecord(snap.data() ?? {}) : null;
  }

  /**
   * One page of an inbox view. Views page by activity (`updatedAt < cursor`, newest first),
   * except "waiting", which pages by how long the shopper has waited (oldest first). A
   * search (`term`) looks through every conversation whatever the view; Firestore filters
   * on one word and the page keeps those holding the others too.
   */
  async listConversations(siteId: string, filter: InboxFilter): Promise<{ conversations: Conversation[]; nextCursor: number | null }> {
    let query: Query = this.conversations(siteId);
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
    const last = snap.docs.at(-1)?.data();
    const nextCursor = snap.size === filter.limit && last ? Number(byWaiting ? last.waitingSince : last.updatedAt) : null;
    const required = filter.search?.alsoRequired ?? [];
    const conversations = snap.docs
      .map((d) => d.data())
      .filter((data) => required.every((t) => Array.isArray(data.searchTerms) && data.searchTerms.includes(t)))
      // The waiting view's range is on waitingSince, so the plan's history window is applied here.
      .filter((data) => !byWaiting || filter.since === undefined || Number(data.updatedAt) >= filter.since)
      .map(toConversation);
    return { conversations, nextCursor };
  }

  async listVisitorConversations(siteId: string, visitorId: string, limit: number): Promise<Conversation[]> {
    const snap = await this.conversations(siteId)
      .where('visitorId', '==', visitorId)
      .orderBy('updatedAt', 'desc')
      .limit(limit)
      .get();
    return snap.docs.map((d) => toConversation(d.data()));
  }

  /**
   * Messages after `since` (oldest first); or the latest `limit` before `before` (or of all,
   * when neither is given), oldest first.
   */
  async listMessages(siteId: string, conversationId: string, options: { since?: number; before?: number; limit: number }): Promise<Message[]> {
    const collection = this.messages(siteId, conversationId);
    if (options.before !== undefined) {
      const snap = await collection.where('createdAt', '<', options.before).orderBy('createdAt', 'desc').limit(options.limit).get();
      return snap.docs.map((d) => toMessage(d.data())).reverse();
    }
    if (options.since !== undefined) {
      const snap = await collection.where('createdAt', '>', options.since).orderBy('createdAt').limit(options.limit).get();
      return snap.docs.map((d) => toMessage(d.data()));
    }
    const snap = await collection.orderBy('createdAt', 'desc').limit(options.limit).get();
    return snap.docs.map((d) => toMessage(d.data())).reverse();
  }

  async getMessage(siteId: string, conversationId: string, messageId: string): Promise<Message | null> {
    const snap = await this.messages(siteId, conversationId).doc(messageId).get();
    return snap.exists ? toMessage(snap.data() ?? {}) : null;
  }

  /**
   * Stores a message, its conversation summary and its event in one batch: three writes.
   * The message is created with a must-not-exist precondition, so a retried send (same
   * client id) fails as a whole with AlreadyExistsError and writes nothing twice. A new
   * conversation (`isNew`) is created with the same precondition.
   */
  async appendMessage(input: {
    siteId: string;
    message: Message;
    conversation: Conversation;
    isNew: boolean;
    change: SummaryChange;
    event: SiteEvent;
    /** Follow-up fields the message changes; a new conversation starts from none. */
    followUp?: Partial<FollowUp>;
    /** Shopper details first learnt with this message (an offline message's email and language). */
    visitor?: { visitorEmail?: string; visitorName?: string; visitorLocale?: string; visitorPageUrl?: string; visitorAddressHash?: string };
    /** Words the message adds to the conversation's search terms (domain/search.ts). */
    searchTerms?: string[];
  }): Promise<void> {
    const { siteId, message, conversation, change, event } = input;
    const extra = { ...input.followUp, ...input.visitor };
    const batch = this.db.batch();
    const conversationRef = this.conversations(siteId).doc(conversation.id);
    const messageRef = this.messages(siteId, conversation.id).doc(message.id);
    // The write that can fail its precondition goes first: the local emulator applies a
    // batch's writes up to a failing one (Firestore applies none), so ordering keeps
    // both at "nothing written" when a retry or a race is refused.
    const terms = input.searchTerms ?? [];
    if (input.isNew) {
      batch.create(conversationRef, { ...storedFields(conversation), ...NO_FOLLOW_UP, ...extra, searchTerms: terms });
      batch.create(messageRef, message);
    } else {
      batch.create(messageRef, message);
      batch.update(conversationRef, {
        ...storedFields(change.set),
        messageCount: FieldValue.increment(change.add.messageCount),
        unreadByAgent: FieldValue.increment(change.add.unreadByAgent),
        unreadByVisitor: FieldValue.increment(change.add.unreadByVisitor),
        ...extra,
        ...(terms.length > 0 ? { searchTerms: FieldValue.arrayUnion(...terms) } : {}),
      });
    }
    batch.create(this.events(siteId).doc(event.id), eventDocument(event));
    try {
      await batch.commit();
    } catch (error) {
      if (isAlreadyExists(error)) throw new AlreadyExistsError(message.id, { cause: error });
      throw error;
    }
  }

  /** Updates top-level conversation fields and records the event, in one batch. */
  async updateConversation(
    siteId: string,
    conversationId: string,
    fields: ConversationFields,
    event: SiteEvent | null,
    options: { addSearchTerms?: string[] } = {},
  ): Promise<void> {
    const batch = this.db.batch();
    const terms = options.addSearchTerms ?? [];
    batch.update(this.conversations(siteId).doc(conversationId), {
      ...storedFields(fields),
      ...(terms.length > 0 ? { searchTerms: FieldValue.arrayUnion(...terms) } : {}),
    });
    if (event) batch.create(this.events(siteId).doc(event.id), eventDocument(event));
    await batch.commit();
  }

  /**
   * Stores a private note and its team-only event in one batch. Notes live in their own
   * collection, so no shopper query can reach them; a retried note (same id) is refused
   * with AlreadyExistsError and writes nothing.
   */
  async appendNote(siteId: string, note: Note, event: SiteEvent): Promise<void> {
    const batch = this.db.batch();
    batch.create(this.conversations(siteId).doc(note.conversationId).collection('notes').doc(note.id), note);
    batch.create(this.events(siteId).doc(event.id), eventDocument(event));
    try {
      await batch.commit();
    } catch (error) {
      if (isAlreadyExists(error)) throw new AlreadyExistsError(note.id, { cause: error });
      throw error;
    }
  }

  async listNotes(siteId: string, conversationId: string, limit: number): Promise<Note[]> {
    const snap = await this.conversations(siteId).doc(conversationId).collection('notes').orderBy('createdAt').limit(limit).get();
    return snap.docs.map((d) => d.data() as Note);
  }

  /** Records an ephemeral event (typing) for other instances' feeds; it expires within a minute. */
  async appendEphemeralEvent(siteId: string, event: SiteEvent): Promise<void> {
    await this.events(siteId).doc(event.id).set({ ...event, expireAt: Timestamp.fromMillis(event.at + EPHEMERAL_RETENTION_MS) });
  }

  /** Snoozed conversations whose time has come, soonest first. */
  async listDueSnoozed(siteId: string, now: number, limit: number): Promise<Conversation[]> {
    const snap = await this.conversations(siteId).where('status', '==', 'snoozed').where('snoozedUntil', '<=', now).orderBy('snoozedUntil').limit(limit).get();
    return snap.docs.map((d) => toConversation(d.data()));
  }

  /** Events after `after` (oldest first), optionally one visitor's only. */
  async eventsAfter(siteId: string, after: number, options: { visitorId?: string; limit: number }): Promise<SiteEvent[]> {
    let query: Query = this.events(siteId);
    if (options.visitorId) query = query.where('visitorId', '==', options.visitorId);
    const snap = await query.where('at', '>', after).orderBy('at').limit(options.limit).get();
    return snap.docs.map((d) => toSiteEvent(d.data()));
  }

  /**
   * Listens to a site's newest events (bounded: the last `limit` after `after`).
   * Returns the unsubscribe function.
   */
  watchEvents(siteId: string, after: number, limit: number, onEvents: (events: SiteEvent[]) => void, onError: (error: Error) => void): () => void {
    return this.events(siteId)
      .where('at', '>', after)
      .orderBy('at', 'desc')
      .limit(limit)
      .onSnapshot((snap) => onEvents(snap.docs.map((d) => toSiteEvent(d.data())).reverse()), onError);
  }
}

function eventDocument(event: SiteEvent): DocumentData {
  return { ...event, expireAt: Timestamp.fromMillis(event.at + EVENT_RETENTION_MS) };
}

function toSiteEvent(data: DocumentData): SiteEvent {
  const { expireAt: _ttl, ...event } = data;
  return event as SiteEvent;
}

/** The conversation fields the team's and shopper's actions change. */
export type ConversationFields = Partial<
  Pick<Conversation, 'status' | 'updatedAt' | 'unreadByAgent' | 'unreadByVisitor' | 'visitorName' | 'visitorEmail' | 'labels' | 'assigneeUid' | 'waitingSince' | 'agentReadAt' | 'snoozedUntil' | 'rating' | 'ratingComment'> &
    FollowUp
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

function toMessage(data: DocumentData): Message {
  const message: Message = {
    id: String(data.id),
    conversationId: String(data.conversationId),
    author: data.author,
    authorName: data.authorName ?? null,
    text: String(data.text),
    createdAt: Number(data.createdAt),
  };
  if (data.automatic === true) message.automatic = true;
  if (typeof data.authorPhotoUrl === 'string') message.authorPhotoUrl = data.authorPhotoUrl;
  return message;
}

export interface ConversationRecord {
  conversation: Conversation;
  followUp: FollowUp;
  /** The shopper's language and page, when they told us (offline messages). */
  visitorLocale: string | null;
  visitorPageUrl: string | null;
  /** A keyed hash of the address the shopper first wrote from (for blocking by address). */
  visitorAddressHash: string | null;
  /** The words already indexed for search. */
  searchTerms: string[];
}

export function toRecord(data: DocumentData): ConversationRecord {
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
  };
}
