import { describe, expect, it } from 'vitest';
import type { Schedule } from '@kotha/common/schedule';
import { analyticsFigures } from './analytics/rollup';
import { rowFromTimeline } from './analytics/timeline';
import type { Calendar } from './analytics/figures';
import { compare, digestContent, dueDigestWeek, isoWeek, lastFullWeek, latestDigestTime } from './digest';
import { dayOf } from '@kotha/common/schedule';
import { weeklyDigestMail } from '../email/digest-mail';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;

// Dhaka keeps no daylight saving; 2024-06-03 and 2024-05-27 are Mondays. Everything below
// happens inside the hours, so business time equals wall time.
const hours: Schedule = {
  timeZone: 'Asia/Dhaka',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  exceptions: [],
};
const calendar: Calendar = { schedule: hours, timeZone: 'Asia/Dhaka' };
const answered = (id: string, start: string, minutes: number, rating?: 'good' | 'bad') =>
  rowFromTimeline(id, at(start), [
    { kind: 'message', at: at(start) + minutes * MIN, author: 'agent', uid: 'u1' },
    ...(rating ? [{ kind: 'status' as const, at: at(start) + (minutes + 1) * MIN, to: 'closed' as const, uid: 'u1' }, { kind: 'rate' as const, rating }] : []),
  ]);

// The week before: answered after 4 and 10 minutes (the second is missed at 5), both rated good.
const before = [answered('P1', '2024-05-27T10:00+06:00', 4, 'good'), answered('P2', '2024-05-28T10:00+06:00', 10, 'good')];
// The week: 1, 2, 3 and 8 minutes (the last missed); one good, one bad; three on Monday 10:00–11:00.
const week = [
  answered('W1', '2024-06-03T10:00+06:00', 2, 'good'),
  answered('W2', '2024-06-03T10:30+06:00', 3, 'bad'),
  answered('W4', '2024-06-03T10:45+06:00', 1),
  answered('W3', '2024-06-04T11:00+06:00', 8),
];
const options = { now: at('2024-06-10T08:00+06:00'), answeredWithinMinutes: 5, missedAfterMinutes: 5 };
const figuresOf = (rows: typeof week, from: string, to: string) => analyticsFigures(rows, calendar, { ...options, from: at(from), to: at(to) });
const thisWeek = figuresOf(week, '2024-06-03T00:00+06:00', '2024-06-10T00:00+06:00');
const lastWeek = figuresOf(before, '2024-05-27T00:00+06:00', '2024-06-03T00:00+06:00');
const empty = figuresOf([], '2024-06-03T00:00+06:00', '2024-06-10T00:00+06:00');

describe('when the digest is due and which week it reports', () => {
  it('is due on Monday from 08:00 in the site’s zone, for the Monday-to-Sunday week before', () => {
    expect(dueDigestWeek(at('2024-06-10T07:59+06:00'), 'Asia/Dhaka')).toBeNull();
    expect(dueDigestWeek(at('2024-06-09T12:00+06:00'), 'Asia/Dhaka')).toBeNull();
    const week = dueDigestWeek(at('2024-06-10T08:00+06:00'), 'Asia/Dhaka')!;
    expect(week).toEqual({ week: '2024-W23', firstDate: '2024-06-03', lastDate: '2024-06-09', from: at('2024-06-03T00:00+06:00'), to: at('2024-06-10T00:00+06:00'), previousFrom: at('2024-05-27T00:00+06:00') });
    // 02:00 UTC on Monday is still Sunday evening in New York: not due there.
    expect(dueDigestWeek(at('2024-06-10T02:00Z'), 'America/New_York')).toBeNull();
  });

  it('has a week of 167 hours when the clocks go forward in it', () => {
    const week = lastFullWeek(at('2024-04-01T09:00+02:00'), 'Europe/Berlin');
    expect(week.firstDate).toBe('2024-03-25');
    expect((week.to - week.from) / 3_600_000).toBe(167);
  });

  it('names weeks as ISO 8601 does, across the turn of the year', () => {
    expect(isoWeek(dayOf('2024-06-03'))).toBe('2024-W23');
    expect(isoWeek(dayOf('2024-12-30'))).toBe('2025-W01');
    expect(isoWeek(dayOf('2021-01-03'))).toBe('2020-W53');
  });

  it('finds the latest Monday 08:00 (for `npm run digest`)', () => {
    expect(latestDigestTime(at('2024-06-12T15:00+06:00'), 'Asia/Dhaka')).toBe(at('2024-06-10T08:00+06:00'));
    expect(latestDigestTime(at('2024-06-10T07:00+06:00'), 'Asia/Dhaka')).toBe(at('2024-06-03T08:00+06:00'));
  });
});

