/**
 * Validation for a schedule written by the dashboard or read back from Firestore, with
 * messages a site owner can act on ("mon.1.start: must be a time as HH:MM …").
 */
import { z } from 'zod';
import { WEEKDAYS, type Period, type Schedule, type ScheduleException, type Weekday } from './model';
import { dayOf, dateOf, isTimeZone, minutesOf } from './wall-time';

const MAX_PERIODS_PER_DAY = 12;
const MAX_EXCEPTIONS = 400;
const MAX_LABEL = 100;

const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM, from 00:00 to 23:59');
const endTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time as HH:MM, from 00:00 to 24:00');

const period = z.strictObject({ start: startTime, end: endTime });

/** [start, end) in minutes from the day's midnight; an end at or before the start is tomorrow's. */
function span(p: Period): [number, number] {
  const start = minutesOf(p.start);
  const end = minutesOf(p.end);
  return [start, end <= start ? end + 1440 : end];
}

/**
 * One day's periods. Overlaps within a day are rejected (likely a typo in the editor);
 * touching periods (09:00–12:00, 12:00–14:00) are fine and simply run on.
 */
const periodList = z
  .array(period)
  .max(MAX_PERIODS_PER_DAY, `must have at most ${MAX_PERIODS_PER_DAY} periods`)
  .superRefine((periods, ctx) => {
    const sorted = periods.map((p) => ({ p, span: span(p) })).sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      if (next.span[0] < prev.span[1]) {
        ctx.addIssue({
          code: 'custom',
          message: `periods ${prev.p.start}–${prev.p.end} and ${next.p.start}–${next.p.end} overlap`,
        });
      }
    }
  });

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD', abort: true })
  .refine((d) => dateOf(dayOf(d)) === d, 'must be a real calendar date');

const exception = z
  .strictObject({
    date,
    label: z.string().trim().max(MAX_LABEL, `must be at most ${MAX_LABEL} characters`).optional(),
    closed: z.literal(true, 'must be true (or leave it out and give periods)').optional(),
    periods: periodList.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.closed && e.periods) ctx.addIssue({ code: 'custom', message: 'give either closed: true or periods, not both' });
    if (!e.closed && !e.periods) ctx.addIssue({ code: 'custom', message: 'give closed: true (a holiday) or periods (special hours)' });
    if (e.periods?.length === 0) ctx.addIssue({ code: 'custom', path: ['periods'], message: 'must not be empty; use closed: true for a closed day' });
  })
  // The checks above make it one of the two shapes; say so to the type system.
  .transform((e) => e as ScheduleException);

const weekly = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, periodList.optional()])) as Record<Weekday, z.ZodOptional<typeof periodList>>,
);

const override = z.strictObject({
  mode: z.enum(['online', 'away'], 'must be "online" or "away"'),
  until: z.number().int().min(0, 'must be epoch milliseconds').optional(),
});

/** A whole schedule: known zone, valid times and dates, no overlaps within a day, one exception per date. */
export const scheduleSchema: z.ZodType<Schedule, unknown> = z.strictObject({
  timeZone: z.string().superRefine((zone, ctx) => {
    if (!isTimeZone(zone)) ctx.addIssue({ code: 'custom', message: `unknown time zone "${zone}"; use an IANA name like "Europe/London"` });
  }),
  weekly,
  exceptions: z
    .array(exception)
    .max(MAX_EXCEPTIONS, `must have at most ${MAX_EXCEPTIONS} dates`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((e, i) => {
        if (seen.has(e.date)) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `${e.date} appears more than once` });
        seen.add(e.date);
      });
    })
    .optional(),
  override: override.optional(),
});
