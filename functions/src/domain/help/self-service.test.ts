import { describe, expect, it } from 'vitest';
import type { HealthEvent } from './health';
import { articleTable, EMPTY_HELP_DAY, helpDays, needsEarlier, selfServiceFromDays, sumHelpDays, type HelpDayInput } from './self-service';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T = Date.UTC(2026, 11, 1, 9, 0, 0);
const at = (minutes: number) => T + minutes * MIN;
const ARTICLES = new Map([
  ['ship', { language: 'en', title: 'Shipping times' }],
  ['ret', { language: 'en', title: 'Returns' }],
]);
const input = (events: HealthEvent[], now: number, wroteAt = new Map<string, number[]>()): HelpDayInput => ({ events, wroteAt, articles: ARTICLES, now });
/** One span over everything: the one-shot count. */
const ALL = [{ from: 0, to: Number.MAX_SAFE_INTEGER }];
const figures = (i: HelpDayInput) => selfServiceFromDays(helpDays(i, ALL));

describe('self-service facts and figures', () => {
  // Six shoppers, worked out by hand, two days after the first event:
  //   v1 searched, read Shipping, said Yes                     → confirmed
  //   v2 read Returns from a suggestion, wrote to nobody in 24 h → assumed
  //   v3 searched, read Shipping, said No, handed over         → handed (Shipping escalated once)
  //   v4 searched "gift wrap", found nothing                    → abandoned (a content gap)
  //   v5 read Returns, then started a conversation 2 h later    → handed (no hand-over from the Help view)
  //   v6 read Shipping an hour ago                              → no outcome yet (may still write)
  // Sessions with an outcome: 5; self-served 2; deflection 2 ÷ (2 + 2) = 50 %.
  const events: HealthEvent[] = [
    { kind: 'search', visitorId: 'v1', at: at(0), language: 'en', query: 'delivery', resultCount: 1 },
    { kind: 'view', visitorId: 'v1', at: at(1), articleId: 'ship' },
    { kind: 'vote', visitorId: 'v1', at: at(2), articleId: 'ship', helped: true },
    { kind: 'suggestions', visitorId: 'v2', at: at(10) },
    { kind: 'view', visitorId: 'v2', at: at(11), articleId: 'ret' },
    { kind: 'search', visitorId: 'v3', at: at(20), language: 'en', query: 'late parcel', resultCount: 1 },
    { kind: 'view', visitorId: 'v3', at: at(21), articleId: 'ship' },
    { kind: 'vote', visitorId: 'v3', at: at(22), articleId: 'ship', helped: false },
    { kind: 'handoff', visitorId: 'v3', at: at(23), articleIds: ['ship'] },
    { kind: 'search', visitorId: 'v4', at: at(30), language: 'en', query: 'Gift wrap?', resultCount: 0 },
    { kind: 'view', visitorId: 'v5', at: at(40), articleId: 'ret' },
    { kind: 'view', visitorId: 'v6', at: at(48 * 60 - 60), articleId: 'ship' },
  ];
  const wrote = new Map([['v5', [at(40) + 2 * HOUR]]]);
  const now = at(48 * 60);

  it('counts each session once by its outcome, and the deflection rate of those that found an answer', () => {
    const f = figures(input(events, now, wrote));
    expect(f.outcomes).toEqual({ confirmed: 1, assumed: 1, handed: 2, abandoned: 1 });
    expect(f.sessions).toBe(5);
    expect(f.selfServed).toBe(2);
    expect(f.deflection).toBe(0.5);
  });

  it('lists the articles read before a hand-over, and the searches that found nothing; the Help center tab reads the same facts', () => {
    const [facts] = helpDays(input(events, now, wrote), ALL);
    const f = selfServiceFromDays([facts!]);
    // v6's view counts though v6's outcome is still open: what shoppers read is known at once.
    expect(f.escalated).toEqual([{ id: 'ship', language: 'en', title: 'Shipping times', views: 3, escalations: 1 }]);
    expect(f.gaps).toEqual([{ query: 'gift wrap', language: 'en', searches: 1, noResults: 1 }]);
    const table = articleTable(
      [
        { id: 'ret', groupId: 'ret', language: 'en', title: 'Returns' },
        { id: 'ship', groupId: 'ship', language: 'en', title: 'Shipping times' },
        { id: 'new', groupId: 'new', language: 'en', title: 'Unread' },
      ],
      facts!,
    );
    expect(table.map((a) => [a.id, a.views, a.helped, a.notHelped, a.escalations])).toEqual([
      ['ship', 3, 1, 1, 1],
      ['ret', 2, 0, 0, 0],
      ['new', 0, 0, 0, 0],
    ]);
  });

  it('a day later the last reader is assumed self-served too', () => {
    const f = figures(input(events, now + DAY, wrote));
    expect(f.outcomes).toEqual({ confirmed: 1, assumed: 2, handed: 2, abandoned: 1 });
    expect(f.deflection).toBe(0.6);
  });

  it('no events, or only abandoned searches: nothing to divide by', () => {
    expect(figures(input([], now))).toEqual({ sessions: 0, outcomes: { confirmed: 0, assumed: 0, handed: 0, abandoned: 0 }, selfServed: 0, deflection: null, escalated: [], gaps: [] });
    expect(selfServiceFromDays([])).toEqual(figures(input([], now)));
    expect(figures(input(events.filter((e) => e.visitorId === 'v4'), now))).toMatchObject({ sessions: 1, selfServed: 0, deflection: null });
  });

  it('counts views, votes and the hand-overs that named an article; a removed article is left out', () => {
    const few: HealthEvent[] = [
      { kind: 'view', visitorId: 'v1', at: at(1), articleId: 'ship' },
      { kind: 'view', visitorId: 'v2', at: at(2), articleId: 'ship' },
      { kind: 'vote', visitorId: 'v1', at: at(3), articleId: 'ship', helped: true },
      { kind: 'vote', visitorId: 'v2', at: at(4), articleId: 'ship', helped: false },
      { kind: 'handoff', visitorId: 'v2', at: at(5), articleIds: ['ship', 'ret', 'gone', 'ship'] },
      { kind: 'view', visitorId: 'v3', at: at(6), articleId: 'gone' },
    ];
    expect(helpDays(input(few, now), ALL)[0]!.articles).toEqual([
      { id: 'ship', language: 'en', title: 'Shipping times', views: 2, helped: 1, notHelped: 1, escalations: 1 },
      { id: 'ret', language: 'en', title: 'Returns', views: 0, helped: 0, notHelped: 0, escalations: 1 },
    ]);
  });

  it('groups searches that found nothing, or nothing opened within 10 minutes, by their words and language', () => {
    const searches: HealthEvent[] = [
      { kind: 'search', visitorId: 'v1', at: at(0), language: 'en', query: 'Gift wrap?', resultCount: 0 },
      { kind: 'search', visitorId: 'v2', at: at(0), language: 'en', query: 'gift  WRAP', resultCount: 2 },
      { kind: 'view', visitorId: 'v2', at: at(11), articleId: 'ship' },
      { kind: 'search', visitorId: 'v3', at: at(0), language: 'en', query: 'shipping', resultCount: 3 },
      { kind: 'view', visitorId: 'v3', at: at(1), articleId: 'ship' },
      { kind: 'search', visitorId: 'v4', at: at(0), language: 'bn', query: 'উপহার', resultCount: 0 },
    ];
    expect(figures(input(searches, now)).gaps).toEqual([
      { query: 'gift wrap', language: 'en', searches: 2, noResults: 1 },
      { query: 'উপহার', language: 'bn', searches: 1, noResults: 1 },
    ]);
  });
});

