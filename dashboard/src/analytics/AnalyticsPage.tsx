/**
 * The Analytics tab: KPI cards compared with the period before, conversations per day,
 * conversations by weekday and the busiest hours over the hours the site was open,
 * self-service (SelfServiceCard.tsx), each teammate's figures (wix-style-react's Table),
 * and bad ratings to learn from. Every chart is a table too, so a screen reader reads the
 * same numbers; each figure's definition is its tooltip. Loaded lazily (main.tsx), so the inbox's first load
 * does not carry it.
 */
import { useCallback, useEffect, useState } from 'react';
import { AreaChart, BarChart, Box, Button, Card, Dropdown, FormField, Heading, Input, Loader, Table, Text } from 'wix-style-react';
import type { AgentFigures, AnalyticsResponse } from '@kotha/common/contract/analytics.ts';
import type { Agent } from '@kotha/common/contract/team.ts';
import type { ApiClient } from '../api-client.ts';
import { errorMessage } from '../error-message.ts';
import { usePhone } from '../layout.ts';
import { t } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';
import { KpiRows, type Kpi } from './KpiRows.tsx';
import { SelfServiceCard } from './SelfServiceCard.tsx';
import { byWeekday, changePercent, customPeriod, DAY, dateInput, formatDuration, formatShare, MONDAY_FIRST, periodOf, previousPeriod, PRESETS, shade, type Preset } from './analytics-view.ts';

const PRESET_TEXT: Record<Preset, TextKey> = { today: 'analytics.today', '7': 'analytics.last7', '30': 'analytics.last30', '90': 'analytics.last90', custom: 'analytics.custom' };

/** Reply targets the merchant picks from: "answered within N minutes", and missed past it. */
const TARGETS = [1, 2, 3, 5, 10, 15, 30, 60];

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; current: AnalyticsResponse; previous: AnalyticsResponse };

