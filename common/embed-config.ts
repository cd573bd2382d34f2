/**
 * The widget's settings as the embedded script carries them: one value, written by the
 * platform adapter and read by the loader. Wix accepts only alphanumeric values for an
 * embed's dynamic parameters, and adding a parameter is a major app version that a site
 * gets only when its owner clicks Update, so Kotha has one frozen parameter and packs
 * everything into it: `h` + the hex digits of the UTF-8 JSON. A new setting is a new JSON
 * field, never a new parameter; a new encoding would be a new leading letter. See
 * docs/architecture.md ("The platform port").
 */

/** The settings by name, as the loader reads them (the names of the legacy `data-*` attributes). */
export type EmbedConfig = Record<string, string>;

/** The one alphanumeric value that carries `config`. */
export function encodeEmbedConfig(config: EmbedConfig): string {
  let hex = 'h';
  for (const byte of new TextEncoder().encode(JSON.stringify(config))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The settings in `value`, or null when it is not a value `encodeEmbedConfig` wrote. Never throws. */
export function decodeEmbedConfig(value: string | undefined): EmbedConfig | null {
  if (!value || !/^h(?:[0-9a-f]{2})+$/.test(value)) return null;
  try {
    const config: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(value.slice(1).match(/../g)!.map((pair) => parseInt(pair, 16)))));
    return config && typeof config === 'object' && !Array.isArray(config) ? (config as EmbedConfig) : null;
  } catch {
    return null;
  }
}
