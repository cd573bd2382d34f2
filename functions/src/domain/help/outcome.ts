/**
 * One self-service outcome per shopper session, from the session's help events and the
 * times the shopper wrote to a person. Pure.
 *
 * A session is a visitor's run of help events with no gap over 30 minutes. Its outcome:
 * - `handed`: the shopper wrote to a person during it or within 24 h of its last event
 *   (a hand-over from the Help view, or any conversation they started);
 * - `confirmed`: else, they said an article helped ("Yes");
 * - `assumed`: else, they read an article (or found their order) and 24 h have passed
 *   without writing to a person;
 * - `abandoned`: else (searched or saw suggestions, read nothing), once 30 minutes passed.
 * A session still open to change (read less than 24 h ago, or active in the last 30
 * minutes) has no outcome yet: null.
 */
import type { SelfServiceOutcome } from '@kotha/common/contract/help';
import type { HelpEvent, HelpEventKind } from './health';

export const SESSION_GAP_MS = 30 * 60_000;
export const ASSUME_AFTER_MS = 24 * 3_600_000;

/** What the rule reads of an event. */
export interface OutcomeEvent {
  at: number;
  kind: HelpEventKind;
  helped?: boolean;
  result?: Extract<HelpEvent, { kind: 'order' }>['result'];
}

/** A visitor's events split into sessions (sorted by time first). */
export function sessionsOf<E extends OutcomeEvent>(events: readonly E[]): E[][] {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const sessions: E[][] = [];
  for (const event of sorted) {
    const current = sessions.at(-1);
    const last = current?.at(-1);
    if (current && last && event.at - last.at <= SESSION_GAP_MS) current.push(event);
    else sessions.push([event]);
  }
  return sessions;
}

/** One session's outcome, given when the shopper wrote to a person, at `now`; null while it may still change. */
export function sessionOutcome(session: readonly OutcomeEvent[], wroteAt: readonly number[], now: number): SelfServiceOutcome | null {
  const start = session[0]?.at ?? now;
  const end = session.at(-1)?.at ?? now;
  const wrote = session.some((e) => e.kind === 'handoff') || wroteAt.some((at) => at >= start && at <= end + ASSUME_AFTER_MS);
  if (wrote) return 'handed';
  if (session.some((e) => e.kind === 'vote' && e.helped === true)) return 'confirmed';
  const read = session.some((e) => e.kind === 'view' || (e.kind === 'order' && e.result === 'found'));
  if (read) return now - end >= ASSUME_AFTER_MS ? 'assumed' : null;
  return now - end >= SESSION_GAP_MS ? 'abandoned' : null;
}

/**
 * A visitor's sessions as counted: a hand-over alone, within 24 h of an earlier session, is
 * that session's ending (`endings`), not a session of its own. A session's day is its first
 * event's.
 */
export function shopperSessions<E extends OutcomeEvent>(events: readonly E[]): Array<{ events: E[]; endings: E[] }> {
  const counted: Array<{ events: E[]; endings: E[] }> = [];
  const raw = sessionsOf(events);
  raw.forEach((session, index) => {
    const onlyHandoff = session.every((e) => e.kind === 'handoff');
    const previous = raw[index - 1]?.at(-1);
    const owner = counted.at(-1);
    if (onlyHandoff && previous && owner && session[0]!.at - previous.at <= ASSUME_AFTER_MS) owner.endings.push(...session);
    else counted.push({ events: session, endings: [] });
  });
  return counted;
}

/**
 * One visitor's sessions as counted (`shopperSessions`), each with its outcome at `now`
 * (null while it may still change): a hand-over anywhere in their events counts as writing
 * to a person, as do the conversations they started (`wroteAt`).
 */
export function visitorSessions<E extends OutcomeEvent>(events: readonly E[], wroteAt: readonly number[], now: number): Array<{ events: E[]; endings: E[]; outcome: SelfServiceOutcome | null }> {
  const wrote = [...wroteAt, ...events.filter((e) => e.kind === 'handoff').map((e) => e.at)];
  return shopperSessions(events).map((session) => ({ ...session, outcome: sessionOutcome(session.events, wrote, now) }));
}

/** The outcomes of one visitor's sessions (those with an outcome yet). */
export function visitorOutcomes(events: readonly OutcomeEvent[], wroteAt: readonly number[], now: number): SelfServiceOutcome[] {
  return visitorSessions(events, wroteAt, now).flatMap((session) => session.outcome ?? []);
}
