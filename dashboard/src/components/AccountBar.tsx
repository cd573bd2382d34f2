import { useEffect, useState } from 'react';
import { Button, SectionHelper, Text, TextButton } from 'wix-style-react';
import type { ApiClient, PlanInfo } from '../api-client.ts';
import { t } from '../i18n/i18n.ts';
import { errorMessage } from '../error-message.ts';

const NOTICE_KEY = 'kotha:published-notice-seen';

/**
 * Above every page: the plan (with Wix's own upgrade page, the only way to pay), and once,
 * the reminder that the chat shows on the published site, not in the editor's preview.
 */
export function AccountBar({ api, locale }: { api: ApiClient; locale: string | undefined }) {
  const [plan, setPlan] = useState<PlanInfo | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [notice, setNotice] = useState(() => {
    try {
      return localStorage.getItem(NOTICE_KEY) !== '1';
    } catch {
      return true;
    }
  });
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

  function dismiss() {
    setNotice(false);
    try {
      localStorage.setItem(NOTICE_KEY, '1');
    } catch {
      // Shown again next time; no harm.
    }
  }

  return (
    <div className="kotha-account">
      {notice ? (
        <SectionHelper appearance="standard" showCloseButton onClose={dismiss} dataHook="published-notice">
          {t('account.publishedNotice')}
        </SectionHelper>
      ) : null}
      {plan ? (
        <div className="kotha-plan" data-hook="plan" data-plan={plan.plan}>
          <Text size="small" secondary>
            {plan.plan === 'free'
              ? t('account.free')
              : plan.expiresAt
                ? t('account.premiumUntil', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(plan.expiresAt) })
                : t('account.premium')}
          </Text>
          <TextButton size="tiny" dataHook="export-all" onClick={() => downloadAll().then(() => setDownloadError(null), (e: unknown) => setDownloadError(errorMessage(e)))}>
            {t('account.downloadAll')}
          </TextButton>
          {downloadError ? (
            <Text size="small" skin="error" role="alert">
              {downloadError}
            </Text>
          ) : null}
          {plan.plan === 'free' ? (
            <Button size="tiny" priority="secondary" as="a" href={plan.upgradeUrl} target="_blank" rel="noopener noreferrer" dataHook="upgrade">
              {t('account.upgrade')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
