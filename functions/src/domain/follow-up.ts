/**
 * What happens to a conversation while nobody answers it, as pure functions: when the
 * shopper started waiting and when they leave the line, which follow-ups are due (a
 * "you're still in line" note, an email to the merchant, an email to a shopper who left,
 * closing an idle chat), and the typical first-reply time shown to shoppers. The store
 * keeps these fields flat on the conversation document; they are team-internal and never
 * part of the API contract.
 */
import type { Author, ConversationStatus } from '@kotha/common/contract';
import type { HoursSettings } from '@kotha/common/contract/hours-schemas';
import type { InboxStatus } from '@kotha/common/contract';

/** A shopper with an email who has not read the team's reply within this time gets it by email. */
export const SHOPPER_EMAIL_DELAY_MS = 2 * 60_000;

/**
 * "Still in line" notes per wait. A third copy of the same sentence tells the shopper
 * nothing new, and fills the transcript the team reads (issue 12).
 */
export const MAX_REMINDERS_PER_WAIT = 2;

/**
 * What an automatic message says, where it matters to the follow-ups: the away reply
 * promises an answer by email (so no "still in line" note may follow it in that wait),
 * a "still in line" note counts against the notes of the wait, a greeting changes nothing.
 */
export type AutomaticKind = 'away' | 'still-in-line' | 'greeting';

export interface FollowUp {
  /** When the shopper began waiting for a person (ms), 0 when not waiting. */
  awaitingSince: number;
  lastReminderAt: number;
  merchantNotifiedAt: number;
  /** When to email the shopper the replies they have not read (ms), 0 for nothing. */
  shopperEmailDueAt: number;
  /** The last message written by a person, shopper or team (idle time counts from it). */
  lastHumanAt: number;
  /** The team's first reply (ms), 0 before it: first-response times come from it. */
  firstReplyAt: number;
  /** "Still in line" notes sent since the shopper began waiting. */
  remindersSent: number;
  /** When the shopper was last told "we're away, we'll reply by email" (ms), 0 never. */
  awayPromisedAt: number;
  /**
   * The newest message of any kind (ms). Automatic messages leave `updatedAt` (the inbox
   * order) alone, so the next message is timed after this instead, keeping every
   * message of a conversation at its own time.
   */
  lastMessageAt: number;
}

export const NO_FOLLOW_UP: FollowUp = {
  awaitingSince: 0,
  lastReminderAt: 0,
  merchantNotifiedAt: 0,
  shopperEmailDueAt: 0,
  lastHumanAt: 0,
  firstReplyAt: 0,
  remindersSent: 0,
  awayPromisedAt: 0,
  lastMessageAt: 0,
};

/**
 * The follow-up fields a new message changes. Automatic messages change only what they
 * say: the away reply records its promise, a "still in line" note counts itself; neither
 * starts, ends or extends a wait.
 */
export function followUpAfterMessage(
  current: FollowUp,
  message: { author: Author; createdAt: number; automatic?: boolean; kind?: AutomaticKind },
  shopperHasEmail: boolean,
): Partial<FollowUp> {
  const at = message.createdAt;
  if (message.automatic || message.author === 'system') {
    if (message.kind === 'away') return { awayPromisedAt: at };
    if (message.kind === 'still-in-line') return { lastReminderAt: at, remindersSent: current.remindersSent + 1 };
    return {};
  }
  if (message.author === 'visitor') {
    // The shopper is here: nothing to email them, and they wait from their first unanswered message.
    const change: Partial<FollowUp> = { lastHumanAt: at, shopperEmailDueAt: 0 };
    if (current.awaitingSince === 0) Object.assign(change, { awaitingSince: at, lastReminderAt: 0, merchantNotifiedAt: 0, remindersSent: 0 });
    return change;
  }
  const change: Partial<FollowUp> = { lastHumanAt: at, awaitingSince: 0 };
  if (current.firstReplyAt === 0) change.firstReplyAt = at;
  if (shopperHasEmail && current.shopperEmailDueAt === 0) change.shopperEmailDueAt = at + SHOPPER_EMAIL_DELAY_MS;
  return change;
}

