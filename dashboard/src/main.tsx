/** Entry point: reads the page's configuration and mounts the inbox. */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EmptyState, Tabs, WixStyleReactEnvironmentProvider, WixStyleReactProvider } from 'wix-style-react';
import { createApiClient } from './api-client.ts';
import { readDashboardConfig } from './config.ts';
import { InboxPage } from './components/InboxPage.tsx';
import { HoursSettingsPage } from './settings/HoursSettingsPage.tsx';
import { TeamSettingsPage } from './settings/TeamSettingsPage.tsx';
import { WidgetSettingsPage } from './settings/WidgetSettingsPage.tsx';
import { useTeam } from './use-team.ts';
import type { ApiClient } from './api-client.ts';
import { AccountBar } from './components/AccountBar.tsx';
import { connectHost } from './wix-host.ts';
import './inbox.css';

const config = readDashboardConfig(
  document.querySelector('meta[name="kotha-api"]')?.getAttribute('content'),
  window.location.href,
);
// Created once here, at the entry point, and handed down.
const api = config.instance ? createApiClient({ apiBase: config.apiBase, instance: config.instance }) : null;

// Inside the Wix dashboard: Wix's toasts and page title; standalone: the page's own.
const host = connectHost();

const PAGES = [
  { id: 'inbox', title: 'Inbox' },
  { id: 'team', title: 'Team & tools' },
  { id: 'widget', title: 'Widget' },
  { id: 'hours', title: 'Business hours' },
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
      <AccountBar api={api} />
      <nav aria-label="Kotha" className="kotha-tabs">
        <Tabs items={PAGES} activeId={page} onClick={(tab: { id: string | number }) => setPage(String(tab.id))} dataHook="pages" />
      </nav>
      {page === 'hours' ? <HoursSettingsPage api={api} onSaved={() => host.toast('Business hours saved')} /> : null}
      {page === 'widget' ? <WidgetSettingsPage api={api} onSaved={(text) => host.toast(text)} /> : null}
      {page === 'team' ? <TeamSettingsPage api={api} team={team} locale={config.locale} onSaved={(text) => host.toast(text)} /> : null}
      {page === 'inbox' ? <InboxPage api={api} team={team} locale={config.locale} /> : null}
    </>
  );
}

// Wix's `locale` drives dates, numbers and wix-style-react's own texts (calendars, pickers);
// Kotha's own dashboard texts are English for now.
if (config.locale) document.documentElement.lang = config.locale;

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
            title="Open Kotha from your Wix dashboard"
            subtitle="This page needs the sign-in details Wix adds when you open the Kotha inbox from your site's dashboard."
          />
        </div>
      )}
    </WixStyleReactProvider>
    </WixStyleReactEnvironmentProvider>
  </StrictMode>,
);