describe('the digest’s figures against the week before', () => {
  it('compares the hand-worked weeks', () => {
    const c = digestContent(thisWeek, lastWeek);
    expect(c.quiet).toBe(false);
    expect(c.conversations).toEqual({ value: 4, previous: 2, trend: 'up', percent: 100, verdict: null });
    // Medians by nearest rank: the 2nd of [1, 2, 3, 8] minutes against the 1st of [4, 10].
    expect(c.firstResponseWall).toEqual({ value: 2 * MIN, previous: 4 * MIN, trend: 'down', percent: -50, verdict: 'better' });
    expect(c.firstResponseBusiness).toEqual(c.firstResponseWall);
    // 3 of 4 within 5 minutes against 1 of 2: 25 points up.
    expect(c.answeredWithin).toEqual({ value: 0.75, previous: 0.5, trend: 'up', percent: 25, verdict: 'better' });
    expect(c.targetMinutes).toBe(5);
    expect(c.missed).toEqual({ value: 1, previous: 1, trend: 'same', percent: 0, verdict: null });
    // One good of two rated against two of two: 50 points down.
    expect(c.csat).toEqual({ value: 0.5, previous: 1, trend: 'down', percent: -50, verdict: 'worse' });
    expect(c.busiestHour).toEqual({ weekday: 1, hour: 10, conversations: 3 });
  });

  it('says whether a move is better or worse: up is worse for a reply time or misses, better for shares answered and CSAT', () => {
    // The weeks the other way round: the reply went from 2 to 4 minutes, up, and slower.
    const c = digestContent(lastWeek, thisWeek);
    expect(c.firstResponseWall).toMatchObject({ trend: 'up', percent: 100, verdict: 'worse' });
    expect(c.answeredWithin).toMatchObject({ trend: 'down', percent: -25, verdict: 'worse' });
    expect(c.csat).toMatchObject({ trend: 'up', percent: 50, verdict: 'better' });
    expect(c.conversations).toMatchObject({ trend: 'down', verdict: null });
    expect(compare(2, 0, 'relative', 'lower')).toMatchObject({ trend: 'new', verdict: 'worse' });
    expect(compare(1, 2, 'relative', 'lower')).toMatchObject({ trend: 'down', verdict: 'better' });
    expect(compare(2, 2, 'relative', 'lower')).toMatchObject({ trend: 'same', verdict: null });
  });

  it('has nothing to compare when a week had nothing', () => {
    expect(compare(3, 0, 'relative', 'neutral')).toEqual({ value: 3, previous: 0, trend: 'new', percent: null, verdict: null });
    expect(compare(null, 0.5, 'points', 'higher')).toMatchObject({ trend: null, verdict: null });
    const quiet = digestContent(empty, lastWeek);
    expect(quiet.quiet).toBe(true);
    expect(quiet.answeredWithin.value).toBeNull();
    expect(quiet.busiestHour).toBeNull();
  });
});

