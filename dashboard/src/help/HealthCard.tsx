/** Article health over the last 30 days: what shoppers did, each article's views, votes and hand-overs, and the searches that found no good answer. */
import { useCallback, useEffect, useState } from 'react';
import { Box, Card, Text } from 'wix-style-react';
import type { HelpHealthResponse } from '@kotha/common/contract/help.ts';
import { OUTCOMES } from '../analytics/analytics-view.ts';
import type { ApiClient } from '../api-client.ts';
import { Empty, LoadFailed, Loading } from '../components/LoadStates.tsx';
import { CardTitle } from '../components/SettingsPage.tsx';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';
import { languageName } from '../shopper-facts.ts';

const PERIOD_MS = 30 * 86_400_000;

type HealthState = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; health: HelpHealthResponse };

/**
 * The report, held by the page rather than the card: the card is gone while an article is
 * edited, and coming back must not ask the server again for a report nothing has changed
 * (it is the tab's most expensive read). `state` is null until the card first asks;
 * `load` asks again (after a save, or Try again).
 */
export interface HealthReport {
  state: HealthState | null;
  load(): void;
}

export function useHealthReport(api: ApiClient): HealthReport {
  const [state, setState] = useState<HealthState | null>(null);
  const load = useCallback(() => {
    setState({ phase: 'loading' });
    const now = Date.now();
    api.helpHealth(now - PERIOD_MS, now).then((health) => setState({ phase: 'ready', health }), (e: unknown) => setState({ phase: 'error', message: errorMessage(e) }));
  }, [api]);
  return { state, load };
}

export function HealthCard({ report, locale }: { report: HealthReport; locale: string | undefined }) {
  const { state, load } = report;
  // Asked when first shown, not again when shown again.
  const asked = state !== null;
  useEffect(() => {
    if (!asked) load();
  }, [asked, load]);
  const number = new Intl.NumberFormat(locale);

  let content;
  if (!state || state.phase === 'loading') content = <Loading size="inline" />;
  else if (state.phase === 'error') content = <LoadFailed size="inline" title={t('help.healthError')} detail={state.message} onRetry={load} dataHook="help-health-error" />;
  else {
    const { health } = state;
    const used = health.articles.filter((a) => a.views + a.helped + a.notHelped + a.escalations > 0);
    const anything = used.length > 0 || health.gaps.length > 0 || Object.values(health.outcomes).some((n) => n > 0);
    content = !anything ? (
      <Empty size="inline" title={t('help.healthEmpty')} dataHook="help-health-empty" />
    ) : (
      <Box direction="vertical" gap="SP4">
        <dl className="kotha-help-outcomes" data-hook="help-outcomes">
          {OUTCOMES.map(([outcome, label]) => (
            <div key={outcome}>
              <dt><Text size="small" secondary>{t(label)}</Text></dt>
              <dd><Text weight="bold">{number.format(health.outcomes[outcome])}</Text></dd>
            </div>
          ))}
        </dl>
        {used.length ? (
          <div className="kotha-analytics-scroll">
            <table className="kotha-analytics-table kotha-help-figures" data-hook="help-health-articles">
              <thead>
                <tr>
                  <th scope="col">{t('help.articles')}</th>
                  <th scope="col">{t('help.views')}</th>
                  <th scope="col">{t('help.helped')}</th>
                  <th scope="col">{t('help.notHelped')}</th>
                  <th scope="col">{t('help.escalations')}</th>
                </tr>
              </thead>
              <tbody>
                {used.map((a) => (
                  <tr key={a.id} data-hook="help-health-row">
                    <th scope="row" dir="auto">{a.title} <Text size="tiny" secondary>{languageName(a.language, locale)}</Text></th>
                    <td>{number.format(a.views)}</td>
                    <td>{number.format(a.helped)}</td>
                    <td>{number.format(a.notHelped)}</td>
                    <td>{number.format(a.escalations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Box direction="vertical" gap="SP1">
          <Text weight="bold">{t('help.gaps')}</Text>
          {health.gaps.length === 0 ? (
            <Text size="small" secondary>{t('help.gapsNone')}</Text>
          ) : (
            <ul className="kotha-plain-list" data-hook="help-gaps">
              {health.gaps.map((gap) => (
                <li key={`${gap.language}:${gap.query}`} className="kotha-settings-row" data-hook="help-gap">
                  <Text dir="auto" weight="bold">{gap.query}</Text>
                  <Text size="small" secondary>
                    {languageName(gap.language, locale)} · {t('help.gapSearches', { count: number.format(gap.searches) })} · {t('help.gapNoResults', { count: number.format(gap.noResults) })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Box>
      </Box>
    );
  }
  return (
    <Card dataHook="help-health">
      <Card.Header title={<CardTitle>{t('help.health')}</CardTitle>} subtitle={t('help.healthHint')} />
      <Card.Content>{content}</Card.Content>
    </Card>
  );
}
