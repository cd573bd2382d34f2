/**
 * The follow-up job (run every few minutes by onSchedule): for every site with work, the
 * conversations nobody has answered get their "still in line" notes (at most two a wait,
 * only to a shopper still on the site and not promised an answer by email) and the
 * merchant an email, shoppers who left get the replies they missed by email, idle chats
 * are closed, and emails that failed are retried. Bounded batches per site; safe to run
 * twice (every write is idempotent or guarded by the timestamps it sets).
 *
 * A site is visited only when a write gave it new work since the last run or when the
 * time the job planned for it has come (store/follow-up-schedule.ts); each visit plans the
 * next (domain/follow-up.ts, `nextFollowUpAt`). A site where nothing is pending costs no
 * read at all.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { HoursSettings } from '@kotha/common/contract/hours-schemas';
import type { OwnerAlerts } from '../alerts/owner-alerts';
import type { ChatService } from '../chat/chat-service';
import { dueFollowUps, nextFollowUpAt, type FollowUpAction } from '../domain/follow-up';
import { stillOnSite } from '../domain/visits';
import type { Outbox } from '../email/outbox';
import { replyToShopperMail, waitingShopperMail } from '../email/templates';
import { stillInLineNote } from '../hours/automatic-words';
import { openAt } from '../hours/hours-service';
import { inboxLink } from '../routes/hours';
import { ConversationStore, type ConversationRecord } from '../store/conversation-store';
import { FollowUpSchedule } from '../store/follow-up-schedule';
import { FollowUpStore } from '../store/follow-up-store';
import { HoursStore } from '../store/hours-store';
import { MessageStore } from '../store/message-store';
import { toSite, type SiteDocument } from '../store/site-store';
import { VisitorProfileStore } from '../store/visitor-profile-store';

/** Conversations per query per site. */
const CONVERSATIONS_PER_QUERY = 100;

export interface FollowUpDeps {
  db: Firestore;
  chat: ChatService;
  outbox: Outbox;
  clock: () => number;
  dashboardUrl: string;
  /** Alerts to the site's owners' phones when a shopper has waited past the threshold. */
  ownerAlerts?: Pick<OwnerAlerts, 'shopperWaiting'>;
}

export interface FollowUpReport {
  sites: number;
  reminders: number;
  merchantEmails: number;
  shopperEmails: number;
  closed: number;
  retriedEmails: number;
  /** Snoozed conversations brought back to Open. */
  woken: number;
  /** Alerts sent to the site owners' phones. */
  ownerAlerts: number;
}

export async function runFollowUps(deps: FollowUpDeps): Promise<FollowUpReport> {
  const followUps = new FollowUpStore(deps.db);
  const schedule = new FollowUpSchedule(deps.db);
  const report: FollowUpReport = { sites: 0, reminders: 0, merchantEmails: 0, shopperEmails: 0, closed: 0, retriedEmails: 0, woken: 0, ownerAlerts: 0 };
  const visit = await schedule.sitesToVisit(deps.clock());
  for (const site of visit.sites) {
    // Chat off: nothing is followed up; turning it on again stamps the site (SiteStore.save).
    if (!site.enabled) continue;
    const next = await followUpSite(deps, followUps, site, report);
    if (next !== site.followUpDueAt) await schedule.setNext(site.siteId, next);
    report.sites++;
  }
  await visit.done();
  return report;
}

/** Does what is due at the site; returns when to come back (0: when new work is stamped). */
async function followUpSite(deps: FollowUpDeps, followUps: FollowUpStore, siteDoc: SiteDocument, report: FollowUpReport): Promise<number> {
  const { siteId } = siteDoc;
  const now = deps.clock();
  const stores = { conversations: new ConversationStore(deps.db), messages: new MessageStore(deps.db) };
  const settings = await new HoursStore(deps.db).get(siteId);
  const teamOpen = openAt(settings, now).open;
  report.retriedEmails += await deps.outbox.retryDue(siteId, CONVERSATIONS_PER_QUERY);
  report.woken += await deps.chat.wakeSnoozed(siteId, CONVERSATIONS_PER_QUERY);

  const minutes = [settings.reminderMinutes, settings.notifyMerchantAfterMinutes].filter((m) => m > 0);
  const candidates = new Map<string, ConversationRecord>();
  const add = (records: ConversationRecord[]) => records.forEach((r) => candidates.set(r.conversation.id, r));
  if (minutes.length) add(await followUps.waitingSince(siteId, now - Math.min(...minutes) * 60_000, CONVERSATIONS_PER_QUERY));
  add(await followUps.shopperEmailsDue(siteId, now, CONVERSATIONS_PER_QUERY));
  if (settings.autoCloseHours > 0) add(await followUps.idleOpen(siteId, now - settings.autoCloseHours * 3_600_000, CONVERSATIONS_PER_QUERY));

  const team = toSite(siteDoc).settings.teamName;
  const profiles = new VisitorProfileStore(deps.db);
  for (const record of candidates.values()) {
    const state = { ...record.conversation, ...record.followUp };
    const wait = { openWhenWaitBegan: record.followUp.awaitingSince > 0 ? openAt(settings, record.followUp.awaitingSince).open : true };
    let actions = dueFollowUps(state, settings, now, teamOpen, wait);
    // Whether the shopper is still here costs a read: asked only when a note is due.
    if (actions.includes('remind')) {
      const shopperHere = stillOnSite(await profiles.presence(siteId, record.conversation.visitorId), now);
      actions = dueFollowUps(state, settings, now, teamOpen, { ...wait, shopperHere });
    }
    for (const action of actions) await perform(action, { deps, ...stores, siteId, record, now, team, merchantEmail: settings.merchantEmail }, report);
  }
  return nextVisit(deps, followUps, siteId, settings, now);
}

