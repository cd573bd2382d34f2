/** Entry point: reads the page's configuration and mounts the inbox. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmptyState, WixStyleReactProvider } from 'wix-style-react';
import { createApiClient } from './api-client.ts';
import { readDashboardConfig } from './config.ts';
import { InboxPage } from './components/InboxPage.tsx';
import './inbox.css';

const config = readDashboardConfig(
  document.querySelector('meta[name="kotha-api"]')?.getAttribute('content'),
  window.location.href,
);
// Created once here, at the entry point, and handed down.
const api = config.instance ? createApiClient({ apiBase: config.apiBase, instance: config.instance }) : null;

const root = document.getElementById('root');
if (!root) throw new Error('Kotha dashboard: #root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <WixStyleReactProvider className="kotha-root">
      {api ? (
        <InboxPage api={api} locale={config.locale} />
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
  </StrictMode>,
);