/**
 * A closed conversation leaves the line: nobody will answer it there, so it must not push
 * later shoppers back nor get "still in line" notes. Reopening does not put it back; the
 * shopper's next message does.
 */
export function followUpAfterStatus(status: ConversationStatus): Partial<FollowUp> {
  return status === 'closed' ? { awaitingSince: 0 } : {};
}

/**
 * Is this conversation in the line of shoppers waiting for the team: open (not closed,
 * not snoozed) and not answered since the shopper wrote? The queue query counts the same.
 */
export function inLine(status: InboxStatus, followUp: Pick<FollowUp, 'awaitingSince'>): boolean {
  return status === 'open' && followUp.awaitingSince > 0;
}

/** The shopper read the conversation: the pending email is no longer needed. */
export function followUpAfterVisitorRead(): Partial<FollowUp> {
  return { shopperEmailDueAt: 0 };
}

export type FollowUpAction = 'auto-close' | 'remind' | 'notify-merchant' | 'email-shopper';

/** What the job knows about the wait beyond the conversation itself. */
export interface WaitContext {
  /**
   * Whether the team was open when this wait began. A wait begun outside hours was told
   * "we're away" (the widget's notice, or the away reply): no note may contradict that.
   */
  openWhenWaitBegan?: boolean;
  /**
   * Whether the shopper is still on the site (domain/visits.ts, `stillOnSite`). A note
   * to someone who left is a copy in a transcript nobody reads. The job learns it with a
   * read, made only when a note would otherwise be due.
   */
  shopperHere?: boolean;
}

/**
 * The follow-ups due now for an open conversation. `teamOpen` is whether the business
 * hours are open at `now`: outside hours the shopper was told when the team is back, so
 * no "still in line" notes are sent then. A note is also due only while the shopper is
 * still on the site, at most MAX_REMINDERS_PER_WAIT times per wait, and never once they
 * were promised an answer by email.
 */
export function dueFollowUps(
  conversation: { status: InboxStatus; createdAt: number } & FollowUp,
  settings: Pick<HoursSettings, 'reminderMinutes' | 'notifyMerchantAfterMinutes' | 'autoCloseHours'>,
  now: number,
  teamOpen: boolean,
  wait: WaitContext = {},
): FollowUpAction[] {
  const actions: FollowUpAction[] = [];
  if (conversation.shopperEmailDueAt > 0 && conversation.shopperEmailDueAt <= now) actions.push('email-shopper');
  if (conversation.status !== 'open') return actions;
  const idleSince = conversation.lastHumanAt || conversation.createdAt;
  if (settings.autoCloseHours > 0 && now - idleSince >= settings.autoCloseHours * 3_600_000) return [...actions, 'auto-close'];
  if (conversation.awaitingSince === 0) return actions;
  const waited = now - conversation.awaitingSince;
  const sinceNote = now - Math.max(conversation.awaitingSince, conversation.lastReminderAt);
  const promisedAway = conversation.awayPromisedAt >= conversation.awaitingSince || wait.openWhenWaitBegan === false;
  const mayRemind = teamOpen && !promisedAway && wait.shopperHere !== false && conversation.remindersSent < MAX_REMINDERS_PER_WAIT;
  if (mayRemind && settings.reminderMinutes > 0 && sinceNote >= settings.reminderMinutes * 60_000) actions.push('remind');
  if (settings.notifyMerchantAfterMinutes > 0 && conversation.merchantNotifiedAt === 0 && waited >= settings.notifyMerchantAfterMinutes * 60_000) {
    actions.push('notify-merchant');
  }
  return actions;
}

/**
 * Whether a change to a conversation gives the follow-up job something new to plan: a wait
 * begins, an email to the shopper is scheduled, or the conversation is new or open again
 * (its idle time counts). The write that makes it stamps the site (store/follow-up-schedule.ts).
 */
export function startsFollowUpWork(before: Pick<FollowUp, 'awaitingSince' | 'shopperEmailDueAt'>, change: Partial<FollowUp>, opened: boolean): boolean {
  const waitBegins = before.awaitingSince === 0 && (change.awaitingSince ?? 0) > 0;
  const emailScheduled = before.shopperEmailDueAt === 0 && (change.shopperEmailDueAt ?? 0) > 0;
  return waitBegins || emailScheduled || opened;
}

