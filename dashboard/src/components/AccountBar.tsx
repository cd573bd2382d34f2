import { useEffect, useState } from 'react';
import { Button, SectionHelper, Text, TextButton } from 'wix-style-react';
import type { ApiClient, PlanInfo } from '../api-client.ts';

const NOTICE_KEY = 'kotha:published-notice-seen';

/**
 * Above every page: the plan (with Wix's own upgrade page, the only way to pay), and once,
 * the reminder that the chat shows on the published site, not in the editor's preview.
 */
export function AccountBar({ api }: { api: ApiClient }) {
  const [plan, setPlan] = useState<PlanInfo | null>(null);
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
          Kotha's chat appears on your published site. The editor's preview doesn't run it, so publish your site to see it.
        </SectionHelper>
      ) : null}
      {plan ? (
        <div className="kotha-plan" data-hook="plan" data-plan={plan.plan}>
          <Text size="small" secondary>
            {plan.plan === 'premium' ? `Premium${plan.expiresAt ? ` until ${new Date(plan.expiresAt).toLocaleDateString()}` : ''}` : 'Free plan: one agent, 60 days of history'}
          </Text>
          <TextButton size="tiny" dataHook="export-all" onClick={() => void downloadAll()}>
            Download all data
          </TextButton>
          {plan.plan === 'free' ? (
            <Button size="tiny" priority="secondary" as="a" href={plan.upgradeUrl} target="_blank" rel="noopener noreferrer" dataHook="upgrade">
              Upgrade
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
