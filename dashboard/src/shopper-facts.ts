/** The shopper context as the lines the team reads: pure, so it is tested without a browser. */
import type { ShopperContext } from '@kotha/common/contract/visits.ts';
import { formatRelativeTime } from './relative-time.ts';
import { perLocale, t, textOf } from './i18n/i18n.ts';
import type { TextKey } from './i18n/en.ts';

export interface Fact {
  label: string;
  value: string;
}

/** Their local time, e.g. "9:05 PM (Asia/Dhaka)"; null when the zone is unknown or invalid. */
export function localTime(timeZone: string | null, now: number, locale: string | undefined): string | null {
  if (!timeZone) return null;
  try {
    return `${new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(now)} (${timeZone})`;
  } catch {
    return null;
  }
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language tag in words, in the dashboard's language: "bn" → "Bengali". */
export function languageName(tag: string | null, locale: string | undefined): string | null {
  if (!tag) return null;
  try {
    return perLocale(languageNames, locale ?? '', (l) => new Intl.DisplayNames(l ? [l] : undefined, { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Bowser's platform type in words; an unknown type as it came. */
const DEVICE_TYPES: Readonly<Record<string, TextKey>> = {
  desktop: 'shopper.deviceDesktop',
  mobile: 'shopper.deviceMobile',
  tablet: 'shopper.deviceTablet',
  tv: 'shopper.deviceTv',
};

function deviceType(type: string | null | undefined): string | null {
  return type ? (textOf(DEVICE_TYPES, type.toLowerCase()) ?? type) : null;
}

export function shopperFacts(context: ShopperContext, now: number, locale: string | undefined): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: string | null) => {
    if (value) facts.push({ label, value });
  };
  add(t('shopper.localTime'), localTime(context.timeZone, now, locale));
  add(t('shopper.language'), languageName(context.language, locale));
  const { browser, os, type } = context.device;
  add(t('shopper.device'), [deviceType(type), browser, os && t('shopper.onSystem', { system: os })].filter(Boolean).join(' · ') || null);
  add(t('shopper.cameFrom'), context.referrer ? hostOf(context.referrer) : null);
  add(t('shopper.firstSeen'), context.firstSeenAt ? formatRelativeTime(context.firstSeenAt, now, locale) : null);
  return facts;
}

export function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host + (parsed.pathname === '/' ? '' : parsed.pathname);
  } catch {
    return url;
  }
}