describe('the digest email', () => {
  const input = { to: 'owner@shop.test', firstDate: '2024-06-03', lastDate: '2024-06-09', content: digestContent(thisWeek, lastWeek), analyticsUrl: 'https://app.example/merchant?a=1&b=2#analytics' };

  it('writes each figure with its change, and links to the Analytics tab', () => {
    const mail = weeklyDigestMail({ ...input, locale: 'en' });
    expect(mail.subject).toBe('Your week in Kotha: June 3 – June 9');
    expect(mail.text).toContain('Conversations: 4 (▲ +100% on last week)');
    expect(mail.text).toContain('First response (median): 2 minutes (▼ -50% on last week, faster)');
    expect(mail.text).toContain('Answered within 5 minutes: 75% (▲ +25 points on last week, better)');
    expect(mail.text).toContain('Missed: 1 (same as last week)');
    expect(mail.text).toContain('Satisfaction (CSAT): 50% (▼ -50 points on last week, worse)');
    expect(mail.text).toContain('Busiest hour: Monday 10:00 AM–11:00 AM (3)');
    expect(mail.text).toContain('Open Analytics: https://app.example/merchant?a=1&b=2#analytics');
    expect(mail.html).toContain('href="https://app.example/merchant?a=1&amp;b=2#analytics"');
    expect(mail.html).toContain('lang="en" dir="ltr"');
  });

  it('says a slower reply is slower, in words and in red, with the arrow hidden from screen readers', () => {
    const mail = weeklyDigestMail({ ...input, locale: 'en', content: digestContent(lastWeek, thisWeek) });
    expect(mail.text).toContain('First response (median): 4 minutes (▲ +100% on last week, slower)');
    expect(mail.text).toContain('Answered within 5 minutes: 50% (▼ -25 points on last week, worse)');
    expect(mail.text).toContain('Satisfaction (CSAT): 100% (▲ +50 points on last week, better)');
    // More or fewer conversations is neither.
    expect(mail.text).toContain('Conversations: 2 (▼ -50% on last week)');
    expect(mail.html).toContain('<span style="font-weight:400;color:#cf222e;font-size:13px"><span aria-hidden="true">▲</span> +100% on last week, slower</span>');
    expect(mail.html).toContain('<span style="font-weight:400;color:#1a7f37;font-size:13px"><span aria-hidden="true">▲</span> +50 points on last week, better</span>');
    expect(mail.html).toContain('<span style="font-weight:400;color:#57606a;font-size:13px"><span aria-hidden="true">▼</span> -50% on last week</span>');
    // In every language.
    expect(weeklyDigestMail({ ...input, locale: 'bn', content: digestContent(lastWeek, thisWeek) }).text).toContain('(▲ গত সপ্তাহের চেয়ে +১০০%, ধীর হয়েছে)');
    expect(weeklyDigestMail({ ...input, locale: 'ar', content: digestContent(lastWeek, thisWeek) }).text).toContain('، أبطأ)');
    for (const locale of ['en', 'bn', 'te', 'hi', 'ar', 'es', 'fr', 'de']) {
      const { text } = weeklyDigestMail({ ...input, locale, content: digestContent(lastWeek, thisWeek) });
      expect(text).not.toContain('{');
    }
  });

  it('says plainly that a week had no conversations, with no percentages', () => {
    const mail = weeklyDigestMail({ ...input, locale: 'en', content: digestContent(empty, lastWeek) });
    expect(mail.text).toContain('No shopper started a conversation this week, so there is nothing to compare.');
    expect(mail.text).not.toContain('%');
    expect(mail.html).not.toContain('%');
  });

  it('is in Bengali with Bengali digits, and right to left in Arabic', () => {
    const bn = weeklyDigestMail({ ...input, locale: 'bn-BD' });
    expect(bn.subject).toBe('Kotha-য় আপনার সপ্তাহ: ৩ জুন – ৯ জুন');
    expect(bn.text).toContain('কথোপকথন: ৪ (▲ গত সপ্তাহের চেয়ে +১০০%)');
    expect(bn.text).toContain('৫ মিনিটের মধ্যে উত্তর: ৭৫%');
    // Every number but the link's is in Bengali digits.
    expect(bn.text.replace(/https:\S+/g, '')).not.toMatch(/[0-9]/);
    expect(bn.html).toContain('lang="bn" dir="ltr"');
    const ar = weeklyDigestMail({ ...input, locale: 'ar' });
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.subject).toContain('أسبوعك في Kotha');
    // A language without a digest of its own gets English.
    expect(weeklyDigestMail({ ...input, locale: 'sw' }).subject).toBe('Your week in Kotha: June 3 – June 9');
  });
});
