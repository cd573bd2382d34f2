/**
 * The widget's look: team name, greeting, accent colour (with the text colour the widget
 * will use on it, for contrast), and where the launcher sits. Saved to the API, which also
 * updates the site's embedded script.
 */
import { useEffect, useMemo, useState } from 'react';
import { Box, Button, Card, Checkbox, Dropdown, FormField, Input, InputArea, Loader, NumberInput, RadioGroup, Text } from 'wix-style-react';
import type { WidgetSettings } from '../../../functions/src/contract/api.ts';
import { themeFor } from '../../../widget/src/panel/theme.ts';
import { LOCALES } from '../../../widget/src/locales/catalog.ts';
import type { ApiClient } from '../api-client.ts';
import { errorMessage } from '../error-message.ts';

/** The widget's 36 languages, each named in itself, after the automatic choice. */
function languageChoices() {
  return [
    { id: '', value: 'Automatic: the site’s language, else the shopper’s' },
    ...LOCALES.map((code) => ({ id: code, value: `${new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code} (${code})` })),
  ];
}

type Status = { kind: 'idle' | 'saving' } | { kind: 'saved'; embedded: boolean } | { kind: 'error'; message: string };

export function WidgetSettingsPage({ api, onSaved }: { api: ApiClient; onSaved(text: string): void }) {
  const [settings, setSettings] = useState<WidgetSettings | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Named once per visit to this tab, not when the dashboard starts.
  const languages = useMemo(languageChoices, []);
  useEffect(() => {
    api.widgetSettings().then(
      (r) => setSettings(r.settings),
      (e: unknown) => setStatus({ kind: 'error', message: errorMessage(e) }),
    );
  }, [api]);
  if (!settings) return status.kind === 'error' ? <Text skin="error" role="alert">{status.message}</Text> : <Loader size="small" />;

  const set = (change: Partial<WidgetSettings>) => setSettings({ ...settings, ...change });
  const theme = themeFor(settings.accentColor);
  async function save() {
    if (!settings) return;
    setStatus({ kind: 'saving' });
    try {
      const result = await api.saveWidgetSettings(settings);
      setSettings(result.settings);
      setStatus({ kind: 'saved', embedded: result.embedded });
      onSaved('Widget saved');
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  }

  return (
    <main className="kotha-settings" data-hook="widget-settings">
      <Card>
        <Card.Header title="Your chat widget" subtitle="How the chat looks to shoppers on your site." />
        <Card.Content>
          <Box direction="vertical" gap="SP4">
            <FormField label="Team name (shown at the top of the chat)" required>
              <Input dataHook="widget-team" value={settings.teamName} maxLength={60} onChange={(e) => set({ teamName: e.target.value })} />
            </FormField>
            <FormField label="Greeting (the first thing shoppers read)">
              <InputArea dataHook="widget-greeting" value={settings.greeting} rows={2} maxLength={300} onChange={(e) => set({ greeting: e.target.value })} />
            </FormField>
            <FormField label="Accent colour">
              <Box gap="SP3" verticalAlign="middle">
                <input type="color" data-hook="widget-accent" aria-label="Accent colour" value={settings.accentColor} onChange={(e) => set({ accentColor: e.target.value })} />
                <span className="kotha-accent-preview" data-hook="widget-accent-preview" style={{ background: theme.accent, color: theme.onAccent }}>
                  Aa · Chat
                </span>
                <Text size="small" secondary>
                  The widget picks {theme.onAccent === '#ffffff' ? 'white' : 'dark'} text on this colour, so it stays readable.
                </Text>
              </Box>
            </FormField>
            <FormField label="Words beside the launcher icon (optional, e.g. “Chat with us”)">
              <Input dataHook="widget-launcher-text" value={settings.launcherText} maxLength={30} onChange={(e) => set({ launcherText: e.target.value })} />
            </FormField>
            <FormField label="Language of the chat">
              <Dropdown
                dataHook="widget-locale"
                options={languages}
                selectedId={settings.locale}
                onSelect={(option: { id: string | number }) => set({ locale: String(option.id) })}
              />
            </FormField>
            <FormField label="Launcher corner">
              <RadioGroup value={settings.launcherSide} onChange={(value) => set({ launcherSide: value as WidgetSettings['launcherSide'] })} dataHook="widget-side">
                <RadioGroup.Radio value="auto">Bottom right (bottom left for right-to-left languages)</RadioGroup.Radio>
                <RadioGroup.Radio value="right">Bottom right</RadioGroup.Radio>
                <RadioGroup.Radio value="left">Bottom left</RadioGroup.Radio>
              </RadioGroup>
            </FormField>
            <FormField label="Raise the launcher by (pixels), to clear your own buttons">
              <NumberInput dataHook="widget-offset" value={settings.launcherOffset} min={0} max={200} step={4} onChange={(value) => set({ launcherOffset: Math.max(0, Math.min(200, Math.round(Number(value) || 0))) })} />
            </FormField>
            <Checkbox checked={settings.requireEmail} dataHook="widget-require-email" onChange={() => set({ requireEmail: !settings.requireEmail })}>
              Ask for the shopper's email address with their first message (otherwise it is asked after, and they may skip it)
            </Checkbox>
            <Checkbox checked={settings.sound} dataHook="widget-sound" onChange={() => set({ sound: !settings.sound })}>
              Play a soft sound for the shopper when a reply arrives while the chat is closed
            </Checkbox>
            {status.kind === 'error' ? <Text skin="error" role="alert">{status.message}</Text> : null}
            {status.kind === 'saved' && !status.embedded ? (
              <Text size="small" skin="standard" role="status">
                Saved. Wix did not take the new launcher look just now; it is applied when the chat opens and in the site within the hour.
              </Text>
            ) : null}
            <Box gap="SP2" verticalAlign="middle">
              <Button size="small" dataHook="widget-save" disabled={status.kind === 'saving' || !settings.teamName.trim()} onClick={() => void save()}>
                {status.kind === 'saving' ? 'Saving…' : 'Save'}
              </Button>
              {status.kind === 'saved' ? <Text size="small" secondary dataHook="widget-saved" role="status">Saved</Text> : null}
            </Box>
          </Box>
        </Card.Content>
      </Card>
    </main>
  );
}
