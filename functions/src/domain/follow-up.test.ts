import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import {
  dueFollowUps,
  followUpAfterMessage,
  followUpAfterStatus,
  FIRST_REPLIES_KEPT,
  inLine,
  MAX_REMINDERS_PER_WAIT,
  nextFollowUpAt,
  NO_FOLLOW_UP,
  REPLY_WINDOW_MS,
  SHOPPER_EMAIL_DELAY_MS,
  startsFollowUpWork,
  typicalReplyAt,
  typicalReplyMinutes,
  withFirstReply,
  type FollowUp,
} from './follow-up';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 24, 10, 0);

function waiting(overrides: Partial<FollowUp> = {}) {
  return { status: 'open' as const, createdAt: T0, ...NO_FOLLOW_UP, awaitingSince: T0, lastHumanAt: T0, ...overrides };
}

describe('followUpAfterMessage', () => {
  it('starts the wait at the first unanswered shopper message and keeps it on the next ones', () => {
    const first = followUpAfterMessage(NO_FOLLOW_UP, { author: 'visitor', createdAt: T0 }, false);
    expect(first).toMatchObject({ awaitingSince: T0, lastHumanAt: T0 });
    const next = followUpAfterMessage({ ...NO_FOLLOW_UP, ...first } as FollowUp, { author: 'visitor', createdAt: T0 + MIN }, false);
    expect(next.awaitingSince).toBeUndefined();
    expect(next.lastHumanAt).toBe(T0 + MIN);
  });

  it('ends the wait on a reply, records the first reply, and schedules an email only for a shopper with an address', () => {
    const current = { ...NO_FOLLOW_UP, awaitingSince: T0 };
    expect(followUpAfterMessage(current, { author: 'agent', createdAt: T0 + 5 * MIN }, true)).toEqual({
      awaitingSince: 0,
      lastHumanAt: T0 + 5 * MIN,
      firstReplyAt: T0 + 5 * MIN,
      shopperEmailDueAt: T0 + 5 * MIN + SHOPPER_EMAIL_DELAY_MS,
    });
    const second = followUpAfterMessage({ ...current, firstReplyAt: T0, shopperEmailDueAt: T0 + 9 * MIN }, { author: 'agent', createdAt: T0 + 6 * MIN }, true);
    expect(second.firstReplyAt).toBeUndefined();
    expect(second.shopperEmailDueAt).toBeUndefined();
    expect(followUpAfterMessage(current, { author: 'agent', createdAt: T0 }, false).shopperEmailDueAt).toBeUndefined();
  });

  it('lets automatic messages change nothing, and cancels the email when the shopper writes', () => {
    expect(followUpAfterMessage(waiting(), { author: 'system', createdAt: T0 + MIN, automatic: true }, true)).toEqual({});
    expect(followUpAfterMessage(waiting({ shopperEmailDueAt: T0 + MIN }), { author: 'visitor', createdAt: T0 + MIN }, true).shopperEmailDueAt).toBe(0);
  });
});

