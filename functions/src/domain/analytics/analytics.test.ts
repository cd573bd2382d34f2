import { describe, expect, it } from 'vitest';
import type { Schedule } from '@kotha/common/schedule';
import { busiestHours, isMissed, type Calendar } from './figures';
import { isThresholdMinutes } from '@kotha/common/contract';
import { countAtMost, distributionOf, EDGES, histogramOf } from './histogram';
import { analyticsFigures, calendarKey, daySpans, figuresFromDays, isFinal, rollupDays, WAIT_CAP_MS } from './rollup';
import { rowFromTimeline } from './timeline';
import type { HealthEvent } from '../help/health';
import { helpDays, selfServiceFromDays } from '../help/self-service';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const DAY = 86_400_000;

// Dhaka has no daylight saving; 2024-06-03 is a Monday and Wednesday 2024-06-05 a holiday.
const weekdays: Schedule = {
  timeZone: 'Asia/Dhaka',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  exceptions: [{ date: '2024-06-05', closed: true, label: 'Holiday' }],
  // Ignored for history: only the hours count.
  override: { mode: 'away' },
};
const calendar: Calendar = { schedule: weekdays, timeZone: 'Asia/Dhaka' };

// The week's stories, worked by hand below.
const A = rowFromTimeline('A', at('2024-06-03T10:00+06:00'), [
  { kind: 'message', at: at('2024-06-03T10:03+06:00'), author: 'agent', uid: 'u1' },
  { kind: 'status', at: at('2024-06-03T10:20+06:00'), to: 'closed', uid: 'u1' },
  { kind: 'rate', rating: 'good' },
]);
// Just before closing time, answered next morning, closed, reopened by a reply, closed again.
const B = rowFromTimeline('B', at('2024-06-03T16:58+06:00'), [
  { kind: 'message', at: at('2024-06-03T16:58:01+06:00'), author: 'system', automatic: true },
  { kind: 'assign', at: at('2024-06-04T09:00+06:00'), uid: 'u2' },
  { kind: 'message', at: at('2024-06-04T09:03+06:00'), author: 'agent', uid: 'u2' },
  { kind: 'status', at: at('2024-06-04T09:30+06:00'), to: 'closed', uid: 'u2' },
  { kind: 'message', at: at('2024-06-04T10:00+06:00'), author: 'agent', uid: 'u2' },
  { kind: 'status', at: at('2024-06-04T11:00+06:00'), to: 'closed', uid: 'u2' },
  { kind: 'rate', rating: 'bad', comment: 'Too slow' },
]);
// Only automatic messages ("thanks, we'll be right with you", "still in line"): never answered.
const C = rowFromTimeline('C', at('2024-06-03T11:00+06:00'), [
  { kind: 'message', at: at('2024-06-03T11:00:01+06:00'), author: 'system', automatic: true },
  { kind: 'message', at: at('2024-06-03T11:03+06:00'), author: 'system', automatic: true },
]);
// On the holiday, never answered: not missed (outside business hours).
const D = rowFromTimeline('D', at('2024-06-05T10:00+06:00'), []);
// An offline message on Saturday, answered Monday: counted apart.
const E = rowFromTimeline('E', at('2024-06-08T12:00+06:00'), [{ kind: 'message', at: at('2024-06-10T09:10+06:00'), author: 'agent', uid: 'u1' }], { offline: true });
const F = rowFromTimeline('F', at('2024-06-04T10:00+06:00'), [{ kind: 'message', at: at('2024-06-04T10:04+06:00'), author: 'agent', uid: 'u1' }]);
// Started the week before: outside the range.
const old = rowFromTimeline('old', at('2024-06-02T10:00+06:00'), []);

const week = { from: at('2024-06-03T00:00+06:00'), to: at('2024-06-10T00:00+06:00'), now: at('2024-06-10T12:00+06:00'), answeredWithinMinutes: 5, missedAfterMinutes: 5 };
const figures = analyticsFigures([A, B, C, D, E, F, old], calendar, week);

