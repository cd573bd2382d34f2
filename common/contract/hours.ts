/**
 * Business hours in the API contract: the merchant's hours settings, what the widget is
 * told about availability, and the offline message. Dependency-free (the widget imports
 * it); the schedule's own shape lives with its rules in common/schedule/model.ts.
 */
import type { AvailabilityReason, Schedule } from '../schedule/model';

/** What the widget does outside business hours. */
export type OutsideHours = 'take-message' | 'show-hours' | 'hide-launcher';

export interface HoursSettings {
  /** The hours; null means no hours are set and the team counts as always open. */
  schedule: Schedule | null;
  /**
   * Shown (and sent as an automatic reply) when a shopper writes outside hours; null uses
   * Kotha's own words in the shopper's language.
   */
  awayMessage: string | null;
  /** "Typically replies in …" as the merchant words it; null lets Kotha compute it. */
  replyTimeText: string | null;
  outsideHours: OutsideHours;
  /** An automatic first reply during hours; null for none. */
  autoReply: string | null;
  /** Minutes between "you're still in line" notes while a shopper waits; 0 turns them off. */
  reminderMinutes: number;
  /** Email the merchant when a shopper has waited this many minutes; 0 turns it off. */
  notifyMerchantAfterMinutes: number;
  /** Close conversations idle this many hours; 0 never closes them. */
  autoCloseHours: number;
  /** Where offline messages and "nobody answered" notices go; null sends none. */
  merchantEmail: string | null;
}

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

/** A message left outside hours: it starts a conversation and reaches the merchant by email. */
export interface OfflineMessageRequest {
  conversationId: string;
  id: string;
  text: string;
  email: string;
  name?: string;
  /** The shopper's language, for the emails they get back. */
  locale?: string;
  /** The page they wrote from: the reply email links back to it. */
  pageUrl?: string;
}

/** Where a waiting shopper stands: null position when nobody is waiting on this conversation. */
export interface QueueResponse {
  /** 1 = next to be answered; null when the shopper is not waiting for the team. */
  position: number | null;
  /** Minutes until a reply, from the typical first-reply time and the line ahead; null when unknown. */
  estimatedWaitMinutes: number | null;
}