/** The team's hours as the job sees them at `now`: open or not, and when they next open (null: never, or always open). */
export interface TeamHours {
  open: boolean;
  opensAt: number | null;
}

/**
 * The earliest time at which `dueFollowUps` may find something to do for this
 * conversation, or null for never (until it changes). A step already due but held back (a
 * note to a shopper who is not on the site) keeps its time, in the past: every run looks
 * again, as before. The job keeps the minimum over a site's conversations as the site's
 * next visit. Only the team's next opening depends on `now`; the rest comes from the
 * conversation, so a plan means the same to any clock.
 */
export function nextFollowUpAt(
  conversation: { status: InboxStatus; createdAt: number; snoozedUntil: number | null } & FollowUp,
  settings: Pick<HoursSettings, 'reminderMinutes' | 'notifyMerchantAfterMinutes' | 'autoCloseHours'>,
  team: TeamHours,
  wait: Pick<WaitContext, 'openWhenWaitBegan'> = {},
): number | null {
  const times: number[] = [];
  if (conversation.shopperEmailDueAt > 0) times.push(conversation.shopperEmailDueAt);
  if (conversation.status === 'snoozed' && conversation.snoozedUntil) times.push(conversation.snoozedUntil);
  if (conversation.status === 'open') {
    if (settings.autoCloseHours > 0) times.push((conversation.lastHumanAt || conversation.createdAt) + settings.autoCloseHours * 3_600_000);
    if (conversation.awaitingSince > 0) {
      if (settings.notifyMerchantAfterMinutes > 0 && conversation.merchantNotifiedAt === 0) times.push(conversation.awaitingSince + settings.notifyMerchantAfterMinutes * 60_000);
      const promisedAway = conversation.awayPromisedAt >= conversation.awaitingSince || wait.openWhenWaitBegan === false;
      if (!promisedAway && settings.reminderMinutes > 0 && conversation.remindersSent < MAX_REMINDERS_PER_WAIT) {
        const note = Math.max(conversation.awaitingSince, conversation.lastReminderAt) + settings.reminderMinutes * 60_000;
        // Outside hours no note is sent: the next one can be due when the team opens.
        if (team.open) times.push(note);
        else if (team.opensAt !== null) times.push(Math.max(note, team.opensAt));
      }
    }
  }
  return times.length ? Math.min(...times) : null;
}

/** First replies kept on the site document for "typically replies in" (the newest ones of the last week). */
export const FIRST_REPLIES_KEPT = 25;
export const REPLY_WINDOW_MS = 7 * 24 * 3_600_000;

/** One conversation's first reply: when it was written and how long the shopper waited for it. */
export interface FirstReply {
  at: number;
  delayMs: number;
}

/** The kept first replies with `reply` added: the newest FIRST_REPLIES_KEPT of the last week. */
export function withFirstReply(kept: FirstReply[], reply: FirstReply): FirstReply[] {
  return [...kept.filter((r) => r.at > reply.at - REPLY_WINDOW_MS), reply].sort((a, b) => a.at - b.at).slice(-FIRST_REPLIES_KEPT);
}

/** The typical first reply at `now`, in minutes, from the kept first replies of the last week. */
export function typicalReplyAt(kept: FirstReply[], now: number): number | null {
  return typicalReplyMinutes(kept.filter((r) => r.at > now - REPLY_WINDOW_MS).map((r) => r.delayMs));
}

/** The median of the first-reply times (ms), in whole minutes (at least 1), or null under 3 samples. */
export function typicalReplyMinutes(firstReplyDelaysMs: number[]): number | null {
  const delays = firstReplyDelaysMs.filter((d) => d >= 0).sort((a, b) => a - b);
  if (delays.length < 3) return null;
  const mid = delays.length >> 1;
  const median = delays.length % 2 ? delays[mid]! : (delays[mid - 1]! + delays[mid]!) / 2;
  return Math.max(1, Math.round(median / 60_000));
}
