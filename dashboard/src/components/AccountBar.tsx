import { useEffect, useState } from 'react';
import { Button, Text, TextButton } from 'wix-style-react';
import type { ApiClient, PlanInfo } from '../api-client.ts';
import { t } from '../i18n/i18n.ts';
import { errorMessage } from '../error-message.ts';
import { useDismissal, type AgentKey } from '../dismissals.ts';
import { usePhone } from '../layout.ts';
import { Banner } from './Banner.tsx';

/**
 * The plan, beside the tabs: with Wix's own upgrade page (the only way to pay) and the
 * site's data as one download. In a phone webview the upgrade page replaces the app
 * (a new tab has nowhere to open there).
 */
export function PlanSummary({ api, locale }: { api: ApiClient; locale: string | undefined }) {
  const phone = usePhone();
  const [plan, setPlan] = useState<PlanInfo | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  useEffect(() => {
    api.plan().then(setPlan, () => setPlan(null));
  }, [api]);

  /** A GDPR access request: every conversation as one JSON file. */
  async function downloadAll() {
    const data = await api.exportAllData();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'kotha-site-data.json';
    link.click();
    URL.revokeObjectURL(url);
  }

  if (!plan) return null;
  return (
    <div className="kotha-plan" data-hook="plan" data-plan={plan.plan}>
      <Text size="small" secondary>
        {plan.plan === 'free'
          ? t('account.free')
          : plan.expiresAt
            ? t('account.premiumUntil', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(plan.expiresAt) })
            : t('account.premium')}
      </Text>
      <TextButton size="small" dataHook="export-all" onClick={() => downloadAll().then(() => setDownloadError(null), (e: unknown) => setDownloadError(errorMessage(e)))}>
        {t('account.downloadAll')}
      </TextButton>
      {downloadError ? (
        <Text size="small" skin="error" role="alert">
          {downloadError}
        </Text>
      ) : null}
      {plan.plan === 'free' ? (
        <Button size={phone ? 'medium' : 'tiny'} priority="secondary" as="a" href={plan.upgradeUrl} target={phone ? '_top' : '_blank'} rel="noopener noreferrer" dataHook="upgrade">
          {t('account.upgrade')}
        </Button>
      ) : null}
    </div>
  );
}

/** Once per agent: the chat shows on the published site, not in the editor's preview. */
export function PublishedBanner({ agent }: { agent: AgentKey | null | undefined }) {
  const { shown, dismiss } = useDismissal(agent, 'published-notice');
  if (!shown) return null;
  return (
    <Banner dataHook="published-notice" onDismiss={dismiss}>
      {t('account.publishedNotice')}
    </Banner>
  );
}