describe('the facts of a conversation', () => {
  it('never lets an automatic message stop the first-response clock', () => {
    expect(C.firstReplyAt).toBe(0);
    expect(B.firstReplyAt).toBe(at('2024-06-04T09:03+06:00'));
  });

  it('keeps the first and the last close, counts the reopen, and credits people', () => {
    expect(B).toMatchObject({ firstClosedAt: at('2024-06-04T09:30+06:00'), lastClosedAt: at('2024-06-04T11:00+06:00'), reopenCount: 1, closedByUid: 'u2', firstReplyUid: 'u2', lastReplyUid: 'u2' });
    expect(B.assignedReplyAt - B.assignedAt).toBe(3 * MIN);
  });

  it('counts a reopen by the team too, and the auto-close as nobody', () => {
    const row = rowFromTimeline('R', 0, [
      { kind: 'status', at: 10, to: 'closed', uid: null },
      { kind: 'status', at: 20, to: 'open', uid: 'u1' },
      { kind: 'status', at: 30, to: 'closed', uid: 'u1' },
    ]);
    expect(row).toMatchObject({ firstClosedAt: 10, lastClosedAt: 30, reopenCount: 1, closedByUid: 'u1' });
  });
});

describe('a conversation self-service held first', () => {
  // Worked by hand, Monday 3 June 2024 in Dhaka, inside business hours:
  //   10:00 the shopper searches the help center, 10:02 reads an article, 10:05 says No;
  //   10:12 hands over with a message: Kotha's conversation starts here (self-service
  //         never holds a conversation, the hand-over is its first message);
  //   10:12:01 the automatic reply, 10:14 a "still in line" note: neither stops the clock;
  //   10:15 the first reply by a person.
  // First response: 3 minutes from the hand-over, not 15 from the first help event.
  const t = (hhmm: string) => at(`2024-06-03T${hhmm}+06:00`);
  const help: HealthEvent[] = [
    { kind: 'search', visitorId: 'v', at: t('10:00'), language: 'en', query: 'late parcel', resultCount: 1 },
    { kind: 'view', visitorId: 'v', at: t('10:02'), articleId: 'ship' },
    { kind: 'vote', visitorId: 'v', at: t('10:05'), articleId: 'ship', helped: false },
    { kind: 'handoff', visitorId: 'v', at: t('10:12'), articleIds: ['ship'] },
  ];
  const handedOver = rowFromTimeline('H', t('10:12'), [
    { kind: 'message', at: t('10:12:01'), author: 'system', automatic: true },
    { kind: 'message', at: t('10:14'), author: 'system', automatic: true },
    { kind: 'message', at: t('10:15'), author: 'agent', uid: 'u1' },
  ]);
  const monday = { from: t('00:00'), to: at('2024-06-04T00:00+06:00'), now: t('12:00'), answeredWithinMinutes: 5, missedAfterMinutes: 5 };

  it('starts the first-response clock at the hand-over, and automatic messages never stop it', () => {
    const f = analyticsFigures([handedOver], calendar, monday);
    expect(f.firstResponse.wall).toEqual({ count: 1, median: 3 * MIN, p90: 3 * MIN, mean: 3 * MIN });
    expect(f.firstResponse.business).toEqual({ count: 1, median: 3 * MIN, p90: 3 * MIN, mean: 3 * MIN });
    expect(f.firstResponse.answeredWithin).toEqual({ minutes: 5, count: 1, share: 1 });
    expect(f.missed.count).toBe(0);
  });

  it('counts the help visit before it as one handed session, the article escalated', () => {
    const [day] = helpDays({ events: help, wroteAt: new Map([['v', [handedOver.createdAt]]]), articles: new Map([['ship', { language: 'en', title: 'Shipping' }]]), now: monday.now }, [monday]);
    expect(selfServiceFromDays([day!])).toMatchObject({ sessions: 1, outcomes: { handed: 1 }, escalated: [{ id: 'ship', views: 1, escalations: 1 }] });
  });
});

