/**
 * The chat use cases behind the HTTP routes: validation is done, the tenant is verified;
 * here the domain rules meet the stores. Every write goes through ConversationWrites
 * (one batch with its event, then published); refusals are domain errors.
 */
import { randomUUID } from 'node:crypto';
import { LIMITS, MAX_SNOOZE_MS, type Rating, type Conversation, type HelpTrail, type ConversationStatus, type InboxView, type Message, type Note, type StartSessionResponse } from '@kotha/common/contract';
import { identityTerms, searchPlan } from '../domain/search';
import { newConversation, toVisitorConversation, visitorMayWrite } from '../domain/conversation';
import { planAt, PLAN_LIMITS } from '../domain/plans';
import { followUpAfterStatus, followUpAfterVisitorRead, NO_FOLLOW_UP, type AutomaticKind } from '../domain/follow-up';
import { factsAfterAssign, factsAfterStatus, NO_FACTS } from '../domain/analytics/facts';
import type { VisitorIdentity, VisitorTokens } from '../auth/visitor-token';
import { AlreadyExists, Conflict, Forbidden, Invalid, NotFound } from '../domain/errors';
import type { ConversationRecord, ConversationStore } from '../store/conversation-store';
import type { MessageStore } from '../store/message-store';
import type { NoteStore } from '../store/note-store';
import { toSite, type SiteStore } from '../store/site-store';
import { shopperAccess } from '../domain/site-access';
import { countryOfTimeZone } from '../domain/visitor-place';
import { themeFor } from '@kotha/common/theme';
import type { VisitorProfile, VisitorProfileStore } from '../store/visitor-profile-store';
import type { ConversationWrites, MessageDraft } from './conversation-writes';

/** Conversations a returning shopper sees in the widget. */
const VISITOR_CONVERSATIONS = 20;

export interface ChatServiceDeps {
  sites: SiteStore;
  conversations: ConversationStore;
  messages: MessageStore;
  notes: NoteStore;
  writes: ConversationWrites;
  tokens: VisitorTokens;
  clock: () => number;
  /** What the shopper told us about themselves earlier (Kotha.identify, a Wix member). */
  profiles?: VisitorProfileStore;
  /** The automatic first reply to a new conversation (business hours), if any, and what it says. */
  autoReply?: (siteId: string, conversation: ConversationRecord) => Promise<{ text: string; kind: AutomaticKind } | null>;
  /** Told when a shopper starts a conversation (the owners' phone alert); not awaited, must not throw. */
  onConversationStarted?: (siteId: string, conversation: { id: string; visitorName: string | null }, firstMessage: string) => void;
}

/** What a shopper tells about themselves with a first message (the offline form). */
export interface VisitorDetails {
  visitorEmail?: string;
  visitorName?: string;
  visitorLocale?: string;
  visitorPageUrl?: string;
  /** A keyed hash of the shopper's network address (blocking by address). */
  visitorAddressHash?: string;
  /** Left through the offline form: analytics count it apart, never as missed. */
  offline?: boolean;
}

export class ChatService {
  constructor(private readonly deps: ChatServiceDeps) {}

  /**
   * Starts or resumes a shopper's session on a site. `admitNewVisitor` is asked before a
   * new visitor id is made (and may refuse); a shopper resuming their token is not asked.
   */
  async startSession(siteId: string, visitorToken: string | undefined, options: { admitNewVisitor?: () => Promise<void> } = {}): Promise<StartSessionResponse> {
    const { sites, tokens } = this.deps;
    const document = await sites.document(siteId);
    const access = shopperAccess(document);
    if (access === 'not_installed') throw new NotFound('This site does not use Kotha.');
    if (access === 'off') throw new Forbidden('Chat is turned off on this site.');
    const site = toSite(document!);
    const previous = visitorToken ? await tokens.verify(visitorToken) : null;
    const resuming = previous?.siteId === siteId;
    if (!resuming) await options.admitNewVisitor?.();
    const visitorId = resuming ? previous.visitorId : `v_${randomUUID().replaceAll('-', '')}`;
    const [token, conversations, profile] = await Promise.all([
      tokens.issue({ siteId, visitorId }),
      this.deps.conversations.listForVisitor(siteId, visitorId, VISITOR_CONVERSATIONS),
      previous ? this.deps.profiles?.get(siteId, visitorId) : null,
    ]);
    return {
      visitorToken: token,
      visitorId,
      settings: site.settings,
      theme: themeFor(site.settings.accentColor),
      conversations: conversations.map(toVisitorConversation),
      branding: PLAN_LIMITS[planAt(site.plan, this.deps.clock())].branding,
      visitor: { name: profile?.name ?? null, hasEmail: Boolean(profile?.email) || conversations.some((c) => c.visitorEmail) },
    };
  }

