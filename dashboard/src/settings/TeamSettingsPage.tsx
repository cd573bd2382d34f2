/**
 * Team & tools: the agent's own profile (what shoppers see), labels, canned responses and
 * blocked shoppers. Every action confirms in place or in a Wix-style modal. Each card shows
 * the same three states while loading, when empty and when its load failed (with Try
 * again), never an empty list for a failed load.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Box, Button, Card, FormField, Heading, Input, InputArea, Text, TextButton, ToggleSwitch } from 'wix-style-react';
import { TEAM_LIMITS, type Agent, type BlockedShopper, type CannedResponse, type Label } from '@kotha/common/contract/team.ts';
import type { ApiClient } from '../api-client.ts';
import { ActionModal } from '../components/ActionModal.tsx';
import { Empty, LoadFailed, Loading } from '../components/LoadStates.tsx';
import { CardTitle, SettingsPage } from '../components/SettingsPage.tsx';
import type { LoadState } from '../inbox-state.ts';
import type { Team } from '../use-team.ts';
import { saveFile } from '../transcript.ts';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';


function ProfileSection({ api, onSaved }: { api: ApiClient; onSaved(text: string): void }) {
  const [agent, setAgent] = useState<Agent | null>(null);
  const [name, setName] = useState('');
  const [photo, setPhoto] = useState('');
  const [load, setLoad] = useState<LoadState>({ phase: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const fetchProfile = useCallback(() => {
    setLoad({ phase: 'loading' });
    api.me().then((r) => {
      setAgent(r.agent);
      setName(r.agent.displayName);
      setPhoto(r.agent.photoUrl ?? '');
      setLoad({ phase: 'ready' });
    }, (e: unknown) => setLoad({ phase: 'error', message: errorMessage(e) }));
  }, [api]);
  useEffect(fetchProfile, [fetchProfile]);
  async function save() {
    setError(null);
    setSaved(false);
    try {
      const { agent: stored } = await api.saveProfile({ displayName: name.trim(), photoUrl: photo.trim() || null });
      setAgent(stored);
      setSaved(true);
      onSaved(t('profile.saved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Card>
      <Card.Header title={<CardTitle>{t('profile.title')}</CardTitle>} subtitle={t('profile.subtitle')} />
      <Card.Content>
        {load.phase === 'loading' ? <Loading size="inline" /> : null}
        {load.phase === 'error' ? <LoadFailed size="inline" title={t('profile.loadError')} detail={load.message} onRetry={fetchProfile} dataHook="profile-load-error" /> : null}
        {load.phase === 'ready' ? (
          <Box direction="vertical" gap="SP3">
            <FormField label={t('profile.name')} required>
              <Input dataHook="profile-name" disabled={!agent} value={name} maxLength={TEAM_LIMITS.agentName} onChange={(e) => setName(e.target.value)} />
            </FormField>
            <FormField label={t('profile.photo')}>
              <Input dataHook="profile-photo" disabled={!agent} value={photo} placeholder="https://…" onChange={(e) => setPhoto(e.target.value)} />
            </FormField>
            {error ? <Text skin="error" role="alert">{error}</Text> : null}
            <Box gap="SP2" verticalAlign="middle">
              <Button size="small" dataHook="profile-save" disabled={!agent || !name.trim()} onClick={() => void save()}>
                {t('profile.save')}
              </Button>
              {saved ? <Text size="small" secondary dataHook="profile-saved" role="status">{t('common.saved')}</Text> : null}
            </Box>
          </Box>
        ) : null}
      </Card.Content>
    </Card>
  );
}

const LABEL_COLORS = ['#116dff', '#1a7f37', '#b42318', '#b54708', '#6941c6', '#0e7490', '#c11574', '#475467'];

function LabelRow({ label, team }: { label: Label; team: Team }) {
  const [name, setName] = useState(label.name);
  const [color, setColor] = useState(label.color);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const changed = name.trim() !== label.name || color !== label.color;
  return (
    <li className="kotha-settings-row" data-hook="label-row" data-label-id={label.id}>
      <input type="color" value={color} aria-label={t('labelSettings.colourOf', { name: label.name })} onChange={(e) => setColor(e.target.value)} />
      <Input size="small" value={name} ariaLabel={t('labelSettings.nameOf', { name: label.name })} maxLength={TEAM_LIMITS.labelName} onChange={(e) => setName(e.target.value)} />
      <TextButton size="small" disabled={!changed || !name.trim()} onClick={() => team.updateLabel(label.id, { name: name.trim(), color }).then(() => setError(null), (e: unknown) => setError(errorMessage(e)))}>
        {t('common.save')}
      </TextButton>
      <TextButton size="small" skin="destructive" dataHook="label-delete" onClick={() => setDeleting(true)}>
        {t('common.delete')}
      </TextButton>
      {error ? <Text size="small" skin="error" role="alert">{error}</Text> : null}
      <ActionModal isOpen={deleting} title={t('labelSettings.deleteTitle', { name: label.name })} dataHook="label-delete-modal" primaryText={t('common.delete')} busyText={t('common.deleting')} destructive onClose={() => setDeleting(false)} onConfirm={() => team.deleteLabel(label.id)}>
        <Text>{t('labelSettings.deleteBody')}</Text>
      </ActionModal>
    </li>
  );
}

function LabelsSection({ team }: { team: Team }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState(LABEL_COLORS[0] ?? '#116dff');
  const [error, setError] = useState<string | null>(null);
  async function add() {
    setError(null);
    try {
      await team.createLabel({ name: name.trim(), color });
      setName('');
      setColor(LABEL_COLORS[(team.labels.length + 1) % LABEL_COLORS.length] ?? '#116dff');
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Card>
      <Card.Header title={<CardTitle>{t('labelSettings.title')}</CardTitle>} subtitle={t('labelSettings.subtitle')} />
      <Card.Content>
        <TeamLoad team={team} errorTitle={t('labelSettings.loadError')}>
          <Box direction="vertical" gap="SP3">
            {team.labels.length === 0 ? <Empty size="inline" title={t('labelSettings.none')} dataHook="labels-empty" /> : null}
            <ul className="kotha-plain-list">{team.labels.map((label) => <LabelRow key={`${label.id}:${label.name}:${label.color}`} label={label} team={team} />)}</ul>
            <form className="kotha-settings-row" onSubmit={(e) => { e.preventDefault(); void add(); }}>
              <input type="color" value={color} aria-label={t('labelSettings.newColour')} onChange={(e) => setColor(e.target.value)} />
              <Input size="small" dataHook="new-label-name" placeholder={t('labelSettings.newPlaceholder')} ariaLabel={t('labelSettings.newName')} value={name} maxLength={TEAM_LIMITS.labelName} onChange={(e) => setName(e.target.value)} />
              <Button size="small" type="submit" dataHook="new-label-add" disabled={!name.trim()}>{t('labelSettings.add')}</Button>
            </form>
            {error ? <Text skin="error" role="alert">{error}</Text> : null}
          </Box>
        </TeamLoad>
      </Card.Content>
    </Card>
  );
}

/** The labels' and canned responses' shared load (use-team.ts): its content only once loaded. */
function TeamLoad({ team, errorTitle, children }: { team: Team; errorTitle: string; children: ReactNode }) {
  if (team.load.phase === 'error') return <LoadFailed size="inline" title={errorTitle} detail={team.load.message} onRetry={team.reload} />;
  if (team.load.phase !== 'ready') return <Loading size="inline" />;
  return <>{children}</>;
}

