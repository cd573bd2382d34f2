/**
 * Business hours at work: what the widget is told (open or away, until when, how fast the
 * team answers) and the automatic first reply of a new conversation.
 */
import type { AvailabilityResponse, QueueResponse } from '@kotha/common/contract/hours';
import type { HoursSettings } from '@kotha/common/contract/hours-schemas';
import { availability, nextOpening } from '@kotha/common/schedule';
import { inLine, typicalReplyAt, type AutomaticKind, type FirstReply } from '../domain/follow-up';
import type { ConversationRecord } from '../store/conversation-store';
import type { FollowUpStore } from '../store/follow-up-store';
import type { HoursStore } from '../store/hours-store';
import { defaultAwayReply } from './automatic-words';

/** Open or not at `now`, and until when; a site without hours is always open. */
export function openAt(settings: HoursSettings, now: number): Pick<AvailabilityResponse, 'open' | 'reason' | 'changesAt' | 'nextOpening' | 'timeZone'> {
  if (!settings.schedule) return { open: true, reason: 'always-open', changesAt: null, nextOpening: null, timeZone: null };
  const now_ = availability(settings.schedule, now);
  return {
    open: now_.open,
    reason: now_.reason,
    changesAt: now_.changesAt,
    nextOpening: now_.open ? null : nextOpening(settings.schedule, now),
    timeZone: settings.schedule.timeZone,
  };
}

/**
 * "Typically replies in" comes from the first replies kept on the site document (written
 * with each first reply: chat/conversation-writes.ts), so answering it reads nothing more.
 */
export class HoursService {
  constructor(
    private readonly deps: { hours: HoursStore; followUps: FollowUpStore; clock: () => number },
  ) {}

  settings(siteId: string): Promise<HoursSettings> {
    return this.deps.hours.get(siteId);
  }

  /** What the widget is told; `firstReplies` from the site document the caller has read. */
  async availability(siteId: string, firstReplies: FirstReply[]): Promise<AvailabilityResponse> {
    const settings = await this.deps.hours.get(siteId);
    const now = this.deps.clock();
    return {
      ...openAt(settings, now),
      outsideHours: settings.outsideHours,
      awayMessage: settings.awayMessage,
      replyTimeText: settings.replyTimeText,
      typicalReplyMinutes: settings.replyTimeText ? null : typicalReplyAt(firstReplies, now),
    };
  }

  /**
   * The automatic reply to a new conversation: the away message outside hours (a promise
   * to answer by email, which no "still in line" note may contradict), the merchant's
   * greeting during them.
   */
  async autoReply(siteId: string, record: ConversationRecord): Promise<{ text: string; kind: AutomaticKind } | null> {
    const settings = await this.deps.hours.get(siteId);
    if (!openAt(settings, this.deps.clock()).open) return { text: settings.awayMessage ?? defaultAwayReply(record.visitorLocale), kind: 'away' };
    return settings.autoReply ? { text: settings.autoReply, kind: 'greeting' } : null;
  }

  /** Where a waiting shopper stands in the line of open, unanswered conversations. */
  async queue(siteId: string, record: ConversationRecord, firstReplies: FirstReply[]): Promise<QueueResponse> {
    const since = record.followUp.awaitingSince;
    if (!inLine(record.conversation.status, record.followUp)) return { position: null, estimatedWaitMinutes: null };
    const now = this.deps.clock();
    const position = await this.deps.followUps.waitingUpTo(siteId, since);
    return { position, estimatedWaitMinutes: estimatedWait(typicalReplyAt(firstReplies, now), position, now - since) };
  }
}

/**
 * Minutes left to wait: the typical first reply for each shopper ahead in line and for
 * this one, less the time already waited, and at least one minute; null when unknown.
 */
export function estimatedWait(typicalMinutes: number | null, position: number, waitedMs: number): number | null {
  if (typicalMinutes === null) return null;
  return Math.max(1, Math.round(typicalMinutes * position - waitedMs / 60_000));
}