  /** A shopper's message; a new conversation id starts a conversation. Idempotent by id. */
  /** `announce: false` starts a conversation without telling anyone (the sample chat of a new install). */
  async sendVisitorMessage(visitor: VisitorIdentity, input: { conversationId: string; id: string; text: string; help?: HelpTrail }, details: VisitorDetails = {}, options: { announce?: boolean } = {}) {
    const { siteId, visitorId } = visitor;
    const draft: MessageDraft = { id: input.id, text: input.text, author: 'visitor', authorName: null, ...(input.help ? { help: input.help } : {}) };
    const attempt = async () => {
      const record = await this.deps.conversations.getRecord(siteId, input.conversationId);
      const existing = record?.conversation ?? null;
      const check = visitorMayWrite(existing, visitorId);
      if (check === 'not_found') throw new NotFound('No such conversation.');
      if (check === 'closed') {
        // A retry of a message stored before the close is still just a retry.
        const stored = await this.deps.messages.get(siteId, input.conversationId, input.id);
        if (stored) return { message: stored, duplicate: true };
        throw new Conflict('conversation_closed', 'This conversation is closed. Start a new one to keep chatting.');
      }
      if (record) {
        const { message, duplicate } = await this.append(siteId, record, draft, false);
        return { message, duplicate };
      }
      // A shopper who said who they are is known in every conversation they start; the time
      // zone their page views reported (Analytics consent) names their country.
      const { profile, visit } = (await this.deps.profiles?.getWithVisit(siteId, visitorId)) ?? { profile: null, visit: null };
      details = { ...(profile?.name ? { visitorName: profile.name } : {}), ...(profile?.email ? { visitorEmail: profile.email } : {}), ...details };
      const visitorCountry = countryOfTimeZone(visit?.timeZone);
      const conversation = newConversation(input.conversationId, { visitorId, visitorName: details.visitorName ?? null, visitorEmail: details.visitorEmail ?? null, ...(visitorCountry ? { visitorCountry } : {}) }, this.deps.clock());
      const started = await this.append(siteId, this.fresh(conversation, details), draft, true);
      if (!started.duplicate) {
        started.record = await this.catchUpIdentity(siteId, started.record);
        await this.sendAutoReply(siteId, started.record, started.message.id);
        if (options.announce !== false) this.deps.onConversationStarted?.(siteId, started.record.conversation, input.text);
      }
      return { message: started.message, duplicate: started.duplicate };
    };
    try {
      return await attempt();
    } catch (error) {
      // Two first messages raced to create the same conversation: the loser tries once more.
      if (error instanceof Conflict && error.code === 'conversation_race') return attempt();
      throw error;
    }
  }

  /** A reply from the team, signed with the agent's name and photo. Idempotent by id; reopens a closed conversation. */
  async sendAgentMessage(siteId: string, agent: { uid?: string; displayName: string; photoUrl: string | null } | null, conversationId: string, input: { id: string; text: string }) {
    const record = await this.requireRecord(siteId, conversationId);
    const { message, duplicate } = await this.append(siteId, record, {
      ...input,
      author: 'agent',
      authorName: agent?.displayName ?? null,
      ...(agent?.uid ? { agentUid: agent.uid } : {}),
      ...(agent?.photoUrl ? { authorPhotoUrl: agent.photoUrl } : {}),
    }, false);
    return { message, duplicate };
  }

  /**
   * A message written on the team's behalf (an auto-reply, a "still in line" note):
   * marked automatic, it starts or ends no wait and leaves the inbox order and preview
   * alone (domain/conversation.ts); `kind` records what it promised (domain/follow-up.ts).
   * Idempotent by id.
   */
  async sendAutomaticMessage(siteId: string, conversationId: string, input: { id: string; text: string; kind?: AutomaticKind }) {
    return this.appendAutomatic(siteId, await this.requireRecord(siteId, conversationId), input);
  }

  /**
   * Signed with the team's name, as the widget's header shows it: the shopper is talking
   * to the shop, and Kotha is only the shop's tool.
   */
  private async appendAutomatic(siteId: string, record: ConversationRecord, input: { id: string; text: string; kind?: AutomaticKind }) {
    const site = await this.deps.sites.get(siteId);
    const draft: MessageDraft = { ...input, author: 'system', authorName: site?.settings.teamName ?? null, automatic: true };
    const { message, duplicate } = await this.append(siteId, record, draft, false);
    return { message, duplicate };
  }

