/**
 * KPI cards, each compared with the period before, in rows of `perRow` (wix-style-react's
 * StatisticsWidget shows at most five items in one row): the Analytics tab's and its
 * self-service part's. A change of null (nothing to compare with) shows no percentage.
 */
import { StatisticsWidget, type StatisticsWidgetItem } from 'wix-style-react';

export type Kpi = Omit<StatisticsWidgetItem, 'percentage'> & { percentage: number | null };

export function KpiRows({ items, perRow, dataHook }: { items: Kpi[]; perRow: number; dataHook: string }) {
  const shown = items.map(({ percentage, ...item }) => (percentage === null ? item : { ...item, percentage }));
  return (
    <div data-hook={dataHook}>
      {Array.from({ length: Math.ceil(shown.length / perRow) }, (_, row) => (
        <StatisticsWidget key={row} items={shown.slice(row * perRow, (row + 1) * perRow)} />
      ))}
    </div>
  );
}