describe('durations in fixed buckets', () => {
  it('reads the median and p90 by nearest rank as the upper edge of their bucket, the mean exact', () => {
    // 3 and 4 minutes are edges; 965 minutes falls in (960, 990].
    expect(distributionOf(histogramOf([965 * MIN, 3 * MIN, 4 * MIN]))).toEqual({ count: 3, median: 4 * MIN, p90: 990 * MIN, mean: 324 * MIN });
    // 2.5 minutes is in (2, 3]; rank ⌈0.5·4⌉ = 2.
    expect(distributionOf(histogramOf([1 * MIN, 2.5 * MIN, 3 * MIN, 10 * MIN]))).toEqual({ count: 4, median: 3 * MIN, p90: 10 * MIN, mean: 4.125 * MIN });
    expect(distributionOf(histogramOf([20_000]))).toEqual({ count: 1, median: 30_000, p90: 30_000, mean: 20_000 });
    expect(distributionOf(histogramOf([]))).toEqual({ count: 0, median: null, p90: null, mean: null });
    // Past the last edge (30 days), the last edge is reported.
    expect(distributionOf(histogramOf([40 * 1440 * MIN])).median).toBe(30 * 1440 * MIN);
  });

  it('counts exactly against every threshold a merchant can pick', () => {
    const h = histogramOf([5 * MIN, 5 * MIN + 1, 61 * MIN, 65 * MIN]);
    expect(countAtMost(h, 5 * MIN)).toBe(1);
    expect(countAtMost(h, 6 * MIN)).toBe(2);
    expect(countAtMost(h, 60 * MIN)).toBe(2);
    expect(countAtMost(h, 65 * MIN)).toBe(4);
    expect([1, 5, 60, 65, 180, 210, 1440].every(isThresholdMinutes)).toBe(true);
    expect([0, 61, 181, 1441, 2.5].some(isThresholdMinutes)).toBe(false);
    // Every threshold the contract allows is an edge.
    for (let n = 1; n <= 1440; n++) if (isThresholdMinutes(n)) expect(EDGES).toContain(n * MIN);
    expect(EDGES.every((edge, i) => i === 0 || edge > EDGES[i - 1]!)).toBe(true);
  });
});