const EMPTY_CANNED = { title: '', shortcut: '', text: '' };

function CannedSection({ team }: { team: Team }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState(EMPTY_CANNED);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  async function save() {
    setError(null);
    try {
      await team.saveCanned(editing, { title: form.title.trim(), shortcut: form.shortcut.trim().replace(/^\//, ''), text: form.text.trim() });
      setEditing(null);
      setForm(EMPTY_CANNED);
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const valid = form.title.trim() && form.shortcut.trim() && form.text.trim();
  return (
    <Card>
      <Card.Header title={<CardTitle>{t('canned.title')}</CardTitle>} subtitle={t('canned.subtitle', { placeholders: '{shopper.name}, {shopper.email}, {agent.name}, {team.name}' })} />
      <Card.Content>
        <TeamLoad team={team} errorTitle={t('canned.loadError')}>
          <Box direction="vertical" gap="SP3">
            {team.canned.length === 0 ? <Empty size="inline" title={t('canned.none')} dataHook="canned-empty" /> : null}
            <ul className="kotha-plain-list">
              {team.canned.map((c) => (
                <li key={c.id} className="kotha-settings-row" data-hook="canned-row">
                  <Text weight="bold">/{c.shortcut}</Text>
                  <Text>{c.title}</Text>
                  <TextButton size="small" onClick={() => { setEditing(c.id); setForm({ title: c.title, shortcut: c.shortcut, text: c.text }); }}>{t('common.edit')}</TextButton>
                  <TextButton size="small" skin="destructive" onClick={() => setDeleting(c)}>{t('common.delete')}</TextButton>
                </li>
              ))}
            </ul>
            <Box direction="vertical" gap="SP2" dataHook="canned-form">
              <Heading size="tiny" as="h3">{t(editing ? 'canned.editing' : 'canned.new')}</Heading>
              <FormField label={t('canned.fieldTitle')} required>
                <Input dataHook="canned-title" value={form.title} maxLength={TEAM_LIMITS.cannedTitle} onChange={(e) => setForm({ ...form, title: e.target.value })} />
              </FormField>
              <FormField label={t('canned.shortcut')} required>
                <Input dataHook="canned-shortcut" prefix={<Input.Affix>/</Input.Affix>} value={form.shortcut} maxLength={TEAM_LIMITS.cannedShortcut} onChange={(e) => setForm({ ...form, shortcut: e.target.value })} />
              </FormField>
              <FormField label={t('canned.text')} required>
                <InputArea dataHook="canned-text" value={form.text} rows={3} maxLength={TEAM_LIMITS.cannedText} onChange={(e) => setForm({ ...form, text: e.target.value })} />
              </FormField>
              {error ? <Text skin="error" role="alert">{error}</Text> : null}
              <Box gap="SP2">
                <Button size="small" dataHook="canned-save" disabled={!valid} onClick={() => void save()}>{t(editing ? 'canned.saveChanges' : 'canned.add')}</Button>
                {editing ? <TextButton size="small" onClick={() => { setEditing(null); setForm(EMPTY_CANNED); }}>{t('common.cancel')}</TextButton> : null}
              </Box>
            </Box>
          </Box>
        </TeamLoad>
        <ActionModal isOpen={deleting !== null} title={t('canned.deleteTitle', { shortcut: deleting?.shortcut ?? '' })} dataHook="canned-delete-modal" primaryText={t('common.delete')} busyText={t('common.deleting')} destructive onClose={() => setDeleting(null)} onConfirm={() => (deleting ? team.deleteCanned(deleting.id) : Promise.resolve())}>
          <Text>{t('canned.deleteBody')}</Text>
        </ActionModal>
      </Card.Content>
    </Card>
  );
}

function BlockedSection({ api, locale }: { api: ApiClient; locale: string | undefined }) {
  const [blocked, setBlocked] = useState<BlockedShopper[] | null>(null);
  const [load, setLoad] = useState<LoadState>({ phase: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const fetchBlocked = useCallback(() => {
    setLoad({ phase: 'loading' });
    api.blocked().then((r) => {
      setBlocked(r.blocked);
      setLoad({ phase: 'ready' });
    }, (e: unknown) => setLoad({ phase: 'error', message: errorMessage(e) }));
  }, [api]);
  useEffect(fetchBlocked, [fetchBlocked]);
  async function unblock(visitorId: string) {
    try {
      await api.unblock(visitorId);
      setBlocked((all) => (all ?? []).filter((b) => b.visitorId !== visitorId));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <Card>
      <Card.Header title={<CardTitle>{t('blocked.title')}</CardTitle>} subtitle={t('blocked.subtitle')} />
      <Card.Content>
        {load.phase === 'loading' ? <Loading size="inline" /> : null}
        {load.phase === 'error' ? <LoadFailed size="inline" title={t('blocked.loadError')} detail={load.message} onRetry={fetchBlocked} dataHook="blocked-load-error" /> : null}
        {load.phase === 'ready' && blocked?.length === 0 ? <Empty size="inline" title={t('blocked.none')} dataHook="blocked-empty" /> : null}
        <ul className="kotha-plain-list">
          {(blocked ?? []).map((b) => (
            <li key={b.visitorId} className="kotha-settings-row" data-hook="blocked-row">
              <Text weight="bold">{b.visitorName ?? t('blocked.shopper')}</Text>
              <Text size="small" secondary>{b.reason} · {date.format(b.blockedAt)}{b.byAddress ? ` · ${t('blocked.addressToo')}` : ''}</Text>
              <TextButton size="small" dataHook="unblock" onClick={() => void unblock(b.visitorId)}>{t('blocked.unblock')}</TextButton>
            </li>
          ))}
        </ul>
        {error ? <Text skin="error" role="alert">{error}</Text> : null}
      </Card.Content>
    </Card>
  );
}

/**
 * A setting that is one switch: loaded when shown (`load` again for Retry) and flipped by
 * `toggle`, whose answer is the setting as stored; a failed load and a failed flip are
 * kept apart, as a failed load leaves nothing to flip.
 */
function useSwitchSetting<T extends { enabled: boolean }>(get: () => Promise<T>, set: (enabled: boolean) => Promise<T>) {
  const [value, setValue] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setLoadError(null);
    get().then(setValue, (e: unknown) => setLoadError(errorMessage(e)));
  }, [get]);
  useEffect(load, [load]);
  async function toggle() {
    if (!value) return;
    setError(null);
    try {
      setValue(await set(!value.enabled));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return { value, loadError, error, load, toggle };
}

/** Alerts to the site owners' phones (Wix's Owner app and dashboard feed): one switch. */
function OwnerAlertsSection({ api }: { api: ApiClient }) {
  const { value: alerts, loadError, error: toggleError, toggle } = useSwitchSetting(api.ownerAlerts, api.setOwnerAlerts);
  // One line says either: no switch to flip until it loads.
  const error = loadError ?? toggleError;
  return (
    <Card>
      <Card.Header title={t('ownerAlerts.title')} subtitle={t('ownerAlerts.subtitle')} />
      <Card.Content>
        {/* The switch is named by its words. */}
        <label className="kotha-toggle">
          <ToggleSwitch dataHook="owner-alerts" checked={Boolean(alerts?.enabled && alerts.available)} disabled={!alerts?.available} onChange={() => void toggle()} />
          <Text>{t('ownerAlerts.toggle')}</Text>
        </label>
        {alerts && !alerts.available ? <Text size="small" secondary>{t('ownerAlerts.unavailable')}</Text> : null}
        {error ? <Text skin="error" role="alert">{error}</Text> : null}
      </Card.Content>
    </Card>
  );
}

/** The weekly analytics email to the owner: one switch, off until turned on, and where it goes. */
function WeeklyDigestSection({ api }: { api: ApiClient }) {
  const { value: digest, loadError, error, load, toggle } = useSwitchSetting(api.weeklyDigest, api.setWeeklyDigest);
  return (
    <Card>
      <Card.Header title={t('weeklyDigest.title')} subtitle={t('weeklyDigest.subtitle')} />
      <Card.Content>
        <Box direction="vertical" gap="SP2">
          {/* The switch is named by its words. */}
          <label className="kotha-toggle">
            <ToggleSwitch dataHook="weekly-digest" checked={Boolean(digest?.enabled)} disabled={!digest} onChange={() => void toggle()} />
            <Text>{t('weeklyDigest.toggle')}</Text>
          </label>
          {digest ? <Text size="small" secondary dataHook="weekly-digest-address">{digest.email ? t('weeklyDigest.sendsTo', { email: digest.email }) : t('weeklyDigest.noEmail')}</Text> : null}
          {loadError ? (
            <Box gap="SP2" verticalAlign="middle">
              <Text skin="error" role="alert">{loadError}</Text>
              <TextButton size="small" dataHook="weekly-digest-retry" onClick={load}>{t('message.retry')}</TextButton>
            </Box>
          ) : null}
          {error ? <Text skin="error" role="alert">{error}</Text> : null}
        </Box>
      </Card.Content>
    </Card>
  );
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function ExportSection({ api }: { api: ApiClient }) {
  const [from, setFrom] = useState(() => isoDay(Date.now() - 30 * DAY_MS));
  const [to, setTo] = useState(() => isoDay(Date.now()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download(format: 'csv' | 'json') {
    setBusy(true);
    setError(null);
    try {
      // Whole days in the merchant's own time: from the first day's start to the last day's end.
      const start = new Date(`${from}T00:00`).getTime();
      const end = new Date(`${to}T00:00`).getTime() + DAY_MS;
      const file = await api.exportConversations(start, end, format);
      saveFile(`kotha-conversations-${from}-to-${to}.${format}`, file);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  const valid = Boolean(from && to && from <= to);
  return (
    <Card>
      <Card.Header title={<CardTitle>{t('export.title')}</CardTitle>} subtitle={t('export.subtitle')} />
      <Card.Content>
        {/* Wraps on narrow screens; the buttons keep their words whole. */}
        <Box gap="SP3" verticalAlign="bottom" flexWrap="wrap">
          <FormField label={t('export.from')}>
            <Input type="date" dataHook="export-from" value={from} onChange={(e) => setFrom(e.target.value)} />
          </FormField>
          <FormField label={t('export.to')}>
            <Input type="date" dataHook="export-to" value={to} onChange={(e) => setTo(e.target.value)} />
          </FormField>
          <Box gap="SP2" flexWrap="wrap" flexShrink={0}>
            <Button size="small" priority="secondary" dataHook="export-csv" disabled={!valid || busy} onClick={() => void download('csv')}>{t('export.csv')}</Button>
            <Button size="small" priority="secondary" dataHook="export-json" disabled={!valid || busy} onClick={() => void download('json')}>{t('export.json')}</Button>
          </Box>
        </Box>
        {error ? <Text skin="error" role="alert">{error}</Text> : null}
      </Card.Content>
    </Card>
  );
}

export function TeamSettingsPage({ api, team, locale, onSaved }: { api: ApiClient; team: Team; locale: string | undefined; onSaved(text: string): void }) {
  return (
    <SettingsPage title={t('tabs.team')} dataHook="team-settings">
      <ProfileSection api={api} onSaved={onSaved} />
      <LabelsSection team={team} />
      <CannedSection team={team} />
      <BlockedSection api={api} locale={locale} />
      <OwnerAlertsSection api={api} />
      <WeeklyDigestSection api={api} />
      <ExportSection api={api} />
    </SettingsPage>
  );
}
