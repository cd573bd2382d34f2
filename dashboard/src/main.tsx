/** Entry point: reads the page's configuration and mounts the inbox. */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EmptyState, Tabs, WixStyleReactEnvironmentProvider, WixStyleReactProvider } from 'wix-style-react';
import { createApiClient } from './api-client.ts';
import { readDashboardConfig } from './config.ts';
import { InboxPage } from './components/InboxPage.tsx';
import { Deferred, HoursSettingsPage, preloadSettings, TeamSettingsPage, WidgetSettingsPage } from './on-demand.tsx';
import { useTeam } from './use-team.ts';
import type { ApiClient } from './api-client.ts';
import { AccountBar } from './components/AccountBar.tsx';
import { connectHost } from '../../plugin/src/dashboard-host.ts';
import './inbox.css';
import { textDirection } from '@kotha/common/i18n.ts';
import { loadDashboardLanguage, pageLang, t } from './i18n/i18n.ts';
import type { TextKey } from './i18n/en.ts';

const config = readDashboardConfig(
  document.querySelector('meta[name="kotha-api"]')?.getAttribute('content'),
  window.location.href,
);
// Created once here, at the entry point, and handed down.
const api = config.instance ? createApiClient({ apiBase: config.apiBase, instance: config.instance }) : null;

// Inside the Wix dashboard: Wix's toasts and page title; standalone: the page's own.
const host = connectHost();

const PAGES: ReadonlyArray<{ id: string; title: TextKey }> = [
  { id: 'inbox', title: 'tabs.inbox' },
  { id: 'team', title: 'tabs.team' },
  { id: 'widget', title: 'tabs.widget' },
  { id: 'hours', title: 'tabs.hours' },
];
const PAGE_IDS = new Set(PAGES.map((p) => p.id));

/** The inbox and the settings pages, switched by tabs (and the URL hash, so a reload keeps the page). */
function Pages({ api, locale }: { api: ApiClient; locale: string | undefined }) {
  const [page, setPage] = useState(() => (PAGE_IDS.has(window.location.hash.slice(1)) ? window.location.hash.slice(1) : 'inbox'));
  const team = useTeam(api);
  useEffect(() => {
    history.replaceState(null, '', page === 'inbox' ? window.location.pathname + window.location.search : `#${page}`);
  }, [page]);
  return (
    <>
      <AccountBar api={api} locale={locale} />
      <nav aria-label="Kotha" className="kotha-tabs" onPointerEnter={preloadSettings} onFocus={preloadSettings}>
        <Tabs items={PAGES.map((p) => ({ id: p.id, title: t(p.title) }))} activeId={page} onClick={(tab: { id: string | number }) => setPage(String(tab.id))} dataHook="pages" />
      </nav>
      {/* The settings tabs load on demand (on-demand.tsx), keyed so a failed one retries per tab. */}
      {page === 'inbox' ? null : (
        <Deferred place="page" key={page}>
          {page === 'hours' ? <HoursSettingsPage api={api} locale={locale} onSaved={() => host.toast(t('hours.saved'))} /> : null}
          {page === 'widget' ? <WidgetSettingsPage api={api} onSaved={(text) => host.toast(text)} /> : null}
          {page === 'team' ? <TeamSettingsPage api={api} team={team} locale={locale} onSaved={(text) => host.toast(text)} /> : null}
        </Deferred>
      )}
      {page === 'inbox' ? <InboxPage api={api} team={team} locale={locale} /> : null}
    </>
  );
}

// Wix's `locale` picks Kotha's texts (and their direction), and drives dates, numbers and
// wix-style-react's own texts (calendars, pickers).
const language = await loadDashboardLanguage(config.locale);
document.documentElement.lang = pageLang(config.locale, language);
document.documentElement.dir = textDirection(language);

const root = document.getElementById('root');
if (!root) throw new Error('Kotha dashboard: #root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <WixStyleReactEnvironmentProvider locale={config.locale?.split('-')[0]}>
    <WixStyleReactProvider className="kotha-root">
      {api ? (
        <Pages api={api} locale={config.locale} />
      ) : (
        <div className="kotha-center kotha-fill" role="alert" data-hook="missing-instance">
          <EmptyState
            theme="page-no-border"
            title={t('missing.title')}
            subtitle={t('missing.subtitle')}
          />
        </div>
      )}
    </WixStyleReactProvider>
    </WixStyleReactEnvironmentProvider>
  </StrictMode>,
);