describe('dueFollowUps', () => {
  const settings = { reminderMinutes: 3, notifyMerchantAfterMinutes: 10, autoCloseHours: 48 };

  it('reminds every few minutes during hours, never outside them', () => {
    expect(dueFollowUps(waiting(), settings, T0 + 2 * MIN, true)).toEqual([]);
    expect(dueFollowUps(waiting(), settings, T0 + 3 * MIN, true)).toEqual(['remind']);
    expect(dueFollowUps(waiting({ lastReminderAt: T0 + 3 * MIN }), settings, T0 + 5 * MIN, true)).toEqual([]);
    expect(dueFollowUps(waiting({ lastReminderAt: T0 + 3 * MIN }), settings, T0 + 6 * MIN, true)).toEqual(['remind']);
    expect(dueFollowUps(waiting(), settings, T0 + 3 * MIN, false)).toEqual([]);
  });

  it('emails the merchant once after the configured wait, in or out of hours', () => {
    expect(dueFollowUps(waiting({ lastReminderAt: T0 + 9 * MIN }), settings, T0 + 10 * MIN, false)).toEqual(['notify-merchant']);
    expect(dueFollowUps(waiting({ lastReminderAt: T0 + 9 * MIN, merchantNotifiedAt: T0 + 10 * MIN }), settings, T0 + 11 * MIN, false)).toEqual([]);
  });

  it('closes a chat idle since its last human message, whatever automatic notes came after', () => {
    const idle = waiting({ lastReminderAt: T0 + 47 * 60 * MIN });
    expect(dueFollowUps(idle, settings, T0 + 48 * 60 * MIN, true)).toEqual(['auto-close']);
    expect(dueFollowUps(idle, { ...settings, autoCloseHours: 0 }, T0 + 48 * 60 * MIN, true)).not.toContain('auto-close');
  });

  it('emails a shopper who did not read the reply, even after the chat closed', () => {
    const replied = { ...waiting({ awaitingSince: 0, shopperEmailDueAt: T0 + 2 * MIN }), status: 'closed' as const };
    expect(dueFollowUps(replied, settings, T0 + MIN, true)).toEqual([]);
    expect(dueFollowUps(replied, settings, T0 + 2 * MIN, true)).toEqual(['email-shopper']);
  });

  it('does nothing when every follow-up is turned off', () => {
    const off = { ...DEFAULT_HOURS, reminderMinutes: 0, notifyMerchantAfterMinutes: 0, autoCloseHours: 0 };
    expect(dueFollowUps(waiting(), off, T0 + 1000 * 60 * MIN, true)).toEqual([]);
  });
});

describe('honest "still in line" notes', () => {
  const settings = { reminderMinutes: 3, notifyMerchantAfterMinutes: 0, autoCloseHours: 0 };
  /** Applies a message's follow-up change, as the write path does. */
  const after = (state: ReturnType<typeof waiting>, message: Parameters<typeof followUpAfterMessage>[1]) => ({ ...state, ...followUpAfterMessage(state, message, false) });

  it('sends at most two per wait, and two again once the shopper waits anew', () => {
    expect(MAX_REMINDERS_PER_WAIT).toBe(2);
    let state = waiting();
    for (const minute of [3, 6]) {
      expect(dueFollowUps(state, settings, T0 + minute * MIN, true)).toEqual(['remind']);
      state = after(state, { author: 'system', createdAt: T0 + minute * MIN, automatic: true, kind: 'still-in-line' });
    }
    expect(state).toMatchObject({ remindersSent: 2, lastReminderAt: T0 + 6 * MIN });
    for (const minute of [9, 30, 600]) expect(dueFollowUps(state, settings, T0 + minute * MIN, true)).toEqual([]);
    // Answered, then a new question: a new wait with its own two notes.
    state = after(state, { author: 'agent', createdAt: T0 + 31 * MIN });
    state = after(state, { author: 'visitor', createdAt: T0 + 40 * MIN });
    expect(state).toMatchObject({ awaitingSince: T0 + 40 * MIN, remindersSent: 0 });
    expect(dueFollowUps(state, settings, T0 + 43 * MIN, true)).toEqual(['remind']);
  });

  it('never sends one after the away promise, even once the team is back', () => {
    // The away reply went out right after the first message.
    const promised = after(waiting(), { author: 'system', createdAt: T0 + 1, automatic: true, kind: 'away' });
    expect(promised.awayPromisedAt).toBe(T0 + 1);
    expect(dueFollowUps(promised, settings, T0 + 3 * MIN, true)).toEqual([]);
    expect(dueFollowUps(promised, settings, T0 + 12 * 60 * MIN, true)).toEqual([]);
    // A wait that began outside hours was told "we're away" by the widget itself.
    expect(dueFollowUps(waiting(), settings, T0 + 3 * MIN, true, { openWhenWaitBegan: false })).toEqual([]);
    // The promise belongs to its wait: a later question during hours may be reminded.
    const later = after(after(promised, { author: 'agent', createdAt: T0 + 60 * MIN }), { author: 'visitor', createdAt: T0 + 70 * MIN });
    expect(dueFollowUps(later, settings, T0 + 73 * MIN, true, { openWhenWaitBegan: true })).toEqual(['remind']);
  });

  it('sends none to a shopper no longer on the site', () => {
    expect(dueFollowUps(waiting(), settings, T0 + 3 * MIN, true, { shopperHere: false })).toEqual([]);
    expect(dueFollowUps(waiting(), settings, T0 + 3 * MIN, true, { shopperHere: true })).toEqual(['remind']);
    // The merchant's email does not depend on the shopper being there.
    expect(dueFollowUps(waiting(), { ...settings, notifyMerchantAfterMinutes: 10 }, T0 + 10 * MIN, true, { shopperHere: false })).toEqual(['notify-merchant']);
  });

  it('lets a greeting change nothing', () => {
    expect(followUpAfterMessage(waiting(), { author: 'system', createdAt: T0 + 1, automatic: true, kind: 'greeting' }, true)).toEqual({});
  });
});