describe('self-service per day', () => {
  // Two local days in UTC: Tuesday 1 and Wednesday 2 December 2026.
  const midnight = Date.UTC(2026, 11, 2);
  const days = [
    { from: midnight - DAY, to: midnight },
    { from: midnight, to: midnight + DAY },
  ];
  const m = (minutes: number) => midnight + minutes * MIN;
  // Worked by hand, at Thursday noon:
  //   a: searches 23:55 Tue, reads Shipping 00:04 Wed, hands over 00:10 → one session, Tuesday's, handed
  //   b: reads Returns 23:40 Tue, says Yes 23:41                         → Tuesday, confirmed
  //   c: reads Returns 11:00 Wed, nothing since (25 h)                    → Wednesday, assumed
  //   d: reads Shipping 11:30 Thu, half an hour ago                        → no outcome yet: not counted (its view is)
  //   e: searches "gift wrap" 09:00 Wed, nothing; 10:00 Wed again          → Wednesday, two abandoned sessions, one gap searched twice
  const events: HealthEvent[] = [
    { kind: 'search', visitorId: 'a', at: m(-5), language: 'en', query: 'delivery', resultCount: 1 },
    { kind: 'view', visitorId: 'a', at: m(4), articleId: 'ship' },
    { kind: 'handoff', visitorId: 'a', at: m(10), articleIds: ['ship'] },
    { kind: 'view', visitorId: 'b', at: m(-20), articleId: 'ret' },
    { kind: 'vote', visitorId: 'b', at: m(-19), articleId: 'ret', helped: true },
    { kind: 'view', visitorId: 'c', at: m(11 * 60), articleId: 'ret' },
    { kind: 'view', visitorId: 'd', at: m(DAY / MIN + 11.5 * 60), articleId: 'ship' },
    { kind: 'search', visitorId: 'e', at: m(9 * 60), language: 'en', query: 'gift wrap', resultCount: 0 },
    { kind: 'search', visitorId: 'e', at: m(10 * 60), language: 'en', query: 'gift wrap', resultCount: 0 },
  ];
  const now = m(DAY / MIN + 12 * 60);
  const three = [...days, { from: midnight + DAY, to: midnight + 2 * DAY }];

  it('counts a session across midnight on its first day, with all its events', () => {
    const [tue, wed] = helpDays(input(events, now), days);
    expect(tue!.outcomes).toEqual({ confirmed: 1, assumed: 0, handed: 1, abandoned: 0 });
    expect(tue!.articles.map((a) => [a.id, a.views, a.helped, a.escalations])).toEqual([
      ['ship', 1, 0, 1],
      ['ret', 1, 1, 0],
    ]);
    expect(wed!.outcomes).toEqual({ confirmed: 0, assumed: 1, handed: 0, abandoned: 2 });
    expect(wed!.gaps).toEqual([{ query: 'gift wrap', language: 'en', searches: 2, noResults: 2 }]);
  });

  it('leaves out a session whose outcome is still open, until a later count', () => {
    const thu = helpDays(input(events, now), three)[2]!;
    expect(thu.outcomes).toEqual({ confirmed: 0, assumed: 0, handed: 0, abandoned: 0 });
    expect(thu.articles.map((a) => [a.id, a.views])).toEqual([['ship', 1]]);
    expect(helpDays(input(events, now + DAY), three)[2]!.outcomes.assumed).toBe(1);
  });

  it('days added up give the same figures as one count over the period', () => {
    const perDay = selfServiceFromDays(helpDays(input(events, now), three));
    const once = selfServiceFromDays(helpDays(input(events, now), [{ from: three[0]!.from, to: three[2]!.to }]));
    expect(perDay).toEqual(once);
    expect(perDay).toMatchObject({ sessions: 5, outcomes: { confirmed: 1, assumed: 1, handed: 1, abandoned: 2 }, deflection: 2 / 3 });
    // A session that started before the period is not the period's.
    expect(selfServiceFromDays(helpDays(input(events, now), [days[1]!])).outcomes).toEqual({ confirmed: 0, assumed: 1, handed: 0, abandoned: 2 });
    expect(sumHelpDays([EMPTY_HELP_DAY, ...helpDays(input(events, now), three)])).toEqual(sumHelpDays(helpDays(input(events, now), [{ from: three[0]!.from, to: three[2]!.to }])));
  });

  it('keeps a day’s most searched gaps only', () => {
    const many: HealthEvent[] = Array.from({ length: 5 }, (_, i) => ({ kind: 'search' as const, visitorId: `s${i}`, at: m(60 + i), language: 'en', query: `thing${i}`, resultCount: 0 }));
    many.push({ kind: 'search', visitorId: 's9', at: m(70), language: 'en', query: 'thing3', resultCount: 0 });
    const [, wed] = helpDays(input(many, now), days, { articles: 10, gaps: 2 });
    expect(wed!.gaps.map((g) => [g.query, g.searches])).toEqual([
      ['thing3', 2],
      ['thing0', 1],
    ]);
  });
});

