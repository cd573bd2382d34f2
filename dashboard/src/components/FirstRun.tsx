import { useEffect, useState } from 'react';
import { Badge, Box, Button, EmptyState, Heading, Text, TextButton } from 'wix-style-react';
import type { SetupResponse } from '@kotha/common/contract/account.ts';
import type { ApiClient } from '../api-client.ts';
import { firstRunView } from '../first-run.ts';
import { t } from '../i18n/i18n.ts';
import './first-run.css';

export interface NoSelectionProps {
  api: ApiClient;
  /** No conversation in the inbox yet: time to send a test message. */
  inboxEmpty: boolean;
}

type SetupLoad = { phase: 'loading' } | { phase: 'ready'; setup: SetupResponse } | { phase: 'failed' };

/**
 * The pane beside the list when no conversation is open. On a first run it teaches: open
 * the storefront and send a test message (while the inbox is empty), and the setup steps
 * the site's data does not show done yet; afterwards it is the plain "pick a conversation".
 * The setup is read on every visit to the inbox, so steps done elsewhere show as done.
 */
export function NoSelection({ api, inboxEmpty }: NoSelectionProps) {
  const [load, setLoad] = useState<SetupLoad>({ phase: 'loading' });
  useEffect(() => {
    let current = true;
    api.setup().then(
      (setup) => current && setLoad({ phase: 'ready', setup }),
      () => current && setLoad({ phase: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const pick = <EmptyState theme="section" title={t('inbox.pickTitle')} subtitle={t('inbox.pickSubtitle')} />;
  // Until the setup answers, nothing flashes a step or a missing link that is not so.
  if (load.phase === 'loading') {
    return (
      <section className="kotha-panel kotha-panel--empty" aria-label={t('inbox.noSelection')}>
        {inboxEmpty ? null : pick}
      </section>
    );
  }
  const setup = load.phase === 'ready' ? load.setup : null;
  const { offer, checklist } = firstRunView(setup, inboxEmpty);
  if (!offer && !checklist) {
    return (
      <section className="kotha-panel kotha-panel--empty" aria-label={t('inbox.noSelection')}>
        {pick}
      </section>
    );
  }
  const url = offer?.storefrontUrl ?? null;
  return (
    <section className="kotha-panel kotha-panel--empty kotha-first-run" aria-label={t('firstRun.region')} data-hook="first-run">
      <Box direction="vertical" gap="SP6" padding="SP6" maxWidth="520px">
        {offer ? (
          <Box direction="vertical" gap="SP2" dataHook="storefront-offer">
            <Heading size="small" as="h2">
              {t('firstRun.tryTitle')}
            </Heading>
            {/* Without an address (unpublished, or the platform did not answer) the text says what to do instead. */}
            <Text secondary>{url || !setup ? t('firstRun.trySubtitle') : t('firstRun.unpublished')}</Text>
            {url ? (
              <span>
                <Button as="a" href={url} target="_blank" rel="noopener noreferrer" size="small" dataHook="storefront-link">
                  {t('firstRun.openStorefront')}
                </Button>
              </span>
            ) : null}
          </Box>
        ) : (
          pick
        )}
        {checklist ? (
          <Box direction="vertical" gap="SP2" dataHook="setup-checklist">
            <Heading size="tiny" as="h2">
              {t('firstRun.checklistTitle')}
            </Heading>
            <ol className="kotha-checklist">
              {checklist.map((step) => (
                <li key={step.step} data-hook="setup-step" data-step={step.step} data-done={String(step.done)}>
                  {step.done ? (
                    <>
                      <Text size="small" secondary>
                        {t(step.label)}
                      </Text>
                      <Badge size="tiny" skin="success" uppercase={false}>
                        {t('firstRun.stepDone')}
                      </Badge>
                    </>
                  ) : (
                    <>
                      <TextButton as="a" href={step.href} size="small">
                        {t(step.label)}
                      </TextButton>
                      {step.hint ? (
                        <span className="kotha-checklist-hint">
                          <Text size="tiny" secondary>
                            {t(step.hint)}
                          </Text>
                        </span>
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ol>
          </Box>
        ) : null}
      </Box>
    </section>
  );
}