  /** The first message's reply, written on the record that message returned (no read-back). */
  private async sendAutoReply(siteId: string, record: ConversationRecord, firstMessageId: string) {
    const reply = await this.deps.autoReply?.(siteId, record);
    if (reply) await this.appendAutomatic(siteId, record, { id: `auto_${firstMessageId}`, ...reply });
  }

  private fresh(conversation: Conversation, details: VisitorDetails): ConversationRecord {
    return {
      conversation,
      followUp: NO_FOLLOW_UP,
      visitorLocale: details.visitorLocale ?? null,
      visitorPageUrl: details.visitorPageUrl ?? null,
      visitorAddressHash: details.visitorAddressHash ?? null,
      searchTerms: [],
      facts: { ...NO_FACTS, offline: details.offline === true },
    };
  }

  /** Writes a message; a retry of one already stored answers with the stored one. */
  private async append(siteId: string, record: ConversationRecord, draft: MessageDraft, isNew: boolean): Promise<{ message: Message; duplicate: boolean; record: ConversationRecord }> {
    try {
      return { ...(await this.deps.writes.append(siteId, record, draft, isNew)), duplicate: false };
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
      const stored = await this.deps.messages.get(siteId, record.conversation.id, draft.id);
      if (stored) return { message: stored, duplicate: true, record };
      throw new Conflict('conversation_race', 'The conversation was created at the same moment; retry.', { cause: error });
    }
  }

  async listVisitorMessages(visitor: VisitorIdentity, conversationId: string, options: { since?: number; limit?: number }) {
    const conversation = await this.deps.conversations.get(visitor.siteId, conversationId);
    if (!conversation || conversation.visitorId !== visitor.visitorId) throw new NotFound('No such conversation.');
    return this.deps.messages.list(visitor.siteId, conversationId, { since: options.since, limit: options.limit ?? 200 });
  }

  /** A page of an inbox view; `since` hides older activity (the free plan's visible history). */
  async listInbox(
    siteId: string,
    uid: string,
    options: { view: InboxView; label?: string; q?: string; cursor?: number; since?: number; limit?: number },
  ) {
    const { q, ...rest } = options;
    const search = q === undefined ? undefined : searchPlan(q);
    // A query of punctuation alone has no words, so nothing can match it.
    if (search === null) return { conversations: [], nextCursor: null };
    return this.deps.conversations.list(siteId, { ...rest, uid, search, limit: options.limit ?? 30 });
  }

  /** Sets a conversation's labels (ids the caller has checked exist). */
  async setLabels(siteId: string, conversationId: string, labels: string[]) {
    const conversation = await this.requireConversation(siteId, conversationId);
    if (sameSet(conversation.labels, labels)) return { conversation };
    const updated: Conversation = { ...conversation, labels };
    await this.deps.writes.update(siteId, updated, { labels }, this.deps.clock());
    return { conversation: updated };
  }

  /**
   * Assigns a conversation to an agent, or to no one; with a note it is a transfer, and the
   * note (private, from the agent handing over) lands in the same conversation.
   */
  async assign(siteId: string, byUid: string, conversationId: string, input: { assigneeUid: string | null; note?: string; noteId?: string }) {
    const conversation = await this.requireConversation(siteId, conversationId);
    let updated = conversation;
    if (conversation.assigneeUid !== input.assigneeUid) {
      updated = { ...conversation, assigneeUid: input.assigneeUid };
      const at = this.deps.clock();
      await this.deps.writes.update(siteId, updated, { assigneeUid: input.assigneeUid, ...factsAfterAssign(input.assigneeUid, at) }, at);
    }
    const note = input.note && input.noteId ? (await this.addNote(siteId, byUid, conversationId, { id: input.noteId, text: input.note })).note : null;
    return { conversation: updated, note };
  }

  /** A conversation for the inbox: its newest messages (one more is read to know if there are earlier ones) and its notes. */
  async getConversation(siteId: string, conversationId: string) {
    const conversation = await this.requireConversation(siteId, conversationId);
    const [newest, notes] = await Promise.all([
      this.deps.messages.list(siteId, conversationId, { limit: LIMITS.conversationPage + 1 }),
      this.deps.notes.list(siteId, conversationId, 200),
    ]);
    const hasEarlier = newest.length > LIMITS.conversationPage;
    return { conversation, messages: hasEarlier ? newest.slice(1) : newest, hasEarlier, notes };
  }

