/** Business hours as pure functions: is the chat open at an instant, and until when. */
export { WEEKDAYS, HORIZON_DAYS } from './model';
export type { Availability, AvailabilityReason, Override, Period, Schedule, ScheduleException, Weekday, WeeklyHours } from './model';
export { scheduleSchema } from './schema';
export { availability, isOpen, nextChange, nextOpening } from './availability';
export { dateOf, dayOf, localDay, localTime, wallToInstant, weekdayOf, type LocalTime } from './wall-time';
export { openMsBetween, openSpansBetween } from './business-time';
