/**
 * The inbox as a team uses it, in Chromium: two shoppers and two agents at once, a canned
 * response through "/", labels and their filter, assignment with a transfer note, a
 * notification for a conversation not on screen, and blocking a shopper.
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

/** Teammates need Premium: Wix (the stand-in) says the site bought it, as the dashboard checks on opening. */
function makePremium(siteId: string) {
  const site = suite.stack.wix.sites.get(siteId)!;
  suite.stack.wix.sites.set(siteId, { ...site, billing: { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true } });
}

async function openShop(text: string) {
  const shop = await suite.browser.newPage();
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').click();
  await widget('composer').fill(text);
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  return { shop, widget };
}

/** An agent's dashboard; desktop notifications are granted and recorded. */
async function openInbox(uid: string) {
  const context = await suite.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['notifications'], { origin: suite.stack.baseUrl });
  await context.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = [];
    (window as unknown as { __notifications: typeof shown }).__notifications = shown;
    class Recorded {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string } = {}) {
        shown.push({ title, body: options.body ?? '' });
      }
      close() {}
    }
    (window as unknown as { Notification: unknown }).Notification = Recorded;
  });
  const page = await context.newPage();
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId, uid));
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);

  await expect.poll(() => hook('stream-status').innerText(), { timeout: 15_000 }).toBe('Live');
  return { page, hook, close: () => context.close() };
}

const notifications = (page: Page) => page.evaluate(() => (window as unknown as { __notifications: Array<{ title: string; body: string }> }).__notifications);
const rowFor = (page: Page, text: string) => page.locator('[data-hook="conversation-row"]', { hasText: text });