describe('the line of waiting shoppers', () => {
  it('holds open conversations nobody has answered, and nothing closed, snoozed or answered', () => {
    const asked = { ...NO_FOLLOW_UP, ...followUpAfterMessage(NO_FOLLOW_UP, { author: 'visitor', createdAt: T0 }, false) };
    expect(inLine('open', asked)).toBe(true);
    expect(inLine('closed', asked)).toBe(false);
    expect(inLine('snoozed', asked)).toBe(false);
    const answered = { ...asked, ...followUpAfterMessage(asked, { author: 'agent', createdAt: T0 + MIN }, false) };
    expect(inLine('open', answered)).toBe(false);
    // An automatic note is no answer.
    const noted = { ...asked, ...followUpAfterMessage(asked, { author: 'system', createdAt: T0 + MIN, automatic: true, kind: 'still-in-line' }, false) };
    expect(inLine('open', noted)).toBe(true);
  });

  it('is left for good when the conversation closes without a reply', () => {
    const asked = { ...NO_FOLLOW_UP, awaitingSince: T0 };
    const closed = { ...asked, ...followUpAfterStatus('closed') };
    expect(closed.awaitingSince).toBe(0);
    // Reopening does not put it back: the shopper's next message does.
    expect(inLine('open', { ...closed, ...followUpAfterStatus('open') })).toBe(false);
    expect(inLine('open', { ...closed, ...followUpAfterMessage(closed, { author: 'visitor', createdAt: T0 + MIN }, false) })).toBe(true);
  });
});

describe('typicalReplyMinutes', () => {
  it('is the median in minutes, at least one, and unknown with under three chats', () => {
    expect(typicalReplyMinutes([MIN, 2 * MIN])).toBeNull();
    expect(typicalReplyMinutes([MIN, 9 * MIN, 4 * MIN])).toBe(4);
    expect(typicalReplyMinutes([MIN, 2 * MIN, 4 * MIN, 6 * MIN])).toBe(3);
    expect(typicalReplyMinutes([1000, 2000, 3000])).toBe(1);
  });
});

describe('the first replies kept on the site', () => {
  it('keep the newest of the last week, and give the median of those still in the week', () => {
    let kept = [MIN, 9 * MIN, 4 * MIN].map((delayMs, i) => ({ at: T0 + i * MIN, delayMs }));
    expect(typicalReplyAt(kept, T0 + 3 * MIN)).toBe(4);
    // A week later the first two have aged out: under three samples, unknown.
    expect(typicalReplyAt(kept, T0 + MIN + REPLY_WINDOW_MS)).toBeNull();
    for (let i = 0; i < 40; i++) kept = withFirstReply(kept, { at: T0 + (10 + i) * MIN, delayMs: 2 * MIN });
    expect(kept).toHaveLength(FIRST_REPLIES_KEPT);
    expect(kept.at(-1)).toEqual({ at: T0 + 49 * MIN, delayMs: 2 * MIN });
    expect(withFirstReply(kept, { at: T0 + REPLY_WINDOW_MS + 20 * MIN, delayMs: MIN }).every((r) => r.at > T0 + 20 * MIN)).toBe(true);
  });
});

