/**
 * The dashboard's words in the merchant's language. `loadDashboardLanguage` picks the
 * language once, from Wix's `?locale=`, before the first render; `t` then reads the
 * chosen texts, falling back to English for anything missing. Numbers in texts are
 * written the language's way (Bengali digits in Bengali).
 */
import { fill as fillSlots, pluralForm as formFor, type PluralForms } from '@kotha/common/i18n.ts';
import { matchLocale } from '@kotha/common/locales/match.ts';
import { DASHBOARD_LOADERS, DASHBOARD_LOCALES } from './catalog.ts';
import en, { type DashboardTexts, type TextKey } from './en.ts';

/** The language the dashboard speaks now, and its texts. */
let active: { locale: string; texts: DashboardTexts } = { locale: 'en', texts: en };

/** The supported locale for Wix's `?locale=` (`pt-BR` → `pt`, `zh` → `zh-CN`, `no` → `nb`); English when none fits. */
export function dashboardLocaleFor(requested: string | undefined): string {
  return matchLocale([requested], DASHBOARD_LOCALES);
}

/**
 * Switches the dashboard's texts to the best match for `requested`, English if that
 * language fails to load; resolves with the locale the texts are now in.
 */
export async function loadDashboardLanguage(requested: string | undefined): Promise<string> {
  const locale = dashboardLocaleFor(requested);
  const load = DASHBOARD_LOADERS[locale];
  try {
    active = load ? { locale, texts: (await load()).default } : { locale: 'en', texts: en };
  } catch {
    active = { locale: 'en', texts: en };
  }
  return active.locale;
}

/**
 * The page's `lang`: the language its texts are in, keeping Wix's regional tag when it is
 * that language (`bn-BD`), so screen readers pronounce it right; never a language the page
 * is not written in (`tlh` falls back to `en`).
 */
export function pageLang(requested: string | undefined, locale: string): string {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return requested && base(requested) === base(locale) ? requested : locale;
}

/** The text for `code` in a table of codes (error codes, device types…), or undefined when the table has no such code. */
export function textOf(table: Readonly<Record<string, TextKey>>, code: string): string | undefined {
  const key = table[code];
  return key ? t(key) : undefined;
}

type Values = Readonly<Record<string, string | number>>;

/** One formatter per locale: `t` runs for every row of the list on every render. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
/** The formatter `cache` holds for `locale`, made the first time it is asked for. */
export function perLocale<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make(locale)));
  return value;
}

/** Fills `{slot}`s (the shared `fill`), writing numbers in the language's digits. */
export function fill(template: string, values: Values = {}, locale = active.locale): string {
  const numbers = perLocale(numberFormats, locale, (l) => new Intl.NumberFormat(l));
  const written = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]));
  return fillSlots(template, written);
}

/** The plural form of `forms` for `count` in `locale`, `other` when the locale has no such form. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  return formFor(forms, perLocale(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count));
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name (ISO 3166 code) in the dashboard's language: "Bangladesh", "বাংলাদেশ"; the code itself if unknown. */
export function countryName(code: string): string {
  try {
    return perLocale(regionNames, active.locale, (l) => new Intl.DisplayNames([l], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A dashboard text in the current language, its `{slots}` filled from `values`. A plural
 * text takes its form from `values.count`.
 */
export function t(key: TextKey, values?: Values): string {
  const text: string | PluralForms = active.texts[key] ?? en[key];
  if (typeof text === 'string') return fill(text, values);
  const count = Number(values?.count ?? 0);
  return fill(pluralForm(text, count, active.locale), values);
}
