/**
 * The team name and greeting in other languages: one pair of fields per language the
 * merchant adds. A shopper whose chat is in one of them reads those words; an empty field
 * falls back to the default team name or greeting.
 */
import { useMemo } from 'react';
import { Box, Dropdown, FormField, Input, InputArea, Text, TextButton } from 'wix-style-react';
import type { LocalizedTexts } from '@kotha/common/contract/schemas.ts';
import { LOCALES } from '@kotha/common/locales/catalog.ts';
import { t } from '../i18n/i18n.ts';

/** A widget language named in the dashboard's language ("Bengali"), falling back to its code. */
function languageNamer(): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' });
  } catch {
    names = null;
  }
  return (code) => names?.of(code) ?? code;
}

export function LocalizedTextsField({ value, onChange }: { value: readonly LocalizedTexts[]; onChange(next: LocalizedTexts[]): void }) {
  const nameOf = useMemo(languageNamer, []);
  const added = new Set(value.map((texts) => texts.locale));
  // Each language named in itself, as in the chat-language list, so a merchant finds their shoppers' one.
  const choices = LOCALES.filter((code) => !added.has(code)).map((code) => ({
    id: code,
    value: `${new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code} (${code})`,
  }));
  const change = (locale: string, patch: Partial<LocalizedTexts>) => onChange(value.map((texts) => (texts.locale === locale ? { ...texts, ...patch } : texts)));

  return (
    <FormField label={t('widget.otherLanguages')} dataHook="widget-localized">
      <Box direction="vertical" gap="SP3">
        <Text size="small" secondary>
          {t('widget.otherLanguagesHint')}
        </Text>
        {value.map(({ locale, teamName, greeting }) => {
          const language = nameOf(locale);
          return (
            <div key={locale} className="kotha-localized" data-hook="widget-localized-language" data-locale={locale}>
              <FormField label={t('widget.teamNameIn', { language })}>
                <Input dataHook={`widget-localized-team-${locale}`} value={teamName} maxLength={60} onChange={(e) => change(locale, { teamName: e.target.value })} />
              </FormField>
              <FormField label={t('widget.greetingIn', { language })}>
                <InputArea dataHook={`widget-localized-greeting-${locale}`} value={greeting} rows={2} maxLength={300} onChange={(e) => change(locale, { greeting: e.target.value })} />
              </FormField>
              <TextButton size="small" skin="destructive" dataHook={`widget-localized-remove-${locale}`} onClick={() => onChange(value.filter((texts) => texts.locale !== locale))}>
                {t('widget.removeLanguage', { language })}
              </TextButton>
            </div>
          );
        })}
        <Dropdown
          // A fresh, empty picker after each language added.
          key={value.length}
          dataHook="widget-localized-add"
          placeholder={t('widget.addLanguage')}
          ariaLabel={t('widget.addLanguage')}
          options={choices}
          onSelect={(option: { id: string | number }) => onChange([...value, { locale: String(option.id) as LocalizedTexts['locale'], teamName: '', greeting: '' }])}
        />
      </Box>
    </FormField>
  );
}