describe('the follow-up schedule', () => {
  const open = { open: true, opensAt: null };
  const state = (overrides: Partial<FollowUp> & { status?: 'open' | 'snoozed' | 'closed'; snoozedUntil?: number | null } = {}) => ({ snoozedUntil: null, ...waiting(), ...overrides });

  it('is stamped when a wait begins, an email is scheduled, or the chat opens again; not by the next message of a wait', () => {
    const visitor = followUpAfterMessage(NO_FOLLOW_UP, { author: 'visitor', createdAt: T0 }, false);
    expect(startsFollowUpWork(NO_FOLLOW_UP, visitor, false)).toBe(true);
    const stillWaiting = { ...NO_FOLLOW_UP, ...visitor } as FollowUp;
    expect(startsFollowUpWork(stillWaiting, followUpAfterMessage(stillWaiting, { author: 'visitor', createdAt: T0 + MIN }, false), false)).toBe(false);
    expect(startsFollowUpWork(stillWaiting, followUpAfterMessage(stillWaiting, { author: 'agent', createdAt: T0 + MIN }, true), false)).toBe(true);
    expect(startsFollowUpWork(stillWaiting, followUpAfterMessage(stillWaiting, { author: 'agent', createdAt: T0 + MIN }, false), false)).toBe(false);
    expect(startsFollowUpWork(NO_FOLLOW_UP, {}, true)).toBe(true);
  });

  it('plans the next visit at the earliest step that may be due: note, merchant email, shopper email, idle close, snooze end', () => {
    expect(nextFollowUpAt(state(), DEFAULT_HOURS, open)).toBe(T0 + DEFAULT_HOURS.reminderMinutes * MIN);
    const noted = state({ lastReminderAt: T0 + 3 * MIN, remindersSent: MAX_REMINDERS_PER_WAIT });
    expect(nextFollowUpAt(noted, DEFAULT_HOURS, open)).toBe(T0 + DEFAULT_HOURS.notifyMerchantAfterMinutes * MIN);
    const answered = state({ awaitingSince: 0, shopperEmailDueAt: T0 + 2 * MIN });
    expect(nextFollowUpAt(answered, DEFAULT_HOURS, open)).toBe(T0 + 2 * MIN);
    expect(nextFollowUpAt(state({ awaitingSince: 0 }), DEFAULT_HOURS, open)).toBe(T0 + DEFAULT_HOURS.autoCloseHours * 3_600_000);
    expect(nextFollowUpAt(state({ awaitingSince: 0, status: 'snoozed', snoozedUntil: T0 + 60 * MIN }), DEFAULT_HOURS, open)).toBe(T0 + 60 * MIN);
    expect(nextFollowUpAt(state({ awaitingSince: 0, status: 'closed' }), DEFAULT_HOURS, open)).toBeNull();
  });

  it('keeps a held-back note due (every run looks again), plans a note outside hours for the opening, and none for a wait promised an email', () => {
    expect(nextFollowUpAt(state(), DEFAULT_HOURS, open)).toBe(T0 + DEFAULT_HOURS.reminderMinutes * MIN);
    const settings = { ...DEFAULT_HOURS, notifyMerchantAfterMinutes: 0, autoCloseHours: 0 };
    expect(nextFollowUpAt(state(), settings, { open: false, opensAt: T0 + 600 * MIN })).toBe(T0 + 600 * MIN);
    expect(nextFollowUpAt(state(), settings, { open: false, opensAt: null })).toBeNull();
    expect(nextFollowUpAt(state({ awayPromisedAt: T0 }), settings, open)).toBeNull();
    expect(nextFollowUpAt(state(), settings, open, { openWhenWaitBegan: false })).toBeNull();
  });
});
