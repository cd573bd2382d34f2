import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import { dueFollowUps, followUpAfterMessage, NO_FOLLOW_UP, SHOPPER_EMAIL_DELAY_MS, typicalReplyMinutes, type FollowUp } from './follow-up';

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

describe('typicalReplyMinutes', () => {
  it('is the median in minutes, at least one, and unknown with under three chats', () => {
    expect(typicalReplyMinutes([MIN, 2 * MIN])).toBeNull();
    expect(typicalReplyMinutes([MIN, 9 * MIN, 4 * MIN])).toBe(4);
    expect(typicalReplyMinutes([MIN, 2 * MIN, 4 * MIN, 6 * MIN])).toBe(3);
    expect(typicalReplyMinutes([1000, 2000, 3000])).toBe(1);
  });
});
