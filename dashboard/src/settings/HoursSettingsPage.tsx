/**
 * Business hours settings (wix-style-react): the weekly hours with several periods a
 * day, holidays and special dates, the time zone, what the widget does outside hours,
 * the away and reply-time texts, and the follow-ups for shoppers who wait.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Button, Card, Checkbox, Dropdown, FormField, Input, InputArea, NumberInput, RadioGroup, Text, TextButton, ToggleSwitch } from 'wix-style-react';
import type { HoursSettings, OutsideHours } from '@kotha/common/contract/hours-schemas.ts';
import type { Period, Schedule, Weekday } from '@kotha/common/schedule/model.ts';
import type { ApiClient } from '../api-client.ts';
import { addException, addPeriod, removeException, removePeriod, setExceptionHours, startingSchedule, timeZoneChoices, updatePeriod, weekdays } from './hours-form.ts';
import { t } from '../i18n/i18n.ts';
import { errorMessage } from '../error-message.ts';
import { formatCalendarDate } from '../calendar-date.ts';
import { LoadFailed, Loading } from '../components/LoadStates.tsx';
import { CardTitle, SettingsPage } from '../components/SettingsPage.tsx';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** This browser's zone: where new hours start only when Wix keeps no zone for the site. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Which zone the hours are in, said under the picker: the site's (from Wix), this
 * browser's (Wix has none for the site), or another, with the site's one offered.
 */
function ZoneNote({ zone, siteZone, onUse }: { zone: string; siteZone: string | null; onUse(zone: string): void }) {
  if (siteZone === zone) return <Text size="small" secondary dataHook="zone-note">{t('hours.zoneIsSite')}</Text>;
  if (!siteZone) return <Text size="small" secondary dataHook="zone-note">{t(zone === browserZone() ? 'hours.zoneIsBrowser' : 'hours.zoneNoSite')}</Text>;
  return (
    <Box gap="SP2" verticalAlign="middle" flexWrap="wrap" dataHook="zone-note">
      <Text size="small" secondary>{t('hours.zoneDiffers', { zone: siteZone })}</Text>
      <TextButton size="small" dataHook="use-site-zone" onClick={() => onUse(siteZone)}>
        {t('hours.useSiteZone')}
      </TextButton>
    </Box>
  );
}
/** An empty text box means "let Kotha decide" (null), never an empty message. */
const textOrNull = (value: string) => (value.trim() ? value : null);

function PeriodRow(props: { period: Period; label: string; hook: string; onChange(change: Partial<Period>): void; onRemove(): void }) {
  return (
    <Box gap="SP2" verticalAlign="middle" flexWrap="wrap" dataHook={props.hook}>
      <Input size="small" type="time" value={props.period.start} ariaLabel={t('hours.opensAt', { day: props.label })} dataHook="period-start" onChange={(e: React.ChangeEvent<HTMLInputElement>) => props.onChange({ start: e.target.value })} />
      <Text size="small">{t('hours.to')}</Text>
      <Input size="small" type="time" value={props.period.end === '24:00' ? '23:59' : props.period.end} ariaLabel={t('hours.closesAt', { day: props.label })} dataHook="period-end" onChange={(e: React.ChangeEvent<HTMLInputElement>) => props.onChange({ end: e.target.value === '23:59' ? '24:00' : e.target.value })} />
      <TextButton size="small" skin="destructive" ariaLabel={t('hours.removePeriod', { day: props.label, start: props.period.start, end: props.period.end })} onClick={props.onRemove}>
        {t('common.remove')}
      </TextButton>
    </Box>
  );
}

