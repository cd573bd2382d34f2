/**
 * The Analytics tab's use case: the conversations a shopper started in the period, read by
 * one bounded range query on their start time (never the site's whole history), turned
 * into figures by the pure definitions in domain/analytics.
 *
 * Computed on request, not from daily rollups: a period's conversations are read each
 * time, up to MAX_CONVERSATIONS (the answer says when it stopped there). Rollups per site
 * and day would make long periods of busy sites cheap; they are the next step.
 */
import type { AnalyticsResponse } from '@kotha/common/contract';
import { analyticsFigures, isMissed, startedInHours, type AnalyticsRow, type Calendar } from '../domain/analytics/figures';
import { NO_FACTS } from '../domain/analytics/facts';
import { ANALYTICS_DAYS } from '../domain/plans';
import { SAMPLE_VISITOR_ID } from '../platform/sample-conversation';
import type { PlansService } from '../plans/plans-service';
import type { ConversationRecord, ConversationStore } from '../store/conversation-store';
import type { HoursStore } from '../store/hours-store';

/** Conversations one report reads at most. */
export const MAX_CONVERSATIONS = 5000;
const DAY = 86_400_000;

export interface AnalyticsRequest {
  from: number;
  to: number;
  answeredWithin: number;
  missedAfter: number;
}

/** One conversation's row as analytics and the CSV see it. */
export function rowOf(record: ConversationRecord): AnalyticsRow {
  const { conversation: c } = record;
  const facts = record.facts ?? NO_FACTS;
  return { id: c.id, createdAt: c.createdAt, firstReplyAt: record.followUp.firstReplyAt, ...facts, assigneeUid: c.assigneeUid, rating: c.rating, ratingComment: c.ratingComment };
}

export class AnalyticsService {
  constructor(private readonly deps: { conversations: ConversationStore; hours: HoursStore; plans: Pick<PlansService, 'planOf'>; clock: () => number }) {}

  /** The period the site's plan allows, its calendar and its conversations' rows. */
  async rows(siteId: string, request: AnalyticsRequest) {
    const now = this.deps.clock();
    const [plan, settings] = await Promise.all([this.deps.plans.planOf(siteId), this.deps.hours.get(siteId)]);
    const days = ANALYTICS_DAYS[plan];
    const from = days === null ? request.from : Math.max(request.from, now - days * DAY);
    const to = Math.max(from, request.to);
    const { schedule } = settings;
    const calendar: Calendar = { schedule, timeZone: schedule?.timeZone ?? 'UTC' };
    const records = from < to ? await this.deps.conversations.startedBetween(siteId, from, to, MAX_CONVERSATIONS) : [];
    // The sample conversation added at install is no shopper's: it would skew a new site's first week.
    const rows = records.filter((r) => r.conversation.visitorId !== SAMPLE_VISITOR_ID).map(rowOf);
    return { from, to, now, days, calendar, rows, truncated: records.length === MAX_CONVERSATIONS };
  }

  async report(siteId: string, request: AnalyticsRequest): Promise<AnalyticsResponse> {
    const { from, to, now, days, calendar, rows, truncated } = await this.rows(siteId, request);
    const figures = analyticsFigures(rows, calendar, { from, to, now, answeredWithinMinutes: request.answeredWithin, missedAfterMinutes: request.missedAfter });
    return { from, to, historyDays: days, timeZone: calendar.timeZone, hasSchedule: calendar.schedule !== null, truncated, figures };
  }

  /** One line per conversation with raw timestamps (ISO, UTC), for a spreadsheet. */
  async csvRows(siteId: string, request: AnalyticsRequest): Promise<unknown[][]> {
    const { now, calendar, rows } = await this.rows(siteId, request);
    const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : '');
    return [
      CSV_HEADER,
      ...rows.map((r) => [
        r.id,
        iso(r.createdAt),
        r.offline ? 'yes' : 'no',
        startedInHours(calendar, r.createdAt) ? 'yes' : 'no',
        iso(r.firstReplyAt),
        r.firstReplyUid,
        r.lastReplyUid,
        r.assigneeUid ?? '',
        iso(r.assignedAt),
        iso(r.assignedReplyAt),
        iso(r.firstClosedAt),
        iso(r.lastClosedAt),
        r.closedByUid,
        r.reopenCount,
        isMissed(r, calendar, request.missedAfter, now) ? 'yes' : 'no',
        r.rating ?? '',
        r.ratingComment ?? '',
      ]),
    ];
  }
}

export const CSV_HEADER = ['conversation', 'started', 'offline', 'started_in_hours', 'first_reply', 'first_reply_by', 'last_reply_by', 'assignee', 'assigned', 'assignee_first_reply', 'first_close', 'last_close', 'closed_by', 'reopens', 'missed', 'rating', 'rating_comment'];