/**
 * When the site may next have something due, read after this visit's writes: the earliest
 * of its waiting conversations' next steps, the first shopper email, idle close and snooze
 * end, and the next email retry; 0 when nothing is pending.
 */
async function nextVisit(deps: FollowUpDeps, followUps: FollowUpStore, siteId: string, settings: HoursSettings, now: number): Promise<number> {
  const [waiting, others, retryAt] = await Promise.all([
    followUps.waitingSince(siteId, now, CONVERSATIONS_PER_QUERY),
    followUps.nextInLine(siteId),
    deps.outbox.nextRetryAt(siteId),
  ]);
  const hours = openAt(settings, now);
  const team = { open: hours.open, opensAt: hours.open ? null : hours.nextOpening };
  const times = [...waiting, ...others].map((record) => {
    const wait = { openWhenWaitBegan: record.followUp.awaitingSince > 0 ? openAt(settings, record.followUp.awaitingSince).open : true };
    return nextFollowUpAt({ ...record.conversation, ...record.followUp }, settings, team, wait);
  });
  // More waiting than one page: the ones beyond it are looked at on the next run.
  if (waiting.length === CONVERSATIONS_PER_QUERY) times.push(now);
  if (retryAt !== null) times.push(retryAt);
  const planned = times.filter((t): t is number => t !== null);
  return planned.length ? Math.min(...planned) : 0;
}

interface Context {
  deps: FollowUpDeps;
  conversations: ConversationStore;
  messages: MessageStore;
  siteId: string;
  record: ConversationRecord;
  now: number;
  team: string;
  merchantEmail: string | null;
}

async function perform(action: FollowUpAction, ctx: Context, report: FollowUpReport) {
  const { deps, conversations, messages, siteId, record, now } = ctx;
  const { conversation, followUp } = record;
  switch (action) {
    case 'auto-close':
      await deps.chat.setStatus(siteId, conversation.id, 'closed');
      report.closed++;
      return;
    case 'remind': {
      // The note counts itself in the same write (domain/follow-up.ts), and its id is the
      // wait and its number: a second run with the same record writes the same id, a duplicate.
      const n = followUp.remindersSent + 1;
      await deps.chat.sendAutomaticMessage(siteId, conversation.id, { id: `line_${followUp.awaitingSince}_${n}`, text: stillInLineNote(record.visitorLocale), kind: 'still-in-line' });
      report.reminders++;
      return;
    }
    case 'notify-merchant': {
      await conversations.setFollowUp(siteId, conversation.id, { merchantNotifiedAt: now });
      if (!ctx.merchantEmail && !deps.ownerAlerts) return;
      const recent = await messages.list(siteId, conversation.id, { limit: 20 });
      const minutes = Math.round((now - followUp.awaitingSince) / 60_000);
      const lastMessage = recent.findLast((m) => m.author === 'visitor')?.text ?? '';
      // The owners' phones hear it too (rate-limited per conversation, within the platform's quota).
      if ((await deps.ownerAlerts?.shopperWaiting(siteId, conversation, lastMessage, minutes)) === 'sent') report.ownerAlerts++;
      if (!ctx.merchantEmail) return;
      const mail = waitingShopperMail({
        to: ctx.merchantEmail,
        shopperName: conversation.visitorName,
        minutes,
        lastMessage,
        inboxUrl: inboxLink(deps.dashboardUrl, conversation.id),
      });
      await deps.outbox.send(siteId, mail, { kind: 'shopper-waiting', conversationId: conversation.id });
      report.merchantEmails++;
      return;
    }
    case 'email-shopper': {
      await conversations.setFollowUp(siteId, conversation.id, { shopperEmailDueAt: 0 });
      if (!conversation.visitorEmail || !record.visitorPageUrl) return;
      const recent = await messages.list(siteId, conversation.id, { limit: 50 });
      const lastVisitor = recent.findLastIndex((m) => m.author === 'visitor');
      const replies = recent.slice(lastVisitor + 1).filter((m) => m.author === 'agent').map((m) => m.text);
      if (!replies.length) return;
      const chatUrl = new URL(record.visitorPageUrl);
      chatUrl.hash = 'kotha-chat';
      const mail = replyToShopperMail({ to: conversation.visitorEmail, locale: record.visitorLocale, team: ctx.team, shopperName: conversation.visitorName, replies, chatUrl: chatUrl.toString() });
      await deps.outbox.send(siteId, mail, { kind: 'shopper-reply', conversationId: conversation.id });
      report.shopperEmails++;
      return;
    }
  }
}
