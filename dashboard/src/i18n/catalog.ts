/**
 * The languages the dashboard speaks: every language Wix's dashboard offers (Wix passes
 * it as `?locale=`), plus Bengali, Telugu, Arabic and Hebrew. English ships in the main
 * bundle; every other file is its own chunk, fetched once before the first render.
 */
import type { DashboardTexts } from './en.ts';

type Loader = () => Promise<{ default: DashboardTexts }>;

export const DASHBOARD_LOADERS: Readonly<Record<string, Loader>> = {
  ar: () => import('./locales/ar.ts'),
  bn: () => import('./locales/bn.ts'),
  cs: () => import('./locales/cs.ts'),
  da: () => import('./locales/da.ts'),
  de: () => import('./locales/de.ts'),
  es: () => import('./locales/es.ts'),
  fr: () => import('./locales/fr.ts'),
  he: () => import('./locales/he.ts'),
  hi: () => import('./locales/hi.ts'),
  id: () => import('./locales/id.ts'),
  it: () => import('./locales/it.ts'),
  ja: () => import('./locales/ja.ts'),
  ko: () => import('./locales/ko.ts'),
  nb: () => import('./locales/nb.ts'),
  nl: () => import('./locales/nl.ts'),
  pl: () => import('./locales/pl.ts'),
  pt: () => import('./locales/pt.ts'),
  ru: () => import('./locales/ru.ts'),
  sv: () => import('./locales/sv.ts'),
  te: () => import('./locales/te.ts'),
  th: () => import('./locales/th.ts'),
  tr: () => import('./locales/tr.ts'),
  uk: () => import('./locales/uk.ts'),
  vi: () => import('./locales/vi.ts'),
  'zh-CN': () => import('./locales/zh-CN.ts'),
  'zh-TW': () => import('./locales/zh-TW.ts'),
};

/** English, then every language with a file. */
export const DASHBOARD_LOCALES: readonly string[] = ['en', ...Object.keys(DASHBOARD_LOADERS)];
