/**
 * Business hours in the API contract: the default hours settings, what the widget is
 * told about availability and its place in the line. Dependency-free (the widget imports
 * it); the settings and the offline message are inferred from their schemas in
 * hours-schemas.ts, and the schedule's own shape lives with its rules in
 * common/schedule/model.ts.
 */
import type { AvailabilityReason } from '../schedule/model';
import type { HoursSettings, OutsideHours } from './hours-schemas';

export const DEFAULT_HOURS: HoursSettings = {
  schedule: null,
  awayMessage: null,
  replyTimeText: null,
  outsideHours: 'take-message',
  autoReply: null,
  reminderMinutes: 3,
  notifyMerchantAfterMinutes: 10,
  autoCloseHours: 48,
  merchantEmail: null,
};

/**
 * The hours settings as the dashboard reads them, with the site's own time zone from the
 * platform (null when it has none or did not answer): where new hours start.
 */
export type HoursSettingsResponse = HoursSettings & { siteTimeZone: string | null };

/** What the widget is told: open now or not, until when, and what to say meanwhile. */
export interface AvailabilityResponse {
  open: boolean;
  reason: AvailabilityReason | 'always-open';
  /** When `open` flips next (epoch ms): the widget switches by itself then, or null. */
  changesAt: number | null;
  /** When the team is next open, if closed now (epoch ms). */
  nextOpening: number | null;
  /** The zone the hours are written in, for "our hours: 9–5 (Asia/Dhaka)". */
  timeZone: string | null;
  outsideHours: OutsideHours;
  /** The merchant's away text, or null: the widget then says it in the shopper's language. */
  awayMessage: string | null;
  /** Median minutes to the first reply over the last 7 days, or null when too few chats. */
  typicalReplyMinutes: number | null;
  replyTimeText: string | null;
}

/** Where a waiting shopper stands: null position when nobody is waiting on this conversation. */
export interface QueueResponse {
  /** 1 = next to be answered; null when the shopper is not waiting for the team. */
  position: number | null;
  /** Minutes until a reply, from the typical first-reply time and the line ahead; null when unknown. */
  estimatedWaitMinutes: number | null;
}