it('lets two agents serve two shoppers at once with canned responses, labels, assignment and notifications', async () => {
  makePremium(suite.stack.siteId);
  const asha = await openInbox('asha');
  const bilal = await openInbox('bilal');

  // Asha sets up the team's tools: her name, a label, a canned response.
  await asha.hook('pages').getByText('Team & tools').click();
  await expect.poll(() => asha.hook('profile-name').locator('input').inputValue()).toBe('Nakshi Crafts');
  await asha.hook('profile-name').locator('input').fill('Asha');
  await asha.hook('profile-save').click();
  await expect.poll(() => asha.hook('profile-saved').count()).toBe(1);
  await asha.hook('new-label-name').locator('input').fill('VIP');
  await asha.hook('new-label-add').click();
  await expect.poll(() => asha.hook('label-row').count()).toBe(1);
  await asha.hook('canned-title').locator('input').fill('Shipping times');
  await asha.hook('canned-shortcut').locator('input').fill('ship');
  await asha.hook('canned-text').locator('textarea').fill('Hi {shopper.name}, we ship in 2 days. — {agent.name}');
  await asha.hook('canned-save').click();
  await expect.poll(() => asha.hook('canned-row').count()).toBe(1);
  await asha.hook('pages').getByText('Inbox').click();
  await expect.poll(() => asha.hook('stream-status').innerText(), { timeout: 15_000 }).toBe('Live');

  const rina = await openShop('Do you ship to Sylhet?');
  await rina.shop.evaluate(() => (window as unknown as { Kotha: { identify(i: unknown): void } }).Kotha.identify({ name: 'Rina', email: 'rina@example.com' }));
  const tomas = await openShop('Is the brass lamp in stock?');
  await expect.poll(() => asha.hook('conversation-row').count(), { timeout: 10_000 }).toBe(2);
  await expect.poll(() => bilal.hook('conversation-row').count(), { timeout: 10_000 }).toBe(2);
  await expect.poll(() => rowFor(asha.page, 'Sylhet').innerText(), { timeout: 10_000 }).toContain('Rina');

  // Asha answers Rina with the canned response; Bilal answers the other shopper at the same time.
  await rowFor(asha.page, 'Sylhet').click();
  await rowFor(bilal.page, 'brass lamp').click();
  const composer = asha.hook('composer').locator('textarea');
  await composer.fill('/sh');
  await expect.poll(() => asha.hook('canned-option').count()).toBe(1);
  await composer.press('Enter');
  await expect.poll(() => composer.inputValue()).toBe('Hi Rina, we ship in 2 days. — Asha');
  await bilal.hook('composer').locator('textarea').fill('Yes, three left!');
  await Promise.all([composer.press('Enter'), bilal.hook('composer').locator('textarea').press('Enter')]);
  await expect.poll(() => rina.widget('message').last().innerText(), { timeout: 10_000 }).toContain('Hi Rina, we ship in 2 days. — Asha');
  await expect.poll(() => tomas.widget('message').last().innerText(), { timeout: 10_000 }).toContain('Yes, three left!');

  // Labels: Asha tags Rina's conversation VIP, and the VIP filter shows it alone.
  await asha.hook('conversation-more').click();
  await asha.hook('edit-labels').click();
  await asha.hook('label-option').click();
  await asha.page.locator('[data-hook="labels-modal"] [data-hook="baseModalLayout-primary-button"]').click();
  await expect.poll(() => asha.hook('conversation-label').innerText()).toContain('VIP');
  await asha.hook('label-filter').click();
  await expect.poll(() => asha.hook('conversation-row').count()).toBe(1);
  expect(await asha.hook('conversation-row').innerText()).toContain('Rina');
  // Views and a label combine; the label's button turns its filter off again.
  await asha.hook('view-closed').click();
  await expect.poll(() => asha.hook('list-empty').count()).toBe(1);
  await asha.hook('view-open').click();
  await asha.hook('label-filter').click();
  await expect.poll(() => asha.hook('conversation-row').count()).toBe(2);

  // Assignment: Asha hands Rina over to Bilal with a note; it appears under Bilal's "Mine", live.
  await bilal.hook('view-mine').click();
  await expect.poll(() => bilal.hook('list-empty').count()).toBe(1);
  await asha.hook('assign').click();
  await asha.page.locator('[data-hook="assign-modal"]').getByText('Test team').or(asha.page.locator('[data-hook="assign-modal"]').getByText(/Bilal|bilal|Nakshi Crafts/)).first().click();
  await asha.hook('transfer-note').locator('textarea').fill('She is a VIP, please follow up tomorrow.');
  await asha.page.locator('[data-hook="assign-modal"] [data-hook="baseModalLayout-primary-button"]').click();
  await expect.poll(() => asha.hook('conversation-assignee').innerText()).toContain('Assigned to');
  await expect.poll(() => bilal.hook('conversation-row').count(), { timeout: 10_000 }).toBe(1);
  expect(await bilal.hook('conversation-row').innerText()).toContain('Rina');
  await bilal.hook('conversation-row').click();
  await expect.poll(() => bilal.hook('note').innerText(), { timeout: 10_000 }).toContain('please follow up tomorrow');
  expect(await rina.shop.locator('#kotha-widget').evaluate((host) => host.shadowRoot?.textContent ?? '')).not.toContain('follow up tomorrow');

  // A notification for a conversation not on screen: Bilal has Rina's open; the other shopper writes.
  // Rina's new message is on Bilal's screen: no alert. The other shopper's is not: alert.
  await rina.widget('composer').fill('Thank you both!');
  await rina.widget('send').click();
  await expect.poll(() => bilal.hook('message').last().innerText(), { timeout: 10_000 }).toContain('Thank you both!');
  await tomas.widget('composer').fill('Can you gift-wrap it?');
  await tomas.widget('send').click();
  await expect.poll(() => notifications(bilal.page), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ body: 'Can you gift-wrap it?' }));
  expect((await notifications(bilal.page)).some((n) => n.body.includes('Thank you both'))).toBe(false);
  await expect.poll(() => bilal.page.title()).toMatch(/\(1\)/);

  // The transcript, as text; and the whole range as CSV.
  await asha.hook('conversation-more').click();
  const [transcript] = await Promise.all([asha.page.waitForEvent('download'), asha.hook('download-transcript').click()]);
  const text = await readFile((await transcript.path())!, 'utf8');
  expect(text).toContain('Conversation with Rina <rina@example.com>');
  expect(text).toMatch(/Rina: Do you ship to Sylhet\?/);
  expect(text).toContain('Asha: Hi Rina, we ship in 2 days.');
  expect(text).not.toContain('follow up tomorrow');
  await asha.hook('pages').getByText('Team & tools').click();
  const [csv] = await Promise.all([asha.page.waitForEvent('download'), asha.hook('export-csv').click()]);
  const rows = await readFile((await csv.path())!, 'utf8');
  expect(rows.split('\r\n')[0]).toBe('"conversation","visitor","email","status","created","time","author","text"');
  expect(rows).toContain('"Can you gift-wrap it?"');

  for (const page of [rina.shop, tomas.shop]) await page.close();
  await asha.close();
  await bilal.close();
});