describe('the figures of a week', () => {
  it('counts conversations started in the range, offline messages apart', () => {
    expect(figures.conversations).toBe(5);
    expect(figures.offline).toBe(1);
  });

  it('reports first response in wall-clock and business time', () => {
    // A 3 min, F 4 min, B 16 h 05 min (16:58 → 09:03) of which 5 min were open.
    // 965 minutes is read as its bucket's edge, 990 (buckets are 30 minutes wide from 3 to 24 hours).
    expect(figures.firstResponse.wall).toEqual({ count: 3, median: 4 * MIN, p90: 990 * MIN, mean: 324 * MIN });
    expect(figures.firstResponse.business).toEqual({ count: 3, median: 4 * MIN, p90: 5 * MIN, mean: 4 * MIN });
    expect(figures.firstResponse.answeredWithin).toEqual({ minutes: 5, count: 2, share: 0.4 });
  });

  it('measures resolution to the first and the last close, and reopens', () => {
    // A 20 min; B 16 h 32 min (992, in the bucket up to 1020) to its first close, 18 h 02 min (1082, up to 1110) to its last.
    expect(figures.resolution).toEqual({
      closed: 2,
      toFirstClose: { count: 2, median: 20 * MIN, p90: 1020 * MIN, mean: 506 * MIN },
      toLastClose: { count: 2, median: 20 * MIN, p90: 1110 * MIN, mean: 551 * MIN },
      reopened: 1,
      reopenCount: 1,
    });
  });

  it('misses B (answered after 5 min) and C (never answered), not the holiday one nor the offline one', () => {
    expect(figures.missed).toEqual({ count: 2, share: 0.4, afterMinutes: 5 });
    expect(isMissed(D, calendar, 5, week.now)).toBe(false);
    expect(isMissed(E, calendar, 5, week.now)).toBe(false);
  });

  it('misses a quick reply the shopper had left before (page gone 2 minutes, heard from every minute)', () => {
    const start = at('2024-06-04T10:00+06:00');
    const gone = rowFromTimeline('G', start, [{ kind: 'seen', at: start + MIN }, { kind: 'message', at: start + 4 * MIN, author: 'agent', uid: 'u1' }]);
    const stayed = rowFromTimeline('S', start, [{ kind: 'seen', at: start + 2 * MIN }, { kind: 'message', at: start + 4 * MIN, author: 'agent', uid: 'u1' }]);
    const unknown = rowFromTimeline('U', start, [{ kind: 'message', at: start + 4 * MIN, author: 'agent', uid: 'u1' }]);
    expect(gone.shopperLeftAt).toBe(start + MIN);
    expect([gone, stayed, unknown].map((r) => isMissed(r, calendar, 5, start + DAY))).toEqual([true, false, false]);
    const day = { from: at('2024-06-04T00:00+06:00'), to: at('2024-06-05T00:00+06:00'), now: start + DAY, answeredWithinMinutes: 5, missedAfterMinutes: 5 };
    expect(analyticsFigures([gone, stayed, unknown], calendar, day).missed).toEqual({ count: 1, share: 1 / 3, afterMinutes: 5 });
    // Only the first reply asks: a later one never moves the fact.
    const later = rowFromTimeline('L', start, [{ kind: 'message', at: start + 4 * MIN, author: 'agent', uid: 'u1' }, { kind: 'seen', at: start + 5 * MIN }, { kind: 'message', at: start + 60 * MIN, author: 'agent', uid: 'u1' }]);
    expect(later.shopperLeftAt).toBe(0);
  });

  it('does not call a conversation missed while its minutes are still running', () => {
    expect(isMissed(C, calendar, 5, at('2024-06-03T11:04+06:00'))).toBe(false);
    expect(isMissed(C, calendar, 5, at('2024-06-03T11:06+06:00'))).toBe(true);
  });

  it('scores CSAT and lists bad ratings with comments', () => {
    expect(figures.csat).toEqual({ good: 1, bad: 1, score: 0.5, rated: 2, closed: 2, responseRate: 1, badComments: [{ conversationId: 'B', at: at('2024-06-04T11:00+06:00'), comment: 'Too slow', uid: 'u2' }] });
  });

  it('trends per local day', () => {
    expect(figures.trend.map((d) => d.date)).toEqual(['2024-06-03', '2024-06-04', '2024-06-05', '2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09']);
    expect(figures.trend[0]).toEqual({ date: '2024-06-03', conversations: 3, answered: 2, missed: 2 });
    expect(figures.trend[1]).toEqual({ date: '2024-06-04', conversations: 1, answered: 1, missed: 0 });
    expect(figures.trend[2]).toEqual({ date: '2024-06-05', conversations: 1, answered: 0, missed: 0 });
  });

  it('credits each person', () => {
    const [u1, u2] = figures.agents;
    // u1 handled A, F and the offline E; E's two-day wait stays out of the reply times.
    expect(u1).toMatchObject({ uid: 'u1', handled: 3, closes: 1, good: 1, bad: 0, csat: 1, firstReply: { count: 2, median: 3 * MIN, mean: 3.5 * MIN } });
    expect(u2).toMatchObject({ uid: 'u2', handled: 1, closes: 1, good: 0, bad: 1, csat: 0, firstResponseFromAssignment: { count: 1, median: 3 * MIN } });
  });

  it('puts Monday 10:00 and the holiday in the heatmap, the holiday closed', () => {
    expect(figures.busiestHours[1]![10]).toEqual({ conversations: 1, hours: 1, openHours: 1 });
    expect(figures.busiestHours[1]![16]).toEqual({ conversations: 1, hours: 1, openHours: 1 });
    expect(figures.busiestHours[3]![10]).toEqual({ conversations: 1, hours: 1, openHours: 0 });
    expect(figures.busiestHours[6]![12]).toEqual({ conversations: 1, hours: 1, openHours: 0 });
  });
});