  /** Earlier messages of a conversation, for the inbox's "load earlier". */
  async earlierMessages(siteId: string, conversationId: string, before: number, limit: number = LIMITS.conversationPage) {
    await this.requireConversation(siteId, conversationId);
    const page = await this.deps.messages.list(siteId, conversationId, { before, limit: limit + 1 });
    const hasEarlier = page.length > limit;
    return { messages: hasEarlier ? page.slice(1) : page, hasEarlier };
  }

  /** A private note from the team: live in every inbox, never in the shopper's API or stream. Idempotent by id. */
  async addNote(siteId: string, authorUid: string, conversationId: string, input: { id: string; text: string }) {
    await this.requireConversation(siteId, conversationId);
    const at = this.deps.clock();
    const note: Note = { id: input.id, conversationId, authorUid, text: input.text, createdAt: at };
    try {
      await this.deps.writes.addNote(siteId, note);
    } catch (error) {
      if (!(error instanceof AlreadyExists)) throw error;
      const stored = await this.deps.notes.get(siteId, conversationId, note.id);
      return { note: stored ?? note, duplicate: true };
    }
    return { note, duplicate: false };
  }

  /**
   * Close or reopen (a snoozed one wakes); setting the current status again changes
   * nothing. Closing takes the conversation out of the line of waiting shoppers.
   * `byUid` is the teammate doing it (null for the scheduled auto-close), for analytics.
   */
  async setStatus(siteId: string, conversationId: string, status: ConversationStatus, byUid: string | null = null) {
    const record = await this.requireRecord(siteId, conversationId);
    const { conversation } = record;
    if (conversation.status === status) return { conversation };
    const at = this.deps.clock();
    const updated: Conversation = { ...conversation, status, updatedAt: at, snoozedUntil: null };
    const current = record.facts ?? NO_FACTS;
    const facts = factsAfterStatus(current, conversation.status, status, at, byUid);
    // Counted from the record just read (see ConversationWrites.append on reopens).
    const reopen = facts.reopened ? { reopenCount: current.reopenCount + 1 } : {};
    await this.deps.writes.update(siteId, updated, { status, updatedAt: at, snoozedUntil: null, ...followUpAfterStatus(status), ...facts.set, ...reopen }, at);
    return { conversation: updated };
  }

  /** Snoozes an open conversation until `until`: out of Open, back by itself then, or sooner if the shopper writes. */
  async snooze(siteId: string, conversationId: string, until: number) {
    const conversation = await this.requireConversation(siteId, conversationId);
    const at = this.deps.clock();
    if (until <= at) throw new Invalid('until: must be in the future.');
    if (until > at + MAX_SNOOZE_MS) throw new Invalid('until: must be within 90 days; close the conversation instead.');
    if (conversation.status === 'closed') throw new Conflict('conversation_closed', 'Reopen the conversation before snoozing it.');
    const updated: Conversation = { ...conversation, status: 'snoozed', snoozedUntil: until };
    await this.deps.writes.update(siteId, updated, { status: 'snoozed', snoozedUntil: until }, at);
    return { conversation: updated };
  }

  /** Brings back snoozed conversations whose time has come, at the top of Open (the scheduled job). */
  async wakeSnoozed(siteId: string, limit: number): Promise<number> {
    const at = this.deps.clock();
    const due = await this.deps.conversations.listDueSnoozed(siteId, at, limit);
    for (const conversation of due) {
      const updatedAt = Math.max(at, conversation.updatedAt + 1);
      await this.deps.writes.update(siteId, { ...conversation, status: 'open', snoozedUntil: null, updatedAt }, { status: 'open', snoozedUntil: null, updatedAt }, updatedAt);
    }
    return due.length;
  }

  /** The team has read the conversation: its unread count drops to zero, and the shopper sees "Seen". */
  async markReadByAgent(siteId: string, conversationId: string) {
    const conversation = await this.requireConversation(siteId, conversationId);
    if (conversation.unreadByAgent === 0) return { conversation };
    const at = this.deps.clock();
    const updated: Conversation = { ...conversation, unreadByAgent: 0, agentReadAt: at };
    await this.deps.writes.update(siteId, updated, { unreadByAgent: 0, agentReadAt: at }, at);
    return { conversation: updated };
  }

  /** The shopper rates their ended chat (again, if they change their mind). */
  async rate(visitor: VisitorIdentity, conversationId: string, rating: Rating, comment: string | undefined) {
    const conversation = await this.deps.conversations.get(visitor.siteId, conversationId);
    if (!conversation || conversation.visitorId !== visitor.visitorId) throw new NotFound('No such conversation.');
    if (conversation.status !== 'closed') throw new Conflict('conversation_open', 'A chat can be rated once it has ended.');
    const fields = { rating, ratingComment: comment?.trim() || null };
    const updated: Conversation = { ...conversation, ...fields };
    await this.deps.writes.update(visitor.siteId, updated, fields, this.deps.clock());
    return { conversation: toVisitorConversation(updated) };
  }

