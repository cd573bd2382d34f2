import type { WidgetConfig } from '../protocol';

/** The parts of the loader's `<script>` element the config is read from. */
export interface ScriptLike {
  src: string;
  dataset: Record<string, string | undefined>;
}

/**
 * Reads the embed's configuration from the loader's script tag.
 * Returns null when the embed is unusable (no site id), so the caller can warn and stop.
 */
export function readConfig(script: ScriptLike, fallbackLocale: string): WidgetConfig | null {
  const siteId = script.dataset.site?.trim();
  if (!siteId) return null;
  // Without data-api the API is assumed to sit beside the static files, under /api.
  const api = script.dataset.api?.trim() || `${new URL(script.src).origin}/api`;
  return {
    siteId,
    api: api.replace(/\/+$/, ''),
    locale: script.dataset.locale?.trim() || fallbackLocale || 'en',
  };
}
