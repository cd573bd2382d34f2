/**
 * `npm run screenshots`: the README's pictures, taken from the real local stack in
 * Debian's Chromium: the inbox with a conversation open on a laptop (1366×768) and on a
 * phone (390×844, list and conversation), the widget in English and in Bengali, the inbox
 * in Bengali, and the Analytics tab in English, Bengali and Arabic (analytics-screenshots.ts).
 * Writes docs/*.png (and, with
 * KOTHA_SCREENSHOT_RTL=<file>, the inbox in Hebrew there, to check right-to-left by eye).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ROUTES, type StartSessionResponse } from '@kotha/common/contract';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser';
import { signInstance } from '../plugin/src/instance';
import { startStandaloneStack } from './standalone-stack';
import { analyticsScreenshots } from './analytics-screenshots';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const id = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

const standalone = await startStandaloneStack({ appId: 'kotha-local-app', premium: true, settings: { greeting: 'Hi! Ask us anything about our handmade goods.', accentColor: '#0b6e4f' } });
const { stack, siteId, config } = standalone;

const api = (path: string, method: string, auth: string | null, body?: unknown) =>
  fetch(`${stack.urls.api}${path}`, { method, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) }).then(async (r) => {
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  });
const merchant = `Instance ${signInstance({ instanceId: siteId, appDefId: config.wixAppId, signDate: new Date().toISOString(), uid: 'owner', permissions: 'OWNER' }, config.wixAppSecret)}`;

async function shopper(name: string | null, email: string | null, lines: Array<['visitor' | 'agent', string]>, timeZone?: string) {
  const session = (await api(ROUTES.session, 'POST', null, { siteId })) as StartSessionResponse;
  const auth = `Bearer ${session.visitorToken}`;
  // The page view the widget reports (with Analytics consent) carries the browser's zone.
  if (timeZone) await fetch(`${stack.urls.api}${ROUTES.pageView}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: session.visitorToken, url: 'https://nakshi.example/', timeZone }) });
  if (name || email) await api(ROUTES.identify, 'POST', auth, { ...(name ? { name } : {}), ...(email ? { email } : {}) });
  const conversationId = id('c');
  for (const [who, text] of lines) {
    if (who === 'visitor') await api(ROUTES.visitorMessages, 'POST', auth, { conversationId, id: id('m'), text });
    else await api(ROUTES.agentMessages(conversationId), 'POST', merchant, { id: id('r'), text });
    await new Promise((r) => setTimeout(r, 30));
  }
  return { session, conversationId };
}

await api(ROUTES.me, 'GET', merchant);
await api(ROUTES.agentProfile, 'PUT', merchant, { displayName: 'Asha', photoUrl: null });
const vip = (await api(ROUTES.labels, 'POST', merchant, { name: 'VIP', color: '#b42318' })) as { label: { id: string } };
await api(ROUTES.labels, 'POST', merchant, { name: 'Wholesale', color: '#0b6e4f' });
await shopper('Tomás Ruiz', null, [['visitor', 'Is the brass lamp in stock?']]);
await shopper(null, null, [['visitor', 'What are your opening hours on Friday?']], 'Europe/London');
await shopper('Meena Das', 'meena@example.com', [['visitor', 'আমার অর্ডার কোথায়? আমি গত সপ্তাহে নকশী কাঁথা অর্ডার করেছিলাম।'], ['agent', 'দুঃখিত, মীনা! আপনার অর্ডারটি আজ পাঠানো হয়েছে।']]);
const rina = await shopper('Rina Akter', 'rina@example.com', [
  ['visitor', 'Hi! Do you ship to Sylhet?'],
  ['agent', 'Hi Rina, yes we do: 2–3 days by courier.'],
  ['visitor', 'Great. Can you gift-wrap the kantha quilt?'],
]);
// Rina's visit, as her widget reports it: two pages, from a search, in Dhaka.
for (const [url, title] of [['https://nakshi.example/', 'Nakshi Crafts'], ['https://nakshi.example/quilts/river', 'River kantha quilt']]) {
  await fetch(`${stack.urls.api}${ROUTES.pageView}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1' },
    body: JSON.stringify({ token: rina.session.visitorToken, url, title, referrer: 'https://www.google.com/', timeZone: 'Asia/Dhaka', language: 'bn' }),
  });
}
await api(ROUTES.conversationLabels(rina.conversationId), 'PUT', merchant, { labels: [vip.label.id] });
await api(ROUTES.conversationAssignee(rina.conversationId), 'PUT', merchant, { assigneeUid: 'owner' });
await api(ROUTES.conversationNotes(rina.conversationId), 'POST', merchant, { id: id('n'), text: 'Repeat customer: offer free gift-wrap.' });

/** A merchant's usual day: the one-time notices (publish reminder, notification ask) already dismissed. */
async function dismissNotices(page: Page) {
  await page.locator('[data-hook="notifications-ask"]').waitFor({ timeout: 5_000 }).catch(() => undefined);
  for (let i = 0; i < 5 && (await page.locator('[data-hook="banner-dismiss"]').count()) > 0; i++) await page.locator('[data-hook="banner-dismiss"]').first().click();
}

