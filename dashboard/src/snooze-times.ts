import { t } from './i18n/i18n.ts';

/** The snooze choices, in the agent's own time: pure, given "now". */
export interface SnoozeChoice {
  id: string;
  label: string;
  until: number;
}

function atNine(date: Date): Date {
  const copy = new Date(date);
  copy.setHours(9, 0, 0, 0);
  return copy;
}

export function snoozeChoices(now: number, locale: string | undefined): SnoozeChoice[] {
  const time = new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const tomorrow = atNine(new Date(now + 86_400_000));
  const monday = new Date(now);
  monday.setDate(monday.getDate() + (((8 - monday.getDay()) % 7) || 7));
  const nextWeek = atNine(monday);
  return [
    { id: 'hour', label: t('snooze.inAnHour'), until: now + 3_600_000 },
    { id: 'evening', label: t('snooze.inFourHours'), until: now + 4 * 3_600_000 },
    { id: 'tomorrow', label: t('snooze.tomorrow', { time: time.format(tomorrow) }), until: tomorrow.getTime() },
    { id: 'week', label: t('snooze.nextWeek', { time: time.format(nextWeek) }), until: nextWeek.getTime() },
  ];
}

/** A `datetime-local` value as ms in the agent's zone; null when empty or not in the future. */
export function customUntil(value: string, now: number): number | null {
  if (!value) return null;
  const at = new Date(value).getTime();
  return Number.isFinite(at) && at > now ? at : null;
}
