/** Business hours as pure functions: is the chat open at an instant, and until when. */
export { WEEKDAYS, HORIZON_DAYS } from '@kotha/common/schedule/model';
export type { Availability, AvailabilityReason, Override, Period, Schedule, ScheduleException, Weekday, WeeklyHours } from '@kotha/common/schedule/model';
export { scheduleSchema } from '@kotha/common/schedule/schema';
export { availability, isOpen, nextChange, nextOpening } from './availability';
export { localTime, type LocalTime } from '@kotha/common/schedule/wall-time';
