import { decodeEmbedConfig } from '@kotha/common/embed-config';
import { matchLocale } from '@kotha/common/locales/match';
import type { WidgetConfig } from '../protocol';

/** The parts of the loader's `<script>` element the config is read from. */
export interface ScriptLike {
  src: string;
  dataset: Record<string, string | undefined>;
}

/** What the page and browser say about language: `<html lang>` and `navigator.languages`. */
export interface PageLanguages {
  lang: string;
  languages: readonly string[];
}

/**
 * The embed's settings by name: from the one `data-config` value Kotha embeds today
 * (common/embed-config.ts), else from the `data-*` attributes of the legacy embed, which
 * sites not yet updated on Wix still have (and any page that embeds the loader by hand).
 */
export function embedData(dataset: ScriptLike['dataset']): ScriptLike['dataset'] {
  // Its other attributes (data-api) stay: they are the template's, not the site's.
  return { ...dataset, ...decodeEmbedConfig(dataset.config) };
}

/**
 * Reads the embed's configuration from the loader's script tag (its dataset as `embedData` gives it).
 * Returns null when the embed is unusable (no site id), so the caller can warn and stop.
 */
export function readConfig(script: ScriptLike, page: PageLanguages): WidgetConfig | null {
  const siteId = script.dataset.site?.trim();
  if (!siteId) return null;
  // Without data-api the API is assumed to sit beside the static files, under /api.
  const api = script.dataset.api?.trim() || `${new URL(script.src).origin}/api`;
  const side = script.dataset.side?.trim().toLowerCase();
  const hex = (value: string | undefined) => (value && /^#[0-9a-f]{6}$/i.test(value) ? value : null);
  const offset = Number(script.dataset.offset);
  return {
    siteId,
    api: api.replace(/\/+$/, ''),
    // The site's language first (the merchant's choice, then the page's), the shopper's browser after.
    locale: matchLocale([script.dataset.locale, page.lang, ...page.languages]),
    side: side === 'left' || side === 'right' ? side : null,
    offset: offset > 0 && offset <= 200 ? Math.round(offset) : 0,
    accent: hex(script.dataset.accent),
    onAccent: hex(script.dataset.onAccent),
    label: (script.dataset.label ?? '').trim().slice(0, 30),
  };
}