describe('busiest hours across daylight saving', () => {
  const ny: Calendar = { schedule: { timeZone: 'America/New_York', weekly: { sun: [{ start: '00:00', end: '00:00' }] } }, timeZone: 'America/New_York' };

  it('gives the fall-back Sunday two 01:00 hours (25 in all), both open', () => {
    // 01:30 after the clocks went back (EST) still lands in the 01:00 cell.
    const cells = busiestHours([at('2024-11-03T01:30-05:00')], ny, at('2024-11-03T00:00-04:00'), at('2024-11-04T00:00-05:00'));
    expect(cells[0]![1]).toEqual({ conversations: 1, hours: 2, openHours: 2 });
    expect(cells[0]!.reduce((s, c) => s + c.hours, 0)).toBe(25);
  });

  it('gives the spring-forward Sunday no 02:00 hour (23 in all)', () => {
    const cells = busiestHours([], ny, at('2024-03-10T00:00-05:00'), at('2024-03-11T00:00-04:00'));
    expect(cells[0]![2]).toEqual({ conversations: 0, hours: 0, openHours: 0 });
    expect(cells[0]![3]!.hours).toBe(1);
    expect(cells[0]!.reduce((s, c) => s + c.openHours, 0)).toBe(23);
  });
});

describe('daily rollups', () => {
  const rows = [A, B, C, D, E, F, old];
  const spans = daySpans('Asia/Dhaka', week.from, week.to);

  it('cuts a period into local days, whole or cut at its ends', () => {
    expect(spans.map((s) => s.date)).toEqual(['2024-06-03', '2024-06-04', '2024-06-05', '2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09']);
    expect(spans.every((s) => s.whole && s.to - s.from === DAY)).toBe(true);
    const cut = daySpans('Asia/Dhaka', at('2024-06-03T12:00+06:00'), at('2024-06-04T06:00+06:00'));
    expect(cut).toEqual([
      { date: '2024-06-03', from: at('2024-06-03T12:00+06:00'), to: at('2024-06-04T00:00+06:00'), whole: false },
      { date: '2024-06-04', from: at('2024-06-04T00:00+06:00'), to: at('2024-06-04T06:00+06:00'), whole: false },
    ]);
    // New York's fall-back Sunday is a 25-hour day.
    const [sunday] = daySpans('America/New_York', at('2024-11-03T00:00-04:00'), at('2024-11-04T00:00-05:00'));
    expect(sunday).toMatchObject({ date: '2024-11-03', whole: true });
    expect(sunday!.to - sunday!.from).toBe(25 * 3_600_000);
  });

  it('adds days up to the same figures, however the period is cut into calls', () => {
    const monday = rollupDays(rows, calendar, spans.slice(0, 1), week.now);
    const rest = rollupDays(rows, calendar, spans.slice(1), week.now);
    expect(figuresFromDays([...monday, ...rest], week)).toEqual(figures);
    expect(monday[0]).toMatchObject({ date: '2024-06-03', conversations: 3, answered: 2, leftBeforeReply: 0, closed: 2, good: 1, bad: 1 });
  });

  it('stores a day only once it is final, and then builds it the same whenever it is built', () => {
    const monday = spans[0]!;
    expect(isFinal(monday, monday.to + WAIT_CAP_MS - 1)).toBe(false);
    expect(isFinal(monday, monday.to + WAIT_CAP_MS)).toBe(true);
    expect(rollupDays(rows, calendar, [monday], monday.to + WAIT_CAP_MS)).toEqual(rollupDays(rows, calendar, [monday], monday.to + 30 * DAY));
  });

  it('tells calendars apart by zone and hours, not by the manual switch or key order', () => {
    const { override: _o, ...noSwitch } = weekdays;
    const reordered: Schedule = { exceptions: weekdays.exceptions, weekly: weekdays.weekly, timeZone: 'Asia/Dhaka' };
    expect(calendarKey({ schedule: noSwitch, timeZone: 'Asia/Dhaka' })).toBe(calendarKey(calendar));
    expect(calendarKey({ schedule: reordered, timeZone: 'Asia/Dhaka' })).toBe(calendarKey(calendar));
    expect(calendarKey({ schedule: { ...weekdays, timeZone: 'Asia/Kolkata' }, timeZone: 'Asia/Kolkata' })).not.toBe(calendarKey(calendar));
    expect(calendarKey({ schedule: { ...weekdays, exceptions: [] }, timeZone: 'Asia/Dhaka' })).not.toBe(calendarKey(calendar));
  });
});
