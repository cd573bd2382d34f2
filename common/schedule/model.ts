/**
 * The business-hours schedule: plain JSON data (stored in Firestore as one document), so
 * every field is a string, number, boolean, map or array of maps; never an array of arrays,
 * which Firestore refuses, hence weekdays are named keys rather than a 7-element array.
 * Optional fields are left out, never set to undefined (Firestore refuses undefined too).
 */

/** Weekday keys in `localTime().weekday` order: index 0 is Sunday. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Open from `start` to `end`, local wall time 'HH:MM'. An `end` at or before `start` runs
 * into the next day (22:00–02:00), '24:00' is midnight at the end of the day, and
 * `start === end` is a full 24 hours. A period belongs to the day it starts on.
 */
export interface Period {
  start: string;
  end: string;
}

/** Opening hours per weekday; a missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, Period[]>>;

/** A dated exception in the schedule's zone: closed all day, or special hours instead of the weekly ones. */
export type ScheduleException = { date: string; label?: string } & ({ closed: true } | { periods: Period[] });

/**
 * A manual switch from the dashboard: 'online' or 'away' regardless of the hours, until
 * `until` (epoch ms) if given, after which the schedule applies again.
 */
export interface Override {
  mode: 'online' | 'away';
  until?: number;
}

export interface Schedule {
  /** IANA zone the hours are written in, e.g. 'Asia/Dhaka'. */
  timeZone: string;
  weekly: WeeklyHours;
  exceptions?: ScheduleException[];
  override?: Override;
}

/** Why the chat is open or closed right now, for the widget's "we're back at …". */
export type AvailabilityReason = 'schedule' | 'holiday' | 'special-hours' | 'override';

export interface Availability {
  open: boolean;
  reason: AvailabilityReason;
  /** When `open` next flips (epoch ms), or null if not within HORIZON_DAYS. */
  changesAt: number | null;
}

/** How far ahead nextChange looks before answering "never". */
export const HORIZON_DAYS = 366;
