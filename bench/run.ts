/**
 * `npm run bench`: measures what docs/architecture.md budgets and writes bench/report.json.
 * Every number is measured on this run; sections not built yet are left out.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureWidgetSize } from './widget-size';
import { measureLatency } from './latency';
import { measureScale } from './scale';
import { measureInbox } from './inbox';
import { measureHostPage } from './host-page';
import { measureChatOpen } from './chat-open';
import { measureDashboardSize } from './dashboard-size';

const root = fileURLToPath(new URL('..', import.meta.url));

const report: Record<string, unknown> = {
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  at: new Date().toISOString(),
};

console.log('measuring the widget size…');
report.widget = await measureWidgetSize();
console.log('measuring shopper-send → merchant-stream latency on the local stack…');
report.latency = await measureLatency({ conversations: 100, messages: 300 });
console.log('measuring 2,000 concurrent shopper streams on one API process…');
report.scale = await measureScale({ streams: 2000, messages: 1000 });
console.log("measuring the widget's cost to the shop's page (Chromium, CPU 4× slower)…");
report.hostPage = await measureHostPage();
console.log('measuring launcher click → usable composer on the shop page (Chromium, CPU 4× slower)…');
report.chatOpen = await measureChatOpen();
console.log("measuring the dashboard's initial JavaScript…");
report.dashboard = await measureDashboardSize();
console.log('measuring the inbox with 10,000 conversations (API first page, dashboard render in Chromium)…');
report.inbox = await measureInbox({ conversations: 10_000 });

await writeFile(`${root}bench/report.json`, `${JSON.stringify(report, null, 2)}\n`);

const rows: Array<[string, string, string]> = [];
const w = report.widget as Record<string, number>;
const l = report.latency as Record<string, number>;
rows.push(['widget loader (gzip)', `${w.loaderGzipBytes} B`, '≤ 5,120 B']);
rows.push(['whole widget (gzip)', `${w.totalGzipBytes} B`, '≤ 25,600 B']);
rows.push([`send → merchant sees it, p50 (${l.messages} msgs)`, `${l.p50Ms} ms`, '≤ 50 ms']);
rows.push([`send → merchant sees it, p99`, `${l.p99Ms} ms`, '≤ 200 ms']);
const sc = report.scale as Record<string, number>;
rows.push([`open shopper streams, one API process`, `${sc.streams}`, '≥ 2,000']);
rows.push([`API process memory with them`, `${sc.rssMB} MB`, '≤ 512 MB']);
rows.push([`messages/s with every stream open`, `${sc.messagesPerSec}`, '—']);
const hp = report.hostPage as { withWidget: Record<string, number>; withoutWidget: Record<string, number> };
rows.push([`shop page long tasks, with / without widget (CPU 4×)`, `${hp.withWidget.longTasks} / ${hp.withoutWidget.longTasks}`, 'no more with']);
rows.push([`shop page total blocking time, with / without`, `${hp.withWidget.totalBlockingTimeMs} / ${hp.withoutWidget.totalBlockingTimeMs} ms`, 'no more with']);
rows.push([`shop page layout shift (CLS), with / without`, `${hp.withWidget.cumulativeLayoutShift} / ${hp.withoutWidget.cumulativeLayoutShift}`, '0 added']);
type Open = { clickToComposerMs: number; longTasksAfterClick: number; blockingMsAfterClick: number };
const co = report.chatOpen as { newShopper: Open; returningShopper: Open };
rows.push([`launcher click → usable composer, new / returning shopper (p50, CPU 4×)`, `${co.newShopper.clickToComposerMs} / ${co.returningShopper.clickToComposerMs} ms`, '≤ 250 ms']);
rows.push([`long tasks after the click, new / returning (blocking ms)`, `${co.newShopper.longTasksAfterClick} / ${co.returningShopper.longTasksAfterClick} (${co.newShopper.blockingMsAfterClick} / ${co.returningShopper.blockingMsAfterClick} ms)`, '0']);
const ib = report.inbox as { conversations: number; firstPageApiP50Ms: number; renderFirstRowsP50Ms: number; api: Record<string, { p50Ms: number }> };
rows.push([`inbox first page, API, ${ib.conversations.toLocaleString('en')} conversations (p50)`, `${ib.firstPageApiP50Ms} ms`, '—']);
rows.push([`… waiting longest / label / search (p50)`, `${ib.api.waiting?.p50Ms} / ${ib.api.label?.p50Ms} / ${ib.api.search?.p50Ms} ms`, '—']);
const db = report.dashboard as { initialJsGzipBytes: number };
rows.push([`dashboard initial JavaScript, before the first rows (gzip)`, `${db.initialJsGzipBytes.toLocaleString('en')} B`, '≤ 174,080 B']);
rows.push([`inbox render, navigation → first rows (p50, Chromium)`, `${ib.renderFirstRowsP50Ms} ms`, '—']);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'measure'.padEnd(width)}  ${'result'.padStart(10)}  budget`);
for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${budget}`);
await quoteInReadme(rows);
console.log('\nwritten to bench/report.json and quoted in README.md');
process.exit(0);

/** Keeps the README's numbers the ones this run measured (between the bench markers). */
async function quoteInReadme(table: Array<[string, string, string]>): Promise<void> {
  const path = `${root}README.md`;
  const readme = await readFile(path, 'utf8');
  const lines = [
    `Measured ${String(report.at).slice(0, 10)} on ${String(report.machine)}:`,
    '',
    '| measure | result | budget |',
    '| --- | ---: | --- |',
    ...table.map(([name, value, budget]) => `| ${name} | ${value} | ${budget} |`),
  ];
  const updated = readme.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${lines.join('\n')}\n<!-- bench:end -->`,
  );
  await writeFile(path, updated);
}