const browser = await launchChromium();
const inbox = await browser.newPage({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
await inbox.goto(stack.dashboardUrl(siteId, 'owner'));
await dismissNotices(inbox);
await inbox.locator('[data-hook="conversation-row"]', { hasText: 'Rina' }).click();
await inbox.locator('[data-hook="note"]').waitFor();
await inbox.locator('[data-hook="composer"] textarea').fill('Of course! Gift-wrap is free for you.');
await inbox.screenshot({ path: `${docs}inbox.png` });

// On a phone, as Wix's Owner app shows dashboard pages: the list, then the conversation.
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
const phoneInbox = await phone.newPage();
await phoneInbox.goto(stack.dashboardUrl(siteId, 'owner'));
const rinaRow = phoneInbox.locator('[data-hook="conversation-row"]', { hasText: 'Rina' });
await rinaRow.waitFor();
await dismissNotices(phoneInbox);
await phoneInbox.screenshot({ path: `${docs}inbox-phone.png` });
await rinaRow.tap();
await phoneInbox.locator('[data-hook="composer"] textarea').waitFor();
await phoneInbox.screenshot({ path: `${docs}inbox-phone-conversation.png` });
await phone.close();

// The same inbox for a merchant whose Wix dashboard is in Bengali (Wix adds `&locale=`).
const bengali = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
await bengali.goto(`${stack.dashboardUrl(siteId, 'owner')}&locale=bn`);
await bengali.locator('[data-hook="conversation-row"]', { hasText: 'Rina' }).click();
await bengali.locator('[data-hook="note"]').waitFor();
await bengali.screenshot({ path: `${docs}inbox-bn.png` });
if (process.env.KOTHA_SCREENSHOT_RTL) {
  await bengali.goto(`${stack.dashboardUrl(siteId, 'owner')}&locale=he`);
  await bengali.locator('[data-hook="conversation-row"]', { hasText: 'Rina' }).click();
  await bengali.locator('[data-hook="note"]').waitFor();
  await bengali.screenshot({ path: process.env.KOTHA_SCREENSHOT_RTL });
}

for (const [locale, lines] of [
  ['en', [['visitor', 'Hi! Do you ship to Sylhet?'], ['agent', 'Hi! Yes: 2–3 days by courier.']]],
  ['bn', [['visitor', 'নমস্কার! আপনারা কি সিলেটে পাঠান?'], ['agent', 'হ্যাঁ, কুরিয়ারে ২–৩ দিন লাগে।']]],
] as const) {
  const shop = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await shop.goto(`${stack.baseUrl}/?site=${siteId}`);
  await shop.evaluate((tag) => (window as unknown as { Kotha: { setLocale(t: string): void } }).Kotha.setLocale(tag), locale);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').click();
  await widget('composer').fill(lines[0][1]);
  await widget('send').click();
  await shop.waitForFunction(() => document.querySelector('#kotha-widget')?.shadowRoot?.querySelector('[data-status="sent"]'));
  const list = (await api(`${ROUTES.inbox}?view=open&limit=1`, 'GET', merchant)) as { conversations: Array<{ id: string }> };
  await api(ROUTES.agentMessages(list.conversations[0]!.id), 'POST', merchant, { id: id('r'), text: lines[1][1] });
  await shop.waitForFunction(() => (document.querySelector('#kotha-widget')?.shadowRoot?.querySelectorAll('[data-kotha="message"]').length ?? 0) >= 2);
  await shop.screenshot({ path: `${docs}widget-${locale}.png` });
  await shop.close();
}

await analyticsScreenshots(standalone, browser, docs);

await browser.close();
await standalone.stop();
console.log(`screenshots written to ${docs}`);
process.exit(0);