function startOfToday(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export default function AnalyticsPage({ api, agents, locale }: { api: ApiClient; agents: readonly Agent[]; locale: string | undefined }) {
  const [preset, setPreset] = useState<Preset>('7');
  const phone = usePhone();
  const [target, setTarget] = useState(5);
  const [state, setState] = useState<State>({ kind: 'loading' });
  // The custom period's first and last day, as the date inputs hold them: the last 14 days to start with.
  const [custom, setCustom] = useState(() => ({ first: dateInput(Date.now() - 13 * DAY), last: dateInput(Date.now()) }));
  const customInvalid = preset === 'custom' && customPeriod(custom.first, custom.last, Date.now()) === null;

  const load = useCallback(() => {
    const now = Date.now();
    const period = preset === 'custom' ? customPeriod(custom.first, custom.last, now) : periodOf(preset, now, startOfToday(now));
    // Days that are not a period (half typed, reversed) keep the last figures until they are.
    if (!period) return;
    const before = previousPeriod(period);
    setState({ kind: 'loading' });
    let live = true;
    Promise.all([api.analytics(period.from, period.to, target), api.analytics(before.from, before.to, target)]).then(
      ([current, previous]) => live && setState({ kind: 'ready', current, previous }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, preset, target, custom]);
  useEffect(load, [load]);

  async function downloadCsv(report: AnalyticsResponse) {
    const blob = await api.analyticsCsv(report.from, report.to);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'kotha-analytics.csv';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    // The tab's landmark, as every settings tab has (SettingsPage.tsx).
    <main>
    <Box direction="vertical" gap="SP4" padding="SP4" dataHook="analytics">
      {/* The controls wrap onto more lines on a narrow screen instead of running off it. */}
      <div className="kotha-analytics-controls">
        <Heading size="small" as="h2">{t('tabs.analytics')}</Heading>
        {phone ? (
          // Five presets do not fit a phone's width side by side: a list instead.
          <FormField label={t('analytics.period')} labelPlacement="left" stretchContent={false}>
            <Box width="160px">
              <Dropdown size="small" dataHook="analytics-range-select" options={PRESETS.map((p) => ({ id: p, value: t(PRESET_TEXT[p]) }))} selectedId={preset} onSelect={(option: { id: string | number }) => setPreset(option.id as Preset)} />
            </Box>
          </FormField>
        ) : (
          // A group of pressed/unpressed buttons: wix-style-react's SegmentedToggle marks the chosen one
          // with aria-selected, which a button may not carry (axe: aria-allowed-attr), so no reader hears it.
          <div role="group" aria-label={t('analytics.period')} className="kotha-analytics-presets" data-hook="analytics-range">
            {PRESETS.map((p) => (
              <Button key={p} size="small" priority={preset === p ? 'primary' : 'secondary'} aria-pressed={preset === p} onClick={() => setPreset(p)}>{t(PRESET_TEXT[p])}</Button>
            ))}
          </div>
        )}
        <FormField label={t('analytics.target')} labelPlacement="left" stretchContent={false}>
          <Box width="96px">
          <Dropdown
            size="small"
            dataHook="analytics-target"
            options={TARGETS.map((n) => ({ id: n, value: new Intl.NumberFormat(locale).format(n) }))}
            selectedId={target}
            onSelect={(option: { id: string | number }) => setTarget(Number(option.id))}
          />
          </Box>
        </FormField>
        {preset === 'custom' ? (
          <Box gap="SP2" dataHook="analytics-custom">
            <FormField label={t('analytics.from')} labelPlacement="left" stretchContent={false} status={customInvalid ? 'error' : undefined}>
              <Input size="small" type="date" value={custom.first} onChange={(event: { target: { value: string } }) => setCustom((c) => ({ ...c, first: event.target.value }))} dataHook="analytics-custom-from" />
            </FormField>
            <FormField label={t('analytics.to')} labelPlacement="left" stretchContent={false} status={customInvalid ? 'error' : undefined}>
              <Input size="small" type="date" value={custom.last} onChange={(event: { target: { value: string } }) => setCustom((c) => ({ ...c, last: event.target.value }))} dataHook="analytics-custom-to" />
            </FormField>
          </Box>
        ) : null}
        {state.kind === 'ready' && state.current.figures.conversations + state.current.figures.offline > 0 ? (
          <Button size="small" priority="secondary" onClick={() => void downloadCsv(state.current).catch(() => undefined)} dataHook="analytics-csv">{t('analytics.download')}</Button>
        ) : null}
      </div>
      {state.kind === 'loading' ? <Box padding="SP6" align="center"><Loader size="small" text={t('common.loading')} /></Box> : null}
      {state.kind === 'error' ? (
        <div role="alert">
          <Box direction="vertical" gap="SP2" align="center" padding="SP6" dataHook="analytics-error">
            <Text>{t('analytics.error')}</Text>
            <Text size="small" secondary>{state.message}</Text>
            <Button size="small" onClick={load}>{t('common.tryAgain')}</Button>
          </Box>
        </div>
      ) : null}
      {state.kind === 'ready' ? <Report current={state.current} previous={state.previous} agents={agents} locale={locale} phone={phone} /> : null}
    </Box>
    </main>
  );
}

function Report({ current, previous, agents, locale, phone }: { current: AnalyticsResponse; previous: AnalyticsResponse; agents: readonly Agent[]; locale: string | undefined; phone: boolean }) {
  const perRow = phone ? 2 : 3;
  const f = current.figures;
  const p = previous.figures;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const day = (date: string) => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00Z`));
  const nameOf = (uid: string) => agents.find((a) => a.uid === uid)?.displayName ?? uid;
  const freeNote = current.historyDays !== null ? <Text size="small" secondary dataHook="analytics-free">{t('analytics.freeWindow')}</Text> : null;

  const selfService = <SelfServiceCard current={current.selfService} previous={previous.selfService} perRow={perRow} locale={locale} />;
  if (f.conversations + f.offline === 0) {
    return (
      <Box direction="vertical" gap="SP4">
        <Box direction="vertical" gap="SP2" padding="SP6" align="center" dataHook="analytics-empty">
          <Text>{t('analytics.empty')}</Text>
          {freeNote}
        </Box>
        {selfService}
      </Box>
    );
  }

  const items: Kpi[] = [
    { value: count(f.conversations), description: t('analytics.conversations'), descriptionInfo: t('analytics.conversationsInfo', { offline: count(f.offline) }), percentage: changePercent(f.conversations, p.conversations) },
    { value: formatDuration(f.firstResponse.wall.median, locale), description: t('analytics.firstResponse'), descriptionInfo: t('analytics.firstResponseInfo', { business: formatDuration(f.firstResponse.business.median, locale), p90: formatDuration(f.firstResponse.wall.p90, locale), mean: formatDuration(f.firstResponse.wall.mean, locale) }), percentage: changePercent(f.firstResponse.wall.median, p.firstResponse.wall.median), invertedPercentage: true },
    { value: formatShare(f.firstResponse.answeredWithin.share, locale), description: t('analytics.answeredWithin', { minutes: count(f.firstResponse.answeredWithin.minutes) }), descriptionInfo: t('analytics.answeredWithinInfo'), percentage: changePercent(f.firstResponse.answeredWithin.share, p.firstResponse.answeredWithin.share) },
    { value: count(f.missed.count), description: t('analytics.missed'), descriptionInfo: t('analytics.missedInfo', { minutes: count(f.missed.afterMinutes) }), percentage: changePercent(f.missed.count, p.missed.count), invertedPercentage: true },
    { value: formatDuration(f.resolution.toFirstClose.median, locale), description: t('analytics.resolution'), descriptionInfo: t('analytics.resolutionInfo', { last: formatDuration(f.resolution.toLastClose.median, locale), reopened: count(f.resolution.reopened) }), percentage: changePercent(f.resolution.toFirstClose.median, p.resolution.toFirstClose.median), invertedPercentage: true },
    { value: formatShare(f.csat.score, locale), description: t('analytics.csat'), descriptionInfo: t('analytics.csatInfo', { rate: formatShare(f.csat.responseRate, locale) }), percentage: changePercent(f.csat.score, p.csat.score) },
  ];

  const max = Math.max(0, ...f.busiestHours.flat().map((c) => c.conversations));
  const hour = (h: number) => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(h);
  const weekday = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 2 + d));
  const weekdays = byWeekday(f.busiestHours);
  const maxDay = Math.max(1, ...f.trend.map((d) => d.conversations));
  const showChart = f.trend.length > 1;
  // Time runs the way the page reads: right to left in Arabic and Hebrew (the chart itself draws left to right).
  const chartDays = document.documentElement.dir === 'rtl' ? [...f.trend].reverse() : f.trend;

  return (
    <Box direction="vertical" gap="SP4">
      {freeNote}
      {/* Rows of three (of two on a phone): the widget shows at most five items in one row. */}
      <Card>
        <KpiRows items={items} perRow={perRow} dataHook="analytics-kpis" />
      </Card>

      <Card>
        <Card.Header title={t('analytics.trend')} />
        <Card.Content>
          {/* The chart is for the eye; the table says the same to a screen reader (and to the eye for one day). */}
          {showChart ? (
            <div aria-hidden="true" className="kotha-analytics-chart" data-hook="analytics-trend-chart">
              <AreaChart data={chartDays.map((d) => ({ label: day(d.date), value: d.conversations }))} tooltipContent={(item: { label: string; value: number }) => [item.label, `${t('analytics.conversations')}: ${count(item.value)}`]} />
            </div>
          ) : null}
          <table className={showChart ? 'kotha-sr-only' : 'kotha-analytics-table'} data-hook="analytics-trend">
            <caption className="kotha-sr-only">{t('analytics.trend')}</caption>
            <thead>
              <tr><th scope="col">{t('analytics.day')}</th><th scope="col">{t('analytics.conversations')}</th><th scope="col">{t('analytics.answered')}</th><th scope="col">{t('analytics.missed')}</th></tr>
            </thead>
            <tbody>
              {f.trend.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{day(d.date)}</th>
                  <td><span className="kotha-analytics-bar" style={{ inlineSize: `${(d.conversations / maxDay) * 8}em` }} aria-hidden="true" />{count(d.conversations)}</td>
                  <td>{count(d.answered)}</td>
                  <td>{count(d.missed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card.Content>
      </Card>

      <Card>
        <Card.Header title={t('analytics.heatmap')} subtitle={t('analytics.heatmapNote', { zone: current.timeZone })} />
        <Card.Content>
          {/* Which days are busiest at a glance: wix-style-react's BarChart (busiest first) for the eye, a table for screen readers. */}
          {max > 0 ? (
            <Box direction="vertical" gap="SP2" marginBottom="SP4">
              <Text size="small" weight="bold">{t('analytics.byWeekday')}</Text>
              <div aria-hidden="true" className="kotha-analytics-weekdays" data-hook="analytics-weekday-chart">
                <BarChart items={weekdays.filter((w) => w.conversations > 0).map((w) => ({ value: w.conversations, label: count(w.conversations), description: weekday(w.weekday) }))} />
              </div>
              <table className="kotha-sr-only" data-hook="analytics-weekdays">
                <caption>{t('analytics.byWeekday')}</caption>
                <thead>
                  <tr><th scope="col">{t('analytics.day')}</th><th scope="col">{t('analytics.conversations')}</th></tr>
                </thead>
                <tbody>
                  {weekdays.map((w) => (
                    <tr key={w.weekday}><th scope="row">{weekday(w.weekday)}</th><td>{count(w.conversations)}</td></tr>
                  ))}
                </tbody>
              </table>
            </Box>
          ) : null}
          {/* Scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it too. */}
          <div className="kotha-analytics-scroll" tabIndex={0} role="region" aria-label={t('analytics.heatmap')}>
            <table className="kotha-analytics-heatmap" data-hook="analytics-heatmap">
              <caption className="kotha-sr-only">{t('analytics.heatmapNote', { zone: current.timeZone })}</caption>
              <thead>
                <tr><td />{Array.from({ length: 24 }, (_, h) => <th key={h} scope="col">{hour(h)}</th>)}</tr>
              </thead>
              <tbody>
                {MONDAY_FIRST.map((d) => (
                  <tr key={d}>
                    <th scope="row">{weekday(d)}</th>
                    {f.busiestHours[d]!.map((cell, h) => (
                      <td key={h} className={`kotha-heat-${shade(cell.conversations, max)}${cell.openHours > 0 ? ' kotha-heat-open' : ''}`}>{cell.conversations > 0 ? count(cell.conversations) : ''}{cell.openHours > 0 ? <span className="kotha-sr-only">{t('analytics.open')}</span> : null}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card.Content>
      </Card>

      {selfService}

      {f.agents.length > 0 ? (
        // wix-style-react's own Table, as every Wix page lists things: a real <table>, one column header each, numbers as text.
        <Card>
          <Card.Header title={t('analytics.agents')} />
          {/* Our own sideways scroll, focusable (the Table's horizontalScroll is a region no keyboard reaches). */}
          <div className="kotha-analytics-scroll kotha-analytics-agents" tabIndex={0} role="region" aria-label={t('analytics.agents')}>
          <Table
            dataHook="analytics-agents"
            data={f.agents}
            rowVerticalPadding="small"
            columns={[
              { title: t('analytics.agent'), render: (a: AgentFigures) => nameOf(a.uid) },
              { title: t('analytics.handled'), render: (a: AgentFigures) => count(a.handled) },
              { title: t('analytics.firstResponse'), render: (a: AgentFigures) => formatDuration(a.firstReply.median, locale) },
              { title: t('analytics.fromAssignment'), render: (a: AgentFigures) => formatDuration(a.firstResponseFromAssignment.median, locale) },
              { title: t('analytics.closes'), render: (a: AgentFigures) => count(a.closes) },
              { title: t('analytics.csat'), render: (a: AgentFigures) => formatShare(a.csat, locale) },
            ]}
          >
            <Table.Content />
          </Table>
          </div>
        </Card>
      ) : null}

      {f.csat.badComments.length > 0 ? (
        <Card>
          <Card.Header title={t('analytics.badComments')} />
          <Card.Content>
            <ul className="kotha-analytics-comments" data-hook="analytics-comments">
              {f.csat.badComments.map((c) => (
                <li key={c.conversationId}>
                  <Text size="small">“{c.comment}”</Text> <Text size="tiny" secondary>{c.uid ? nameOf(c.uid) : ''}</Text>
                </li>
              ))}
            </ul>
          </Card.Content>
        </Card>
      ) : null}
    </Box>
  );
}
