/** Entry point: reads the page's configuration and mounts the inbox. */
import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Box, EmptyState, Loader, Tabs, WixStyleReactEnvironmentProvider, WixStyleReactProvider } from 'wix-style-react';
import { createApiClient } from './api-client.ts';
import { readDashboardConfig } from './config.ts';
import { InboxPage } from './components/InboxPage.tsx';
import { Deferred, HelpCenterPage, HoursSettingsPage, preloadSettings, TeamSettingsPage, WidgetSettingsPage } from './on-demand.tsx';
import { useTeam } from './use-team.ts';
import type { ApiClient } from './api-client.ts';
import { PlanSummary, PublishedBanner } from './components/AccountBar.tsx';
import { useAgentKey } from './dismissals.ts';
import { usePhone, useVisualViewport } from './layout.ts';
import { connectHost } from '../../plugin/src/dashboard-host.ts';
import './inbox.css';
import { textDirection } from '@kotha/common/i18n.ts';
import { loadDashboardLanguage, pageLang, t } from './i18n/i18n.ts';
import type { TextKey } from './i18n/en.ts';

const config = readDashboardConfig(
  document.querySelector('meta[name="kotha-api"]')?.getAttribute('content'),
  window.location.href,
);
// Inside the Wix dashboard: Wix's toasts and page title; standalone: the page's own.
const host = connectHost();

// Created once here, at the entry point, and handed down. Inside Wix every request carries
// a Wix access token (the host's fetchWithAuth); opened with a signed instance (the local
// stack, older Wix sessions), that instance.
const api = host.fetchWithAuth
  ? createApiClient({ apiBase: config.apiBase, fetch: host.fetchWithAuth })
  : config.instance
    ? createApiClient({ apiBase: config.apiBase, instance: config.instance })
    : null;

// Its own chunk, fetched when the tab is first opened: the inbox's first load does not grow.
const AnalyticsPage = lazy(() => import('./analytics/AnalyticsPage.tsx'));

const PAGES: ReadonlyArray<{ id: string; title: TextKey }> = [
  { id: 'inbox', title: 'tabs.inbox' },
  { id: 'team', title: 'tabs.team' },
  { id: 'widget', title: 'tabs.widget' },
  { id: 'hours', title: 'tabs.hours' },
  { id: 'help', title: 'tabs.help' },
  { id: 'analytics', title: 'tabs.analytics' },
];
const PAGE_IDS = new Set(PAGES.map((p) => p.id));

/**
 * The app shell: the tabs (with the plan beside them), the banners, and one page below
 * them that fills the rest of the screen. The page never scrolls as a whole: the inbox's
 * panes and the settings pages scroll inside, so the tabs stay in reach. The page is
 * switched by the tabs and the URL hash, so a reload keeps it.
 */
function Pages({ api, locale }: { api: ApiClient; locale: string | undefined }) {
  const [page, setPage] = useState(() => (PAGE_IDS.has(window.location.hash.slice(1)) ? window.location.hash.slice(1) : 'inbox'));
  const team = useTeam(api);
  const agent = useAgentKey(api);
  const phone = usePhone();
  // A conversation on a phone takes the whole screen: the tabs step aside.
  const [conversationScreen, setConversationScreen] = useState(false);
  useVisualViewport();
  useEffect(() => {
    history.replaceState(null, '', page === 'inbox' ? window.location.pathname + window.location.search : `#${page}`);
  }, [page]);
  // A link to a page (the first run's checklist: `#hours`) switches to it like its tab.
  useEffect(() => {
    const follow = () => {
      const target = window.location.hash.slice(1);
      if (PAGE_IDS.has(target)) setPage(target);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <div className="kotha-app" data-conversation-screen={conversationScreen && page === 'inbox' ? '' : undefined}>
      <header className="kotha-topbar">
        <nav aria-label="Kotha" className="kotha-tabs" onPointerEnter={preloadSettings} onFocus={preloadSettings}>
          <Tabs size="small" hasDivider={false} items={PAGES.map((p) => ({ id: p.id, title: t(p.title) }))} activeId={page} onClick={(tab: { id: string | number }) => setPage(String(tab.id))} dataHook="pages" />
        </nav>
        {/* On a phone the plan waits on the settings tabs, below the tabs. */}
        {!phone || page !== 'inbox' ? <PlanSummary api={api} locale={locale} /> : null}
        <PublishedBanner agent={agent} />
      </header>
      {page === 'inbox' ? (
        <InboxPage api={api} team={team} locale={locale} agent={agent} onConversationScreen={setConversationScreen} />
      ) : (
        // Settings tabs scroll under the tabs; each brings its frame (SettingsPage.tsx) and
        // loads on demand (on-demand.tsx), keyed so a failed one retries per tab.
        <div className="kotha-page-scroll">
          {page === 'analytics' ? null : (
            <Deferred place="page" key={page}>
              {page === 'hours' ? <HoursSettingsPage api={api} locale={locale} onSaved={() => host.toast(t('hours.saved'))} /> : null}
              {page === 'widget' ? <WidgetSettingsPage api={api} onSaved={(text) => host.toast(text)} /> : null}
              {page === 'team' ? <TeamSettingsPage api={api} team={team} locale={locale} onSaved={(text) => host.toast(text)} /> : null}
              {page === 'help' ? <HelpCenterPage api={api} locale={locale} onSaved={(text) => host.toast(text)} /> : null}
            </Deferred>
          )}
          {page === 'analytics' ? (
            <Suspense fallback={<Box padding="SP6" align="center"><Loader size="small" text={t('common.loading')} /></Box>}>
              <AnalyticsPage api={api} agents={team.agents} locale={locale} />
            </Suspense>
          ) : null}
        </div>
      )}
    </div>
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
    <WixStyleReactProvider className="kotha-root" features={{ newColorsBranding: true }}>
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
