/**
 * The one path by which a change clients see is written: the documents it touches and its
 * event go in one batch, then the event is published to this instance's hub (other
 * instances hear it through their site feeds). Each write builds what it stores and
 * returns it as clients see it, so no caller reads it back.
 */
import { randomUUID } from 'node:crypto';
import type { Firestore, WriteBatch } from 'firebase-admin/firestore';
import type { Author, Conversation, HelpTrail, Message, Note } from '@kotha/common/contract';
import { applySummary, summaryChange, type SiteEvent } from '../domain/conversation';
import { AlreadyExists } from '../domain/errors';
import { followUpAfterMessage, startsFollowUpWork, withFirstReply, type AutomaticKind } from '../domain/follow-up';
import { factsAfterMessage, needsShopperSigns, NO_FACTS } from '../domain/analytics/facts';
import { identityTerms, newTermsFor } from '../domain/search';
import type { Hub } from '../realtime/hub';
import { isAlreadyExists } from '../store/already-exists';
import { conversationsOf, conversationUpdate, type ConversationFields, type ConversationRecord } from '../store/conversation-store';
import { eventsOf } from '../store/event-log';
import { stampFollowUpWork } from '../store/follow-up-schedule';
import { messagesOf } from '../store/message-store';
import { notesOf } from '../store/note-store';
import { VisitorProfileStore } from '../store/visitor-profile-store';
import { sitesOf } from '../store/site-store';

/** The gRPC code Firestore answers a `create` of an existing document with. */

/** A message before it has a time: who wrote what, under the id the client chose. */
export interface MessageDraft {
  id: string;
  text: string;
  author: Author;
  authorName: string | null;
  authorPhotoUrl?: string;
  automatic?: true;
  /** What an automatic message says, where the follow-ups care (domain/follow-up.ts); not stored on the message. */
  kind?: AutomaticKind;
  /** The teammate who wrote a reply: credited in analytics, never stored on the message. */
  agentUid?: string;
  /** A shopper's hand-over from self-service (stored with the message). */
  help?: HelpTrail;
}

export interface TypingSignal {
  conversationId: string;
  author: 'visitor' | 'agent';
  agentUid: string | null;
  name: string | null;
  /** Whose stream may see it; '' for the team's eyes only. */
  visitorId: string;
}

const newEventId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

export class ConversationWrites {
  constructor(private readonly deps: { db: Firestore; hub: Hub; clock: () => number }) {}

