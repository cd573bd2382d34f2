/**
 * `npm run bench`: measures what docs/architecture.md budgets and writes bench/report.json.
 * Every number is measured on this run; sections not built yet are left out.
 *
 * Options (after `npm run bench --`):
 * - `--only soak,cost`: measure these sections only; the others keep their last numbers
 *   (sections: widget, latency, scale, hostPage, chatOpen, dashboard, inbox, analytics, soak, cost, helpSearch);
 * - `--soak-minutes n` (or KOTHA_SOAK_MINUTES): how long the soak's load runs, 2 by default;
 *   `npm run bench:soak` runs the soak alone for 30;
 * - `--soak-shoppers n`, `--soak-agents n`, `--soak-think-seconds n`, `--soak-reply-seconds n`,
 *   `--soak-navigate-seconds n`, `--soak-pause-seconds n`: the soak's model (soak.ts).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureWidgetSize } from './widget-size';
import { measureLatency } from './latency';
import { measureScale } from './scale';
import { measureInbox } from './inbox';
import { measureAnalytics } from './analytics';
import { measureHostPage } from './host-page';
import { DEFAULT_SOAK, measureSoak } from './soak';
import { measureCost } from './cost';
import { measureChatOpen } from './chat-open';
import { measureDashboardSize } from './dashboard-size';
import { measureHelpSearch } from './help-search';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECTIONS = ['widget', 'latency', 'scale', 'hostPage', 'chatOpen', 'dashboard', 'inbox', 'analytics', 'soak', 'cost', 'helpSearch'] as const;
type Section = (typeof SECTIONS)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    'soak-minutes': { type: 'string' },
    'soak-shoppers': { type: 'string' },
    'soak-agents': { type: 'string' },
    'soak-think-seconds': { type: 'string' },
    'soak-reply-seconds': { type: 'string' },
    'soak-navigate-seconds': { type: 'string' },
    'soak-pause-seconds': { type: 'string' },
  },
});
const only = args.only?.split(',').map((s) => s.trim()) ?? null;
const unknown = only?.filter((s) => !SECTIONS.includes(s as Section)) ?? [];
if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
const runs = (section: Section) => !only || only.includes(section);
const number = (value: string | undefined, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`not a positive number: ${value}`);
  return parsed;
};
const soakOptions = {
  minutes: number(args['soak-minutes'] ?? process.env.KOTHA_SOAK_MINUTES, DEFAULT_SOAK.minutes),
  shoppers: number(args['soak-shoppers'], DEFAULT_SOAK.shoppers),
  agents: number(args['soak-agents'], DEFAULT_SOAK.agents),
  thinkSeconds: number(args['soak-think-seconds'], DEFAULT_SOAK.thinkSeconds),
  replySeconds: number(args['soak-reply-seconds'], DEFAULT_SOAK.replySeconds),
  navigateSeconds: number(args['soak-navigate-seconds'], DEFAULT_SOAK.navigateSeconds),
  pauseSeconds: number(args['soak-pause-seconds'], DEFAULT_SOAK.pauseSeconds),
  verbose: true,
};

// A partial run keeps the other sections' last numbers.
const reportPath = `${root}bench/report.json`;
const previous = existsSync(reportPath) ? (JSON.parse(await readFile(reportPath, 'utf8')) as Record<string, unknown>) : {};
const report: Record<string, unknown> = only ? { ...previous } : {};
report.machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (!only) report.at = new Date().toISOString();

if (runs('widget')) {
  console.log('measuring the widget size…');
  report.widget = await measureWidgetSize();
}
if (runs('latency')) {
  console.log('measuring shopper-send → merchant-stream latency on the local stack…');
  report.latency = await measureLatency({ conversations: 100, messages: 300 });
}
if (runs('scale')) {
  console.log('measuring 2,000 concurrent shopper streams on one API process…');
  report.scale = await measureScale({ streams: 2000, messages: 1000 });
}
if (runs('hostPage')) {
  console.log("measuring the widget's cost to the shop's page (Chromium, CPU 4× slower)…");
  report.hostPage = await measureHostPage();
}
if (runs('chatOpen')) {
  console.log('measuring launcher click → usable composer on the shop page (Chromium, CPU 4× slower)…');
  report.chatOpen = await measureChatOpen();
}
if (runs('dashboard')) {
  console.log("measuring the dashboard's initial JavaScript…");
  report.dashboard = await measureDashboardSize();
}
if (runs('inbox')) {
  console.log('measuring the inbox with 10,000 conversations (API first page, dashboard render in Chromium)…');
  report.inbox = await measureInbox({ conversations: 10_000 });
}
if (runs('analytics')) {
  console.log('measuring the Analytics tab over 90 days with 10,000 conversations (API time, Firestore reads, the rollup job)…');
  report.analytics = await measureAnalytics({ conversations: 10_000, days: 90, helpVisits: 1_000 });
}
if (runs('soak')) {
  console.log(`soak and faults: ${soakOptions.shoppers} shoppers, ${soakOptions.agents} agents, two API processes, ${soakOptions.minutes} min…`);
  report.soak = await measureSoak(soakOptions);
}
if (runs('cost')) {
  console.log('counting Firestore operations and invocations per scenario, projecting a month…');
  report.cost = await measureCost();
}
if (runs('helpSearch')) {
  console.log('measuring the help center search: golden set in English, Bengali and Telugu, 1,000 articles…');
  report.helpSearch = await measureHelpSearch();
}

await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

const rows: Array<[string, string, string]> = [];
const w = report.widget as Record<string, number> | undefined;
if (w) {
  rows.push(['widget loader (gzip)', `${w.loaderGzipBytes} B`, '≤ 5,120 B']);
  rows.push(['whole widget: loader + panel (gzip)', `${w.totalGzipBytes} B`, '≤ 26,112 B']);
  if (w.pageViewGzipBytes) rows.push(['page-view module, for a shopper who has chatted (gzip)', `${w.pageViewGzipBytes} B`, '≤ 1,024 B']);
  rows.push(['Help chunk, on opening Help or typing (gzip)', `${w.helpGzipBytes} B`, '≤ 8,192 B']);
  rows.push(['largest Help text pack (gzip)', `${w.helpLocaleGzipBytesMax} B`, '≤ 2,048 B']);
}
const l = report.latency as Record<string, number> | undefined;
if (l) {
  rows.push([`send → merchant sees it, p50 (${l.messages} msgs)`, `${l.p50Ms} ms`, '≤ 50 ms']);
  rows.push([`send → merchant sees it, p99`, `${l.p99Ms} ms`, '≤ 200 ms']);
}
const sc = report.scale as Record<string, number> | undefined;
if (sc) {
  rows.push([`open shopper streams, one API process`, `${sc.streams}`, '≥ 2,000']);
  rows.push([`API process memory with them`, `${sc.rssMB} MB`, '≤ 512 MB']);
  rows.push([`messages/s with every stream open`, `${sc.messagesPerSec}`, '—']);
}
const hp = report.hostPage as { withWidget: Record<string, number>; withoutWidget: Record<string, number> } | undefined;
if (hp) {
  rows.push([`shop page long tasks, with / without widget (CPU 4×)`, `${hp.withWidget.longTasks} / ${hp.withoutWidget.longTasks}`, 'no more with']);
  rows.push([`shop page total blocking time, with / without`, `${hp.withWidget.totalBlockingTimeMs} / ${hp.withoutWidget.totalBlockingTimeMs} ms`, 'no more with']);
  rows.push([`shop page layout shift (CLS), with / without`, `${hp.withWidget.cumulativeLayoutShift} / ${hp.withoutWidget.cumulativeLayoutShift}`, '0 added']);
}
type Open = { clickToComposerMs: number; longTasksAfterClick: number; blockingMsAfterClick: number };
const co = report.chatOpen as { newShopper: Open; returningShopper: Open } | undefined;
if (co) {
  rows.push([`launcher click → usable composer, new / returning shopper (p50, CPU 4×)`, `${co.newShopper.clickToComposerMs} / ${co.returningShopper.clickToComposerMs} ms`, '≤ 250 ms']);
  rows.push([`long tasks after the click, new / returning (blocking ms)`, `${co.newShopper.longTasksAfterClick} / ${co.returningShopper.longTasksAfterClick} (${co.newShopper.blockingMsAfterClick} / ${co.returningShopper.blockingMsAfterClick} ms)`, '0']);
}
const db = report.dashboard as { initialJsGzipBytes: number } | undefined;
if (db) rows.push([`dashboard initial JavaScript, before the first rows (gzip)`, `${db.initialJsGzipBytes.toLocaleString('en')} B`, '≤ 174,080 B']);
const ib = report.inbox as { conversations: number; firstPageApiP50Ms: number; renderFirstRowsP50Ms: number; api: Record<string, { p50Ms: number }> } | undefined;
if (ib) {
  rows.push([`inbox first page, API, ${ib.conversations.toLocaleString('en')} conversations (p50)`, `${ib.firstPageApiP50Ms} ms`, '—']);
  rows.push([`… waiting longest / label / search (p50)`, `${ib.api.waiting?.p50Ms} / ${ib.api.label?.p50Ms} / ${ib.api.search?.p50Ms} ms`, '—']);
  rows.push([`inbox render, navigation → first rows (p50, Chromium)`, `${ib.renderFirstRowsP50Ms} ms`, '—']);
}
const an = report.analytics as Awaited<ReturnType<typeof measureAnalytics>> | undefined;
if (an) {
  const n = an.conversations.toLocaleString('en');
  rows.push([`Analytics tab, ${an.days} days of ${n} conversations and ${(an.helpVisits ?? 0).toLocaleString('en')} help-center visits, API answer with the period before (p50)`, `${an.view.apiP50Ms} ms`, '—']);
  rows.push([`… Firestore reads per view (stored days + the live days' conversations and help events)`, `${an.view.reads.toLocaleString('en')}`, `< ${n}`]);
  rows.push([`… before the rollup job ever ran (every day live, capped)`, `${an.beforeRollups.apiMs} ms, ${an.beforeRollups.reads.toLocaleString('en')} reads`, '—']);
  rows.push([`… rollup job: first run over the history / a day after (reads / writes)`, `${an.firstRollup.reads.toLocaleString('en')} / ${an.firstRollup.writes} · ${an.dailyRollup.reads} / ${an.dailyRollup.writes}`, '—']);
}
const soak = report.soak as Awaited<ReturnType<typeof measureSoak>> | undefined;
if (soak) {
  const minutes = Math.round(soak.runSeconds / 6) / 10;
  const run = `${minutes} min, ${soak.options.shoppers} shoppers, ${soak.options.agents} agents`;
  const m = soak.messages;
  const memory = Object.entries(soak.memory.apis).map(([, v]) => `${v.start.heapUsedMB}→${v.end.heapUsedMB}`).join(', ');
  rows.push([`soak (${run}), messages sent / received once by shopper / by every agent`, `${m.sent} / ${m.shopperSide.receivedExactlyOnce} / ${m.agentSide.receivedExactlyOnce}`, 'all']);
  rows.push([`soak, messages missing / duplicated`, `${m.shopperSide.missing + m.agentSide.missing} / ${m.shopperSide.duplicated + m.agentSide.duplicated}`, '0 / 0']);
  rows.push([`soak, send → other side sees it, p50 / p99 (shared 2-core machine)`, `${soak.latency.p50Ms} / ${soak.latency.p99Ms} ms`, '—']);
  rows.push([`soak, API heap after GC, start → end, per process life`, `${memory} MB`, 'no growth']);
  rows.push([`soak, all the run's Firestore writes ÷ messages (a message's own batch is 3; the rest: wait stamps on the site, stream presence beats)`, `${soak.firestore.perMessage.writes}`, '—']);
}
const cost = report.cost as Awaited<ReturnType<typeof measureCost>> | undefined;
if (cost) {
  const usd = (n: number) => `$${n < 0.01 ? n.toFixed(4) : n.toFixed(3)}`;
  const p = cost.profiles;
  rows.push([`cost per month, idle site (Firestore + functions, list prices ${cost.prices.checkedOn})`, usd(p.idle!.costUsd.total), '≈ $0']);
  rows.push([`cost per month, small shop (10k page views, 300 chats, 3k messages)`, usd(p.smallShop!.costUsd.total), '< $0.10']);
  rows.push([`cost per month, busy shop (10×)`, usd(p.busyShop!.costUsd.total), '—']);
  const top = p.smallShop!.drivers[0]!;
  rows.push([`small shop's top cost driver`, `${top.scenario} ${top.share} %`, '—']);
}
const hs = report.helpSearch as Awaited<ReturnType<typeof measureHelpSearch>> | undefined;
if (hs) {
  const q = hs.quality;
  rows.push([`help search, recall@3 / MRR, ${q.all!.questions} questions (en / bn / te: ${q.en!.recallAt3} / ${q.bn!.recallAt3} / ${q.te!.recallAt3})`, `${q.all!.recallAt3} / ${q.all!.mrr}`, '—']);
  rows.push([`help search per keystroke, ${hs.articles.toLocaleString('en')} articles, server p50 / p95 (cold shelf ${hs.coldShelfMs} ms)`, `${hs.suggestP50Ms} / ${hs.suggestP95Ms} ms`, '—']);
}
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
  const dates = [
    report.at ? `Measured ${String(report.at).slice(0, 10)}` : null,
    soak ? `the soak ${soak.measuredAt.slice(0, 10)}` : null,
    cost ? `the cost model ${cost.measuredAt.slice(0, 10)}` : null,
  ].filter(Boolean);
  const lines = [
    `${dates.join('; ')} on ${String(report.machine)}:`,
    '',
    '| measure | result | budget |',
    '| --- | ---: | --- |',
    ...table.map(([name, value, budget]) => `| ${name} | ${value} | ${budget} |`),
  ];
  let updated = readme.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${lines.join('\n')}\n<!-- bench:end -->`,
  );
  if (cost) updated = updated.replace(/<!-- cost:start -->[\s\S]*<!-- cost:end -->/, `<!-- cost:start -->\n${costTables(cost).join('\n')}\n<!-- cost:end -->`);
  await writeFile(path, updated);
}

/** The cost model's scenarios and profiles as the README shows them. */
function costTables(model: Awaited<ReturnType<typeof measureCost>>): string[] {
  const usd = (n: number) => (n === 0 ? '$0' : `$${n.toFixed(n < 0.001 ? 6 : 3)}`);
  const thousands = (n: number) => Math.round(n).toLocaleString('en');
  return [
    '| scenario | reads (of them listener) | writes | deletes (TTL) | requests api / stream | cost each |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(model.scenarios).map(([key, s]) =>
      `| \`${key}\`: ${s.what} | ${thousands(s.ops.reads + s.ops.listenReads)} (${thousands(s.ops.listenReads)}) | ${thousands(s.ops.writes)} | ${thousands(s.ops.deletes + s.ops.ttlDeletes)} | ${s.apiRequests} / ${s.streamRequests} | ${usd(s.costUsd.total)} |`),
    '',
    '| per month | reads | writes | deletes | requests | Firestore | requests | compute | total | biggest share |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...Object.entries(model.profiles).map(([name, p]) =>
      `| ${name}: ${p.what} | ${thousands(p.perMonth.reads)} | ${thousands(p.perMonth.writes)} | ${thousands(p.perMonth.deletes)} | ${thousands(p.perMonth.invocations)} | ${usd(p.costUsd.firestore)} | ${usd(p.costUsd.requests)} | ${usd(p.costUsd.compute)} | **${usd(p.costUsd.total)}** | ${p.drivers[0] ? `\`${p.drivers[0].scenario}\` ${p.drivers[0].share} %` : '—'} |`),
  ];
}
