/**
 * The Analytics tab's self-service part: the help center's visits of the period by how they
 * ended, as KPI cards (each definition its tooltip), a funnel for the eye and the same
 * numbers as a table, the articles read most before a shopper still asked a person, and
 * the searches that found nothing. The figures are the server's (SelfServiceFigures).
 */
import { Box, Card, FunnelChart, Text } from 'wix-style-react';
import type { SelfServiceFigures } from '@kotha/common/contract/analytics.ts';
import { t } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';
import { changePercent, formatShare, funnelSteps, OUTCOMES } from './analytics-view.ts';
import { KpiRows, type Kpi } from './KpiRows.tsx';

const STEP_TEXT: Record<ReturnType<typeof funnelSteps>[number]['step'], TextKey> = {
  sessions: 'analytics.helpVisits',
  answered: 'analytics.funnelAnswered',
  selfServed: 'analytics.selfServed',
  confirmed: 'help.outcomeConfirmed',
};
/** Content gaps shown here (the Help center tab lists them all). */
const GAPS_SHOWN = 10;

export function SelfServiceCard({ current, previous, perRow, locale }: { current: SelfServiceFigures; previous: SelfServiceFigures; perRow: number; locale: string | undefined }) {
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const s = current;

  if (s.sessions === 0) {
    return (
      <Card>
        <Card.Header title={t('analytics.selfService')} />
        <Card.Content>
          <Box padding="SP4" align="center" dataHook="analytics-self-service-empty">
            <Text>{t('analytics.selfServiceEmpty')}</Text>
          </Box>
        </Card.Content>
      </Card>
    );
  }

  const items: Kpi[] = [
    { value: count(s.sessions), description: t('analytics.helpVisits'), descriptionInfo: t('analytics.helpVisitsInfo'), percentage: changePercent(s.sessions, previous.sessions) },
    { value: count(s.selfServed), description: t('analytics.selfServed'), descriptionInfo: t('analytics.selfServedInfo'), percentage: changePercent(s.selfServed, previous.selfServed) },
    { value: formatShare(s.deflection, locale), description: t('analytics.deflection'), descriptionInfo: t('analytics.deflectionInfo'), percentage: changePercent(s.deflection, previous.deflection) },
  ];

  return (
    <Card>
      <Card.Header title={t('analytics.selfService')} />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <KpiRows items={items} perRow={perRow} dataHook="analytics-self-service-kpis" />
          {/* The funnel is for the eye; the table below says the same (and how each visit ended) to everyone. */}
          <div aria-hidden="true" className="kotha-analytics-funnel">
            <FunnelChart dataHook="analytics-funnel" className="" hideDifferenceBadge data={funnelSteps(s).map(({ step, value }) => ({ value, label: t(STEP_TEXT[step]), displayValue: count(value) }))} />
          </div>
          <table className="kotha-analytics-table" data-hook="analytics-self-service">
            <caption className="kotha-sr-only">{t('analytics.selfService')}</caption>
            <thead>
              <tr><th scope="col">{t('analytics.outcome')}</th><th scope="col">{t('analytics.helpVisits')}</th><th scope="col">{t('analytics.share')}</th></tr>
            </thead>
            <tbody>
              {OUTCOMES.map(([o, text]) => (
                <tr key={o}>
                  <th scope="row">{t(text)}</th>
                  <td>{count(s.outcomes[o])}</td>
                  <td>{formatShare(s.outcomes[o] / s.sessions, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.escalated.length > 0 ? (
            <table className="kotha-analytics-table" data-hook="analytics-escalated">
              <caption className="kotha-analytics-caption">{t('analytics.escalated')}</caption>
              <thead>
                <tr><th scope="col">{t('analytics.article')}</th><th scope="col">{t('help.views')}</th><th scope="col">{t('help.escalations')}</th></tr>
              </thead>
              <tbody>
                {s.escalated.map((a) => (
                  <tr key={a.id}>
                    <th scope="row"><bdi>{a.title}</bdi></th>
                    <td>{count(a.views)}</td>
                    <td>{count(a.escalations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {s.gaps.length > 0 ? (
            <table className="kotha-analytics-table" data-hook="analytics-gaps">
              <caption className="kotha-analytics-caption">{t('help.gaps')}</caption>
              <thead>
                <tr><th scope="col">{t('analytics.search')}</th><th scope="col">{t('analytics.searches')}</th><th scope="col">{t('analytics.foundNothing')}</th></tr>
              </thead>
              <tbody>
                {s.gaps.slice(0, GAPS_SHOWN).map((g) => (
                  <tr key={`${g.language}\u0000${g.query}`}>
                    <th scope="row"><bdi lang={g.language}>{g.query}</bdi></th>
                    <td>{count(g.searches)}</td>
                    <td>{count(g.noResults)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Box>
      </Card.Content>
    </Card>
  );
}