function WeeklyHours({ schedule, days, onChange }: { schedule: Schedule; days: ReturnType<typeof weekdays>; onChange(next: Schedule): void }) {
  return (
    <Box direction="vertical" gap="SP3">
      {days.map(({ key, label }) => {
        const periods = schedule.weekly[key as Weekday] ?? [];
        return (
          // Wraps on a phone: the day above its hours.
          <Box key={key} gap="SP4" verticalAlign="top" flexWrap="wrap" dataHook={`day-${key}`}>
            <Box width="110px" paddingTop="SP1">
              <Text weight="bold">{label}</Text>
            </Box>
            <Box direction="vertical" gap="SP2">
              {periods.length === 0 ? <Text secondary size="small">{t('hours.closed')}</Text> : null}
              {periods.map((period, index) => (
                <PeriodRow key={index} period={period} label={label} hook="period" onChange={(change) => onChange(updatePeriod(schedule, key, index, change))} onRemove={() => onChange(removePeriod(schedule, key, index))} />
              ))}
              <TextButton size="small" dataHook={`add-period-${key}`} onClick={() => onChange(addPeriod(schedule, key))}>
                {t(periods.length ? 'hours.addMore' : 'hours.add')}
              </TextButton>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

function SpecialDates({ schedule, locale, onChange }: { schedule: Schedule; locale: string | undefined; onChange(next: Schedule): void }) {
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  return (
    <Box direction="vertical" gap="SP3">
      {(schedule.exceptions ?? []).map((e) => {
        const periods = 'periods' in e ? e.periods : null;
        // The day in the merchant's language ("Monday, 14 April 2025"), not as stored.
        const day = formatCalendarDate(e.date, locale);
        return (
          <Box key={e.date} direction="vertical" gap="SP2" dataHook="special-date">
            <Box gap="SP3" verticalAlign="middle" flexWrap="wrap">
              <Text weight="bold" dataHook="special-date-day">
                <time dateTime={e.date}>{day}</time>
              </Text>
              {e.label ? <Text secondary>{e.label}</Text> : null}
              <Checkbox checked={periods !== null} onChange={() => onChange(setExceptionHours(schedule, e.date, periods ? null : [{ start: '10:00', end: '14:00' }]))}>
                {t('hours.specialHours')}
              </Checkbox>
              <TextButton size="small" skin="destructive" onClick={() => onChange(removeException(schedule, e.date))}>
                {t('common.remove')}
              </TextButton>
            </Box>
            {periods?.map((period, index) => (
              <PeriodRow
                key={index}
                period={period}
                label={day}
                hook="special-period"
                onChange={(change) => onChange(setExceptionHours(schedule, e.date, periods.map((p, i) => (i === index ? { ...p, ...change } : p))))}
                onRemove={() => onChange(setExceptionHours(schedule, e.date, periods.filter((_, i) => i !== index)))}
              />
            ))}
          </Box>
        );
      })}
      {/* Wraps rather than squeezing the button's words out of it. */}
      <Box gap="SP2" verticalAlign="bottom" flexWrap="wrap">
        <FormField label={t('hours.date')}>
          <Input type="date" value={date} dataHook="new-date" onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDate(e.target.value)} />
        </FormField>
        <FormField label={t('hours.dateName')}>
          <Input value={label} placeholder={t('hours.dateNameExample')} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setLabel(e.target.value)} />
        </FormField>
        <Box flexShrink={0}>
          <Button
            size="small"
            priority="secondary"
            dataHook="add-date"
            disabled={!/^\d{4}-\d{2}-\d{2}$/.test(date)}
            onClick={() => {
              onChange(addException(schedule, date, label.trim() || undefined));
              setDate('');
              setLabel('');
            }}
          >
            {t('hours.addDate')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
}

export function HoursSettingsPage({ api, locale, onSaved }: { api: ApiClient; locale: string | undefined; onSaved?: () => void }) {
  const [settings, setSettings] = useState<HoursSettings | null>(null);
  const [siteZone, setSiteZone] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const fetchSettings = useCallback(() => {
    setLoadError(null);
    api.hoursSettings().then(
      ({ siteTimeZone, ...loaded }) => {
        setSiteZone(siteTimeZone);
        setSettings(loaded);
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    );
  }, [api]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // New hours start in the site's zone as Wix keeps it; this browser's only when Wix has none.
  const startZone = siteZone ?? browserZone();
  const zones = useMemo(() => timeZoneChoices(startZone).map((zone) => ({ id: zone, value: zone })), [startZone]);
  const days = useMemo(() => weekdays(locale), [locale]);

  useEffect(fetchSettings, [fetchSettings]);

  if (!settings) {
    return (
      <SettingsPage title={t('tabs.hours')} dataHook="hours-settings">
        {loadError ? <LoadFailed title={t('hours.loadError', { reason: loadError })} onRetry={fetchSettings} /> : <Loading text={t('hours.loading')} />}
      </SettingsPage>
    );
  }

  const change = (next: Partial<HoursSettings>) => {
    setSettings({ ...settings, ...next });
    setStatus({ kind: 'idle' });
  };
  const schedule = settings.schedule;

  async function save() {
    setStatus({ kind: 'saving' });
    try {
      setSettings(await api.saveHoursSettings(settings!));
      setStatus({ kind: 'saved' });
      onSaved?.();
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
    }
  }

  return (
    <SettingsPage title={t('tabs.hours')} dataHook="hours-settings">
      <Card>
        <Card.Header title={<CardTitle>{t('hours.whenTitle')}</CardTitle>} subtitle={t('hours.whenSubtitle')} />
        <Card.Content>
          <Box direction="vertical" gap="SP4">
            {/* The switch is named by what it does now. */}
            <label className="kotha-toggle">
              <ToggleSwitch
                dataHook="hours-enabled"
                checked={schedule !== null}
                onChange={() => change({ schedule: schedule ? null : startingSchedule(startZone) })}
              />
              <Text>{t(schedule ? 'hours.following' : 'hours.alwaysOpen')}</Text>
            </label>
            {schedule ? (
              <>
                <FormField label={t('hours.timeZone')}>
                  <Box direction="vertical" gap="SP1">
                    <Dropdown dataHook="time-zone" options={zones} selectedId={schedule.timeZone} onSelect={(option: { id: string | number }) => change({ schedule: { ...schedule, timeZone: String(option.id) } })} />
                    <ZoneNote zone={schedule.timeZone} siteZone={siteZone} onUse={(timeZone) => change({ schedule: { ...schedule, timeZone } })} />
                  </Box>
                </FormField>
                <WeeklyHours schedule={schedule} days={days} onChange={(next) => change({ schedule: next })} />
              </>
            ) : null}
          </Box>
        </Card.Content>
      </Card>
      {schedule ? (
        <Card>
          <Card.Header title={<CardTitle>{t('hours.specialTitle')}</CardTitle>} subtitle={t('hours.specialSubtitle')} />
          <Card.Content>
            <SpecialDates schedule={schedule} locale={locale} onChange={(next) => change({ schedule: next })} />
          </Card.Content>
        </Card>
      ) : null}
      <Card>
        <Card.Header title={<CardTitle>{t('hours.awayTitle')}</CardTitle>} />
        <Card.Content>
          <Box direction="vertical" gap="SP4">
            <FormField label={t('hours.outside')}>
              <RadioGroup value={settings.outsideHours} onChange={(value) => change({ outsideHours: value as OutsideHours })} dataHook="outside-hours">
                <RadioGroup.Radio value="take-message">{t('hours.takeMessage')}</RadioGroup.Radio>
                <RadioGroup.Radio value="show-hours">{t('hours.showHours')}</RadioGroup.Radio>
                <RadioGroup.Radio value="hide-launcher">{t('hours.hideLauncher')}</RadioGroup.Radio>
              </RadioGroup>
            </FormField>
            <FormField label={t('hours.awayMessage')} infoContent={t('hours.awayMessageInfo')}>
              <InputArea value={settings.awayMessage ?? ''} rows={2} maxLength={1000} dataHook="away-message" onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => change({ awayMessage: textOrNull(e.target.value) })} />
            </FormField>
            <FormField label={t('hours.merchantEmail')}>
              <Input type="email" value={settings.merchantEmail ?? ''} placeholder="you@yourshop.com" dataHook="merchant-email" onChange={(e: React.ChangeEvent<HTMLInputElement>) => change({ merchantEmail: textOrNull(e.target.value.trim()) })} />
            </FormField>
          </Box>
        </Card.Content>
      </Card>
      <Card>
        <Card.Header title={<CardTitle>{t('hours.waitTitle')}</CardTitle>} />
        <Card.Content>
          <Box direction="vertical" gap="SP4">
            <FormField label={t('hours.replyTime')} infoContent={t('hours.replyTimeInfo')}>
              <Input value={settings.replyTimeText ?? ''} placeholder={t('hours.replyTimeExample')} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => change({ replyTimeText: textOrNull(e.target.value) })} />
            </FormField>
            <FormField label={t('hours.autoReply')}>
              <InputArea value={settings.autoReply ?? ''} rows={2} maxLength={1000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => change({ autoReply: textOrNull(e.target.value) })} />
            </FormField>
            <Box gap="SP4" flexWrap="wrap">
              <FormField label={t('hours.reminder')}>
                <NumberInput value={settings.reminderMinutes} min={0} max={120} onChange={(value: number | null) => change({ reminderMinutes: value ?? 0 })} />
              </FormField>
              <FormField label={t('hours.notifyAfter')}>
                <NumberInput value={settings.notifyMerchantAfterMinutes} min={0} max={1440} onChange={(value: number | null) => change({ notifyMerchantAfterMinutes: value ?? 0 })} />
              </FormField>
              <FormField label={t('hours.autoClose')}>
                <NumberInput value={settings.autoCloseHours} min={0} max={720} onChange={(value: number | null) => change({ autoCloseHours: value ?? 0 })} />
              </FormField>
            </Box>
          </Box>
        </Card.Content>
      </Card>
      <Box gap="SP3" verticalAlign="middle">
        <Button dataHook="save-hours" disabled={status.kind === 'saving'} onClick={() => void save()}>
          {t(status.kind === 'saving' ? 'common.saving' : 'common.save')}
        </Button>
        <span role={status.kind === 'error' ? 'alert' : 'status'} data-hook="hours-status">
          {status.kind === 'saved' ? <Text skin="success">{t('hours.savedNote')}</Text> : null}
          {status.kind === 'error' ? <Text skin="error">{status.message}</Text> : null}
        </span>
      </Box>
    </SettingsPage>
  );
}