  /** The shopper is typing: the team sees it for a few seconds. */
  async visitorTyping(visitor: VisitorIdentity, conversationId: string) {
    const conversation = await this.deps.conversations.get(visitor.siteId, conversationId);
    if (!conversation || conversation.visitorId !== visitor.visitorId) throw new NotFound('No such conversation.');
    // No shopper id: their own stream must not echo it back to them.
    await this.deps.writes.typing(visitor.siteId, { conversationId, author: 'visitor', agentUid: null, name: conversation.visitorName, visitorId: '' });
  }

  /** An agent is typing a reply: the shopper (and the rest of the team) see it for a few seconds. */
  async agentTyping(siteId: string, agent: { uid: string; displayName: string }, conversationId: string) {
    const conversation = await this.requireConversation(siteId, conversationId);
    await this.deps.writes.typing(siteId, { conversationId, author: 'agent', agentUid: agent.uid, name: agent.displayName, visitorId: conversation.visitorId });
  }

  /**
   * The shopper's name and email (from Kotha.identify or a verified Wix member): kept for
   * their next conversations and shown at once on their open ones, live in the inbox.
   */
  async identify(visitor: VisitorIdentity, profile: VisitorProfile) {
    const at = this.deps.clock();
    await this.deps.profiles?.save(visitor.siteId, visitor.visitorId, profile, at);
    const open = (await this.deps.conversations.listForVisitor(visitor.siteId, visitor.visitorId, 20)).filter((c) => c.status === 'open');
    for (const conversation of open) await this.nameConversation(visitor.siteId, conversation, profile, at);
    return { name: profile.name, email: profile.email, verified: profile.verified };
  }

  /** Shows the profile's name and email on a conversation that lacks them (no write when nothing changes); returns the conversation as now stored. */
  private async nameConversation(siteId: string, conversation: Conversation, profile: Pick<VisitorProfile, 'name' | 'email'>, at: number): Promise<Conversation> {
    const fields = { visitorName: profile.name ?? conversation.visitorName, visitorEmail: profile.email ?? conversation.visitorEmail };
    if (fields.visitorName === conversation.visitorName && fields.visitorEmail === conversation.visitorEmail) return conversation;
    const named = { ...conversation, ...fields };
    await this.deps.writes.update(siteId, named, fields, at, identityTerms(fields.visitorName, fields.visitorEmail));
    return named;
  }

  /**
   * A new conversation read the shopper's profile before it committed; an identify saved in
   * between listed their open conversations before this one existed, so neither saw the
   * other. Read again now that it is stored: whatever identify saved is on it either way.
   */
  private async catchUpIdentity(siteId: string, record: ConversationRecord): Promise<ConversationRecord> {
    const { conversation } = record;
    if ((conversation.visitorName && conversation.visitorEmail) || !this.deps.profiles) return record;
    const profile = await this.deps.profiles.get(siteId, conversation.visitorId);
    if (!profile) return record;
    return { ...record, conversation: await this.nameConversation(siteId, conversation, profile, this.deps.clock()) };
  }

  /** The shopper has seen the conversation: nothing unread, no reply email needed. */
  async markReadByVisitor(visitor: VisitorIdentity, conversationId: string) {
    const record = await this.deps.conversations.getRecord(visitor.siteId, conversationId);
    if (!record || record.conversation.visitorId !== visitor.visitorId) throw new NotFound('No such conversation.');
    const { conversation } = record;
    if (conversation.unreadByVisitor === 0 && record.followUp.shopperEmailDueAt === 0) return { conversation: toVisitorConversation(conversation) };
    const updated: Conversation = { ...conversation, unreadByVisitor: 0 };
    await this.deps.writes.update(visitor.siteId, updated, { unreadByVisitor: 0, ...followUpAfterVisitorRead() }, this.deps.clock());
    return { conversation: toVisitorConversation(updated) };
  }

  private async requireRecord(siteId: string, conversationId: string): Promise<ConversationRecord> {
    const record = await this.deps.conversations.getRecord(siteId, conversationId);
    if (!record) throw new NotFound('No such conversation.');
    return record;
  }

  private async requireConversation(siteId: string, conversationId: string): Promise<Conversation> {
    const conversation = await this.deps.conversations.get(siteId, conversationId);
    if (!conversation) throw new NotFound('No such conversation.');
    return conversation;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