describe('needsEarlier', () => {
  const from = Date.UTC(2026, 11, 2);
  const readFrom = from - 30 * MIN;
  const ev = (visitorId: string, minutes: number, kind: 'view' | 'handoff' = 'view'): HealthEvent =>
    kind === 'view' ? { kind, visitorId, at: from + minutes * MIN, articleId: 'ship' } : { kind, visitorId, at: from + minutes * MIN, articleIds: [] };

  it('asks for more when a session touching the span starts near the read window’s edge', () => {
    expect(needsEarlier([ev('a', -25), ev('a', 5)], readFrom, from)).toBe(true);
    expect(needsEarlier([ev('a', 0)], readFrom, from)).toBe(true);
    expect(needsEarlier([ev('a', 1)], readFrom, from)).toBe(false);
  });

  it('not when the first session read starts well after it, or ends before the span', () => {
    expect(needsEarlier([ev('a', 45)], readFrom, from)).toBe(false);
    expect(needsEarlier([ev('a', -29), ev('a', 45)], readFrom, from)).toBe(false);
  });

  it('a lone hand-over may end a session up to a day before: more, until a day is read', () => {
    expect(needsEarlier([ev('a', 120, 'handoff')], readFrom, from)).toBe(true);
    expect(needsEarlier([ev('a', 120, 'handoff')], from + 120 * MIN - DAY - MIN, from)).toBe(false);
  });
});
