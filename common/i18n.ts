/**
 * The language core the widget, the dashboard and the emails share: filling `{slots}`,
 * picking a plural form, and the direction a language is written in. Pure and small, so
 * the widget ships only what it calls.
 */

/**
 * A text that depends on a number: one form per plural category of the locale's
 * Intl.PluralRules (English: one, other; Arabic: zero, one, two, few, many, other).
 * `other` is required as the fallback for a browser with older plural data.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type TextDirection = 'ltr' | 'rtl';

/** Fills `{name}` slots from `values`; an unknown slot is left visible, not silently dropped. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** The form for a plural category, or `other` when the forms lack it (plural data differs across browsers). */
export function pluralForm(forms: PluralForms, category: Intl.LDMLPluralRule): string {
  return forms[category] ?? forms.other;
}

/**
 * The languages Kotha speaks that are written right to left. A list rather than Intl's
 * text info, which some browsers lack; i18n.test.ts checks it against Intl.
 */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/** The direction a supported locale is written in. */
export function textDirection(locale: string): TextDirection {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}
