/** The accent used when the merchant's setting is missing or not a colour we can check. */
export const DEFAULT_ACCENT = '#1f5fbf';

export interface Theme {
  accent: string;
  /** Text colour on the accent: whichever of white or near-black contrasts more. */
  onAccent: string;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** WCAG relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const channels = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const DARK_TEXT = '#111114';
const LIGHT_TEXT = '#ffffff';

/**
 * The panel's colours from the merchant's accent. Only hex colours are accepted: they can
 * be checked for contrast, and nothing else from settings ever reaches a style property.
 */
export function themeFor(accentColor: string | null | undefined): Theme {
  const accent = accentColor && HEX.test(accentColor.trim()) ? accentColor.trim() : DEFAULT_ACCENT;
  const l = luminance(accent);
  // Contrast ratios against white (l = 1) and against the dark text (l ≈ 0.0056).
  const withLight = 1.05 / (l + 0.05);
  const withDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
  return { accent, onAccent: withLight >= withDark ? LIGHT_TEXT : DARK_TEXT };
}
