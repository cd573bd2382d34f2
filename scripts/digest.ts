/**
 * `npm run digest`: asks the running local stack (`npm start`, same PORT) to run the weekly
 * digest job as at the demo site's latest Monday 08:00, and says what it did; the email
 * shows at /mail. Local only: production runs the job every hour (functions/src/index.ts).
 */
export {};

const port = Number(process.env.PORT ?? 8787);
const base = `http://localhost:${port}`;
const response = await fetch(`${base}/dev/weekly-digest`, { method: 'POST' }).catch((error: Error) => {
  console.error(`Could not reach the local stack at ${base} (${error.message}). Start it with \`npm start\` (and the same PORT).`);
  process.exit(1);
});
if (!response.ok) {
  console.error(`The local stack answered ${response.status}: ${await response.text()}`);
  process.exit(1);
}
const report = (await response.json()) as { ranAt: string; timeZone: string; sites: number; sent: number; pending: number; refused: number; noAddress: number; failed: number };
console.log(`Ran the weekly digest job as at ${report.ranAt} (the demo site's Monday 08:00, ${report.timeZone}).`);
if (report.sent > 0) console.log(`Sent ${report.sent} digest(s): see ${base}/mail`);
else if (report.sites === 0) console.log('No site has the weekly digest on: turn it on in the dashboard (Team & tools), then run this again.');
else if (report.noAddress > 0) console.log('The owner has no email address: set one on the Hours tab (where offline messages go), then run this again.');
else if (report.pending + report.refused + report.failed > 0) console.log(`The digest could not go (waiting to retry: ${report.pending}, refused by the email guard: ${report.refused}, failed: ${report.failed}); the stack's log says why.`);
else console.log(`That week's digest was sent already (at most one a week): see ${base}/mail`);
