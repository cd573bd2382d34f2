/** A calendar date ("2025-04-14", as schedules store it) in the merchant's language: "Monday, 14 April 2025". */
export function formatCalendarDate(isoDate: string, locale: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The date is a day, not an instant: written in UTC so no zone moves it to the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(at);
}