it('blocks a shopper: they see a polite notice, their messages are refused, and unblocking lets them back', async () => {
  makePremium(suite.stack.siteId);
  const troll = await openShop('You are all idiots');
  const asha = await openInbox('asha');
  await rowFor(asha.page, 'idiots').click();
  await asha.hook('conversation-more').click();
  await asha.hook('block-shopper').click();
  await asha.hook('block-reason').locator('input').fill('Abusive language');
  await asha.page.locator('[data-hook="block-modal"] [data-hook="baseModalLayout-primary-button"]').click();
  await expect.poll(() => asha.page.locator('[data-hook="block-modal"]').count()).toBe(0);

  await troll.widget('composer').fill('Still here');
  await troll.widget('send').click();
  await expect.poll(() => troll.widget('blocked').innerText(), { timeout: 10_000 }).toContain("isn't accepting chat messages");
  expect(await troll.widget('composer').count()).toBe(0);
  await expect.poll(() => rowFor(asha.page, 'Still here').count()).toBe(0);

  await asha.hook('pages').getByText('Team & tools').click();
  await expect.poll(() => asha.hook('blocked-row').innerText()).toContain('Abusive language');
  await asha.hook('unblock').click();
  await expect.poll(() => asha.hook('blocked-row').count()).toBe(0);
  await troll.shop.reload();
  await troll.widget('launcher').click();
  await troll.widget('composer').fill('Sorry about earlier');
  await troll.widget('send').click();
  await expect.poll(() => troll.widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  await troll.shop.close();
  await asha.close();
});

it('snoozes a conversation out of Open, and brings it back when the shopper writes', async () => {
  const shopper = await openShop('Please check the restock date');
  const asha = await openInbox('asha');
  await rowFor(asha.page, 'restock').click();
  await asha.hook('snooze').click();
  await asha.page.locator('[data-hook="snooze-modal"] [data-hook="baseModalLayout-primary-button"]').click();
  // Snoozing moves the agent on to the next open conversation; the snoozed one shows its time under Snoozed.
  await expect.poll(() => rowFor(asha.page, 'restock').count()).toBe(0);
  await asha.hook('view-snoozed').click();
  await expect.poll(() => rowFor(asha.page, 'restock').count()).toBe(1);
  await rowFor(asha.page, 'restock').click();
  await expect.poll(() => asha.hook('conversation-status').innerText()).toContain('Snoozed until');
  await asha.hook('view-open').click();
  await shopper.widget('composer').fill('Any news on the restock?');
  await shopper.widget('send').click();
  await expect.poll(() => rowFor(asha.page, 'Any news').count(), { timeout: 10_000 }).toBe(1);
  expect(await asha.hook('conversation-status').getAttribute('data-status')).toBe('open');
  await shopper.shop.close();
  await asha.close();
});
