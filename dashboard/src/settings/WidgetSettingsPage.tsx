/**
 * The widget's look: team name and greeting (also per language), accent colour (with the
 * text colour the widget will use on it, for contrast), and where the launcher sits, beside
 * a live preview of the real widget drawn from what is typed, before it is saved. Saved to
 * the API, which also updates the site's embedded script.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Button, Card, Checkbox, Dropdown, FormField, Input, InputArea, NumberInput, RadioGroup, SectionHelper, Text } from 'wix-style-react';
import type { WidgetSettings } from '@kotha/common/contract/schemas.ts';
import { themeFor } from '@kotha/common/theme.ts';
import { LOCALES } from '@kotha/common/locales/catalog.ts';
import type { ApiClient } from '../api-client.ts';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';
import { LoadFailed, Loading } from '../components/LoadStates.tsx';
import { CardTitle, SettingsPage } from '../components/SettingsPage.tsx';
import { LocalizedTextsField } from './LocalizedTextsField.tsx';
import { WidgetPreview } from './WidgetPreview.tsx';
import './widget-settings.css';

/** The widget's 36 languages, each named in itself, after the automatic choice. */
function languageChoices() {
  return [
    { id: '', value: t('widget.languageAuto') },
    ...LOCALES.map((code) => ({ id: code, value: `${new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code} (${code})` })),
  ];
}

type Status = { kind: 'idle' | 'saving' } | { kind: 'saved'; embedded: boolean } | { kind: 'error'; message: string };

/**
 * The site runs an older version of Kotha, so Wix keeps its old embed: what that changes
 * and how the owner updates the app.
 */
function UpdateInWix() {
  return (
    <SectionHelper appearance="warning" title={t('widget.updateTitle')} dataHook="widget-update-required">
      {t('widget.updateBody')}
    </SectionHelper>
  );
}

export function WidgetSettingsPage({ api, onSaved }: { api: ApiClient; onSaved(text: string): void }) {
  const [settings, setSettings] = useState<WidgetSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [updateRequired, setUpdateRequired] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Named once per visit to this tab, not when the dashboard starts.
  const languages = useMemo(languageChoices, []);
  const fetchSettings = useCallback(() => {
    setLoadError(null);
    api.widgetSettings().then(
      (r) => {
        setSettings(r.settings);
        setUpdateRequired(r.updateRequired === true);
      },
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, [api]);
  useEffect(fetchSettings, [fetchSettings]);
  if (!settings) {
    return (
      <SettingsPage title={t('tabs.widget')} dataHook="widget-settings">
        {loadError ? <LoadFailed title={t('widget.loadError', { reason: loadError })} onRetry={fetchSettings} /> : <Loading text={t('widget.loading')} />}
      </SettingsPage>
    );
  }

  const set = (change: Partial<WidgetSettings>) => setSettings({ ...settings, ...change });
  const theme = themeFor(settings.accentColor);
  async function save() {
    if (!settings) return;
    setStatus({ kind: 'saving' });
    try {
      const result = await api.saveWidgetSettings(settings);
      setSettings(result.settings);
      setUpdateRequired(result.updateRequired === true);
      setStatus({ kind: 'saved', embedded: result.embedded });
      onSaved(t('widget.saved'));
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  }

  return (
    <SettingsPage title={t('tabs.widget')} dataHook="widget-settings" wide>
      {updateRequired ? <UpdateInWix /> : null}
      <div className="kotha-widget-settings">
        <Card>
          <Card.Header title={<CardTitle>{t('widget.title')}</CardTitle>} subtitle={t('widget.subtitle')} />
          <Card.Content>
            <Box direction="vertical" gap="SP4">
              <FormField label={t('widget.teamName')} required>
                <Input dataHook="widget-team" value={settings.teamName} maxLength={60} onChange={(e) => set({ teamName: e.target.value })} />
              </FormField>
              <FormField label={t('widget.greeting')}>
                <InputArea dataHook="widget-greeting" value={settings.greeting} rows={2} maxLength={300} onChange={(e) => set({ greeting: e.target.value })} />
              </FormField>
              <LocalizedTextsField value={settings.localized ?? []} onChange={(localized) => set({ localized })} />
              <FormField label={t('widget.accent')}>
                <Box gap="SP3" verticalAlign="middle">
                  <input type="color" data-hook="widget-accent" aria-label={t('widget.accent')} value={settings.accentColor} onChange={(e) => set({ accentColor: e.target.value })} />
                  <span className="kotha-accent-preview" data-hook="widget-accent-preview" style={{ background: theme.accent, color: theme.onAccent }}>
                    {t('widget.accentSample')}
                  </span>
                  <Text size="small" secondary>
                    {t(theme.onAccent === '#ffffff' ? 'widget.contrastWhite' : 'widget.contrastDark')}
                  </Text>
                </Box>
              </FormField>
              <FormField label={t('widget.launcherText')}>
                <Input dataHook="widget-launcher-text" value={settings.launcherText} maxLength={30} onChange={(e) => set({ launcherText: e.target.value })} />
              </FormField>
              <FormField label={t('widget.language')}>
                <Dropdown
                  dataHook="widget-locale"
                  options={languages}
                  selectedId={settings.locale}
                  onSelect={(option: { id: string | number }) => set({ locale: String(option.id) as WidgetSettings['locale'] })}
                />
              </FormField>
              <FormField label={t('widget.corner')}>
                <RadioGroup value={settings.launcherSide} onChange={(value) => set({ launcherSide: value as WidgetSettings['launcherSide'] })} dataHook="widget-side">
                  <RadioGroup.Radio value="auto">{t('widget.cornerAuto')}</RadioGroup.Radio>
                  <RadioGroup.Radio value="right">{t('widget.cornerRight')}</RadioGroup.Radio>
                  <RadioGroup.Radio value="left">{t('widget.cornerLeft')}</RadioGroup.Radio>
                </RadioGroup>
              </FormField>
              <FormField label={t('widget.offset')}>
                <NumberInput dataHook="widget-offset" value={settings.launcherOffset} min={0} max={200} step={4} onChange={(value) => set({ launcherOffset: Math.max(0, Math.min(200, Math.round(Number(value) || 0))) })} />
              </FormField>
              <Checkbox checked={settings.requireEmail} dataHook="widget-require-email" onChange={() => set({ requireEmail: !settings.requireEmail })}>
                {t('widget.requireEmail')}
              </Checkbox>
              <Checkbox checked={settings.sound} dataHook="widget-sound" onChange={() => set({ sound: !settings.sound })}>
                {t('widget.sound')}
              </Checkbox>
              {status.kind === 'error' ? <Text skin="error" role="alert">{status.message}</Text> : null}
              {status.kind === 'saved' && !status.embedded && !updateRequired ? (
                <Text size="small" skin="standard" role="status">
                  {t('widget.savedNotEmbedded')}
                </Text>
              ) : null}
              <Box gap="SP2" verticalAlign="middle">
                <Button size="small" dataHook="widget-save" disabled={status.kind === 'saving' || !settings.teamName.trim()} onClick={() => void save()}>
                  {t(status.kind === 'saving' ? 'common.saving' : 'common.save')}
                </Button>
                {status.kind === 'saved' ? <Text size="small" secondary dataHook="widget-saved" role="status">{t('common.saved')}</Text> : null}
              </Box>
            </Box>
          </Card.Content>
        </Card>
        <div className="kotha-widget-settings-preview">
          <WidgetPreview settings={settings} />
        </div>
      </div>
    </SettingsPage>
  );
}