  /**
   * Adds a message to a conversation: the message, the conversation's summary and the event,
   * in one batch of three writes. With `isNew`, `record` is a conversation not stored yet
   * and is created whole; otherwise the summary changes by set fields and increments.
   * Both creates carry a must-not-exist precondition, so a retried send (same id) or a lost
   * race fails as a whole with AlreadyExists and writes nothing. Returns the message and
   * the record as now stored.
   */
  async append(siteId: string, record: ConversationRecord, draft: MessageDraft, isNew: boolean): Promise<{ message: Message; record: ConversationRecord }> {
    const { db, hub, clock } = this.deps;
    const { conversation } = record;
    // Strictly after the conversation's last message and activity, so its messages never
    // share a time: order and `since` catch-up stay exact even when the clock stands
    // still. (Automatic messages leave updatedAt alone: lastMessageAt has them.)
    const at = Math.max(clock(), conversation.updatedAt + 1, record.followUp.lastMessageAt + 1);
    const message: Message = {
      id: draft.id,
      conversationId: conversation.id,
      author: draft.author,
      authorName: draft.authorName,
      ...(draft.authorPhotoUrl ? { authorPhotoUrl: draft.authorPhotoUrl } : {}),
      text: draft.text,
      createdAt: at,
      ...(draft.automatic ? { automatic: true as const } : {}),
      ...(draft.help ? { help: draft.help } : {}),
    };
    const followUp = { ...followUpAfterMessage(record.followUp, { ...message, kind: draft.kind }, conversation.visitorEmail !== null), lastMessageAt: at };
    // Analytics facts ride on the summary update this batch makes anyway: no extra write.
    const currentFacts = record.facts ?? NO_FACTS;
    const agentUid = draft.agentUid ?? null;
    // Whether the shopper had already left (the Missed rule) is asked once, at the first reply by a person: one read per conversation.
    const signs = needsShopperSigns(currentFacts, message, agentUid) ? await new VisitorProfileStore(db).presence(siteId, conversation.visitorId) : null;
    const facts = factsAfterMessage(currentFacts, conversation, message, agentUid, signs);
    // A reopen is counted from the record this request read, not with an increment: the
    // local emulator dropped an increment sent beside arrayUnion in one update, and two
    // people reopening the same closed chat in the same instant is not worth a transaction.
    const reopenCount = currentFacts.reopenCount + (facts.reopened ? 1 : 0);
    const change = summaryChange(message, conversation);
    // Search terms: a new conversation starts with the shopper's name and email; every
    // message written by a person adds its new words (automatic messages are not indexed).
    const indexed = isNew ? identityTerms(conversation.visitorName, conversation.visitorEmail) : record.searchTerms;
    const added = draft.automatic ? [] : newTermsFor(message.text, indexed);
    const stored: ConversationRecord = {
      ...record,
      conversation: applySummary(conversation, change),
      followUp: { ...record.followUp, ...followUp },
      searchTerms: [...indexed, ...added],
      facts: { ...currentFacts, ...facts.set, reopenCount },
    };
    const event: SiteEvent = {
      id: `m_${conversation.id}_${message.id}`,
      at,
      type: 'message.created',
      conversationId: conversation.id,
      visitorId: conversation.visitorId,
      message,
      conversation: stored.conversation,
    };

    const batch = db.batch();
    const conversationRef = conversationsOf(db, siteId).doc(conversation.id);
    const messageRef = messagesOf(db, siteId, conversation.id).doc(message.id);
    // The write that can fail its precondition goes first: the local emulator applies a
    // batch's writes up to a failing one (Firestore applies none), so ordering keeps
    // both at "nothing written" when a retry or a race is refused.
    if (isNew) {
      batch.create(conversationRef, stored);
      batch.create(messageRef, message);
    } else {
      batch.create(messageRef, message);
      batch.update(conversationRef, conversationUpdate({ ...change.set, ...followUp, ...facts.set, ...(facts.reopened ? { reopenCount } : {}) }, { add: change.add, searchTerms: added }));
    }
    batch.create(eventsOf(db, siteId).doc(event.id), event);
    // The site hears of it in the same batch: new work for the follow-up job, and a first
    // reply for "typically replies in" (read and rewritten whole: two first replies at the
    // same instant may keep one sample of the two, which a typical figure can spare).
    const site: Record<string, unknown> = {};
    const opened = conversation.status !== 'open' && stored.conversation.status === 'open';
    if (record.followUp.firstReplyAt === 0 && (followUp.firstReplyAt ?? 0) > 0) {
      const kept = (await sitesOf(db).doc(siteId).get()).data()?.firstReplies ?? [];
      site.firstReplies = withFirstReply(kept, { at, delayMs: at - conversation.createdAt });
    }
    if (isNew || startsFollowUpWork(record.followUp, followUp, opened)) stampFollowUpWork(batch, db, siteId, site);
    else if (site.firstReplies) batch.set(db.collection('sites').doc(siteId), site, { merge: true });
    await commit(batch, message.id);
    hub.publish(siteId, event);
    return { message, record: stored };
  }

  /** Changes a stored conversation (`updated` is it afterwards, `fields` what changes) and sends the change to every stream. */
  async update(siteId: string, updated: Conversation, fields: ConversationFields, at: number, addSearchTerms: string[] = []): Promise<void> {
    const { db, hub } = this.deps;
    const event: SiteEvent = { id: newEventId('u'), at, type: 'conversation.updated', conversationId: updated.id, visitorId: updated.visitorId, conversation: updated };
    const batch = db.batch();
    batch.update(conversationsOf(db, siteId).doc(updated.id), conversationUpdate(fields, { searchTerms: addSearchTerms }));
    batch.create(eventsOf(db, siteId).doc(event.id), event);
    // Open again (its idle time counts) or snoozed (it wakes): the follow-up job plans it.
    if (fields.status === 'open' || fields.status === 'snoozed') stampFollowUpWork(batch, db, siteId);
    await batch.commit();
    hub.publish(siteId, event);
  }

  /**
   * Adds a private note with its team-only event: no shopper id, so shopper streams never
   * select it. A retried note (same id) fails with AlreadyExists and writes nothing.
   */
  async addNote(siteId: string, note: Note): Promise<void> {
    const { db, hub } = this.deps;
    const event: SiteEvent = { id: `n_${note.conversationId}_${note.id}`, at: note.createdAt, type: 'note.created', conversationId: note.conversationId, visitorId: '', note };
    const batch = db.batch();
    batch.create(notesOf(db, siteId, note.conversationId).doc(note.id), note);
    batch.create(eventsOf(db, siteId).doc(event.id), event);
    await commit(batch, note.id);
    hub.publish(siteId, event);
  }

  /** Someone is typing: an event alone, which expires within a minute (store/event-log.ts). */
  async typing(siteId: string, typing: TypingSignal): Promise<void> {
    const event: SiteEvent = { id: newEventId('t'), at: this.deps.clock(), type: 'typing', ...typing };
    await eventsOf(this.deps.db, siteId).doc(event.id).set(event);
    this.deps.hub.publish(siteId, event);
  }
}

async function commit(batch: WriteBatch, id: string): Promise<void> {
  try {
    await batch.commit();
  } catch (error) {
    if (isAlreadyExists(error)) throw new AlreadyExists(id, { cause: error });
    throw error;
  }
}
