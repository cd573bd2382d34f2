import { describe, expect, it } from 'vitest';
import { sessionOutcome, sessionsOf, visitorOutcomes, type OutcomeEvent } from './outcome';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T = Date.UTC(2026, 11, 7, 9, 0, 0);
const at = (minutes: number) => T + minutes * MIN;

describe('sessionsOf', () => {
  it('starts a new session after more than 30 minutes of quiet', () => {
    const events: OutcomeEvent[] = [{ at: at(0), kind: 'search' }, { at: at(30), kind: 'view' }, { at: at(61), kind: 'search' }];
    expect(sessionsOf(events).map((s) => s.length)).toEqual([2, 1]);
  });
});

describe('sessionOutcome', () => {
  const day = 24 * HOUR;
  it('confirmed: read, said Yes, wrote to nobody', () => {
    const session: OutcomeEvent[] = [{ at: at(0), kind: 'suggestions' }, { at: at(1), kind: 'view' }, { at: at(2), kind: 'vote', helped: true }];
    expect(sessionOutcome(session, [], at(3))).toBe('confirmed');
  });

  it('handed: said No and handed over, even after a Yes on another article', () => {
    const session: OutcomeEvent[] = [{ at: at(0), kind: 'view' }, { at: at(1), kind: 'vote', helped: true }, { at: at(2), kind: 'vote', helped: false }, { at: at(3), kind: 'handoff' }];
    expect(sessionOutcome(session, [], at(4))).toBe('handed');
  });

  it('handed: read, then started a conversation 5 hours later', () => {
    expect(sessionOutcome([{ at: at(0), kind: 'view' }], [at(5 * 60)], at(2 * 24 * 60))).toBe('handed');
  });

  it('assumed: read and wrote to nobody for 24 hours', () => {
    expect(sessionOutcome([{ at: at(0), kind: 'search' }, { at: at(1), kind: 'view' }], [], at(1) + day)).toBe('assumed');
    // A conversation 25 hours later is another matter.
    expect(sessionOutcome([{ at: at(0), kind: 'view' }], [at(25 * 60)], at(26 * 60))).toBe('assumed');
  });

  it('not yet: read less than 24 hours ago', () => {
    expect(sessionOutcome([{ at: at(0), kind: 'view' }], [], at(23 * 60))).toBeNull();
  });

  it('assumed too: found their order and did not write', () => {
    expect(sessionOutcome([{ at: at(0), kind: 'order', result: 'found' }], [], at(0) + day)).toBe('assumed');
  });

  it('abandoned: searched, read nothing, 30 minutes passed', () => {
    expect(sessionOutcome([{ at: at(0), kind: 'search' }, { at: at(1), kind: 'order', result: 'not-found' }], [], at(31))).toBe('abandoned');
    expect(sessionOutcome([{ at: at(0), kind: 'search' }], [], at(20))).toBeNull();
  });
});

describe('visitorOutcomes', () => {
  it('counts a hand-over that comes back hours later with the session it ends', () => {
    const events: OutcomeEvent[] = [{ at: at(0), kind: 'view' }, { at: at(3 * 60), kind: 'handoff' }];
    expect(visitorOutcomes(events, [], at(4 * 60))).toEqual(['handed']);
  });

  it('gives each session its own outcome', () => {
    const events: OutcomeEvent[] = [
      { at: at(0), kind: 'view' },
      { at: at(1), kind: 'vote', helped: true },
      { at: at(2 * 60), kind: 'search' },
      { at: at(50 * 60), kind: 'view' },
    ];
    expect(visitorOutcomes(events, [], at(80 * 60))).toEqual(['confirmed', 'abandoned', 'assumed']);
  });
});
