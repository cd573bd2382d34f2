/**
 * What the Analytics tab shows, as pure functions: the period a preset means, the period
 * before it (for the comparison), the change between two figures, the heatmap's shade,
 * durations and shares written in the merchant's language (Intl units, so no words
 * of ours need translating), and how a help-center visit can end (the Help center tab's too).
 */
import type { SelfServiceOutcome } from '@kotha/common/contract/help.ts';
import type { TextKey } from '../i18n/en.ts';

export type Preset = 'today' | '7' | '30' | '90' | 'custom';
export const PRESETS: readonly Preset[] = ['today', '7', '30', '90', 'custom'];

export const DAY = 86_400_000;

/** Weekdays (0 = Sunday) Monday first: the working week reads left to right, top to bottom. */
export const MONDAY_FIRST: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

/** [from, to) for a preset: today since local midnight, or the last N days up to now ('custom' is `customPeriod`). */
export function periodOf(preset: Exclude<Preset, 'custom'>, now: number, startOfToday: number): { from: number; to: number } {
  return preset === 'today' ? { from: startOfToday, to: now } : { from: now - Number(preset) * DAY, to: now };
}

/**
 * [from, to) for the days a merchant picked ('YYYY-MM-DD', both included), from local
 * midnight to the midnight after the last day, at most up to now; null when the days are
 * not a period (missing, reversed, in the future, or longer than a year).
 */
export function customPeriod(first: string, last: string, now: number): { from: number; to: number } | null {
  const midnight = (date: string, addDays = 0) => {
    const [y, m, d] = date.split('-').map(Number);
    return y && m && d ? new Date(y, m - 1, d + addDays).getTime() : NaN;
  };
  const from = midnight(first);
  const to = Math.min(now, midnight(last, 1));
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from || to - from > 366 * DAY) return null;
  return { from, to };
}

/** A day as the date inputs want it ('YYYY-MM-DD', local). */
export function dateInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The period just before, of the same length. */
export function previousPeriod({ from, to }: { from: number; to: number }): { from: number; to: number } {
  return { from: from - (to - from), to: from };
}

/** Change from `previous` to `current` in whole percent; null when there is nothing to compare with. */
export function changePercent(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return Math.round(((current - previous) / previous) * 100);
}

/** A heatmap cell's shade 0–4 (0: none), relative to the busiest cell. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

/** "4 min", "16.1 hr", "2.5 days" in the merchant's language; '—' for none. */
export function formatDuration(ms: number | null, locale: string | undefined): string {
  if (ms === null) return '—';
  const minutes = ms / 60_000;
  const unit = (value: number, u: 'second' | 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (minutes < 1) return unit(Math.round(ms / 1000), 'second');
  if (minutes < 60) return unit(Math.round(minutes * 10) / 10, 'minute');
  if (minutes < 48 * 60) return unit(minutes / 60, 'hour');
  return unit(minutes / 1440, 'day');
}

/** A share 0–1 as a percentage; '—' for none. */
export function formatShare(share: number | null, locale: string | undefined): string {
  return share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The self-service funnel's steps, each within the one before: visits, then read or asked, then self-served, then said it helped. */
export function funnelSteps(s: { sessions: number; outcomes: { confirmed: number; abandoned: number }; selfServed: number }): { step: 'sessions' | 'answered' | 'selfServed' | 'confirmed'; value: number }[] {
  return [
    { step: 'sessions', value: s.sessions },
    { step: 'answered', value: s.sessions - s.outcomes.abandoned },
    { step: 'selfServed', value: s.selfServed },
    { step: 'confirmed', value: s.outcomes.confirmed },
  ];
}

/** Conversations per weekday (0 = Sunday), added up from the busiest-hours grid, Monday first. */
export function byWeekday(busiestHours: ReadonlyArray<ReadonlyArray<{ conversations: number }>>): { weekday: number; conversations: number }[] {
  return MONDAY_FIRST.map((weekday) => ({ weekday, conversations: (busiestHours[weekday] ?? []).reduce((sum, cell) => sum + cell.conversations, 0) }));
}

/** How a help-center visit ended, in the order both the Analytics tab and the Help center tab list them, each with its words. */
export const OUTCOMES: ReadonlyArray<readonly [SelfServiceOutcome, TextKey]> = [
  ['confirmed', 'help.outcomeConfirmed'],
  ['assumed', 'help.outcomeAssumed'],
  ['handed', 'help.outcomeHanded'],
  ['abandoned', 'help.outcomeAbandoned'],
];
