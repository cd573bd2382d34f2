/**
 * The loader on a Wix site: Wix runs the embedded script again on every navigation inside
 * the site; the loader stays silent then and tells the team the new page, once, and only
 * with the shopper's Analytics consent (read through Wix's consent API). A site still on
 * the legacy embed parameters loads as before.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_VIEW_PATH, ROUTES, type InboxResponse, type ShopperContext } from '@kotha/common/contract';
import { DEMO_AGENT_UID } from '../../scripts/local-stack';
import { instanceFor, newSiteId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

async function newSite(): Promise<string> {
  const siteId = newSiteId();
  suite.stack.wix.sites.set(siteId, { properties: { businessName: 'Nakshi Crafts' } });
  await suite.stack.api.sites.provision(siteId, { teamName: 'Nakshi Crafts' }, Date.now());
  return siteId;
}

/** The pages the team sees for the site's one conversation. */
async function pagesSeen(siteId: string): Promise<string[]> {
  const headers = { authorization: `Instance ${instanceFor(siteId, { uid: DEMO_AGENT_UID })}` };
  const inbox = (await (await fetch(`${suite.stack.urls.api}${ROUTES.inbox}`, { headers })).json()) as InboxResponse;
  const id = inbox.conversations[0]?.id;
  if (!id) return [];
  const context = (await (await fetch(`${suite.stack.urls.api}${ROUTES.shopperContext(id)}`, { headers })).json()) as ShopperContext;
  return context.pages.map((p) => new URL(p.url).search);
}

/** A shopper on the site who has chatted (so their page views count), with what the console and the network saw. */
async function shopperWhoChatted(siteId: string, policy?: { functional: boolean; analytics: boolean }, embed = '') {
  const context = await suite.browser.newContext();
  // Wix's consent policy as the site's page exposes it, before any script runs.
  if (policy) await context.addInitScript((p) => Object.assign(window, { consentPolicyManager: { getCurrentConsentPolicy: () => ({ defaultPolicy: false, policy: { essential: true, ...p } }) } }), policy);
  const shop = await context.newPage();
  const console: string[] = [];
  shop.on('console', (message) => (message.type() === 'warning' || message.type() === 'error') && console.push(`${message.type()}: ${message.text()}`));
  shop.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  const beacons: string[] = [];
  shop.on('request', (request) => request.url().endsWith(PAGE_VIEW_PATH) && beacons.push(JSON.parse(request.postData() ?? '{}').url));
  await shop.goto(`${suite.stack.baseUrl}/?site=${siteId}${embed}`);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').click();
  await widget('composer').fill('Is the blue quilt in stock?');
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  return { shop, console, beacons, close: () => context.close() };
}

/** What Wix does on a navigation inside the site: a new address, then the embed injected again. */
async function navigateAsWix(shop: Page, search: string): Promise<void> {
  await shop.evaluate((next) => {
    history.pushState({}, '', next);
    document.title = `Nakshi Crafts ${next}`;
    const embedded = document.querySelector('script[src*="loader"]')!;
    const again = document.createElement('script');
    for (const { name, value } of Array.from(embedded.attributes)) again.setAttribute(name, value);
    document.body.append(again);
  }, search);
}

it('runs again silently on every navigation and reports each new page once', async () => {
  const siteId = await newSite();
  const { shop, console, beacons, close } = await shopperWhoChatted(siteId);
  await navigateAsWix(shop, `?site=${siteId}&page=quilts`);
  await expect.poll(() => pagesSeen(siteId), { timeout: 10_000 }).toContain(`?site=${siteId}&page=quilts`);
  await navigateAsWix(shop, `?site=${siteId}&page=scarves`);
  await expect.poll(() => pagesSeen(siteId), { timeout: 10_000 }).toContain(`?site=${siteId}&page=scarves`);
  // The same page again (an embed injected twice): nothing more is sent.
  const sent = beacons.length;
  await navigateAsWix(shop, `?site=${siteId}&page=scarves`);
  await shop.waitForTimeout(1500);
  expect(beacons.length).toBe(sent);
  expect(beacons.filter((url) => url.endsWith('page=scarves'))).toHaveLength(1);
  // One widget, one launcher, and not a word in the console.
  expect(await shop.locator('#kotha-widget').count()).toBe(1);
  expect(console).toEqual([]);
  await close();
});

it('tells the team the pages only with the shopper’s Analytics consent', async () => {
  const refusing = await newSite();
  const without = await shopperWhoChatted(refusing, { functional: true, analytics: false });
  await navigateAsWix(without.shop, `?site=${refusing}&page=quilts`);
  await without.shop.goto(`${suite.stack.baseUrl}/?site=${refusing}&page=scarves`);
  await without.shop.locator('#kotha-widget [data-kotha="launcher"]').waitFor();
  await without.shop.waitForTimeout(1500);
  expect(without.beacons).toEqual([]);
  expect(await pagesSeen(refusing)).toEqual([]);
  await without.close();

  const allowing = await newSite();
  const withConsent = await shopperWhoChatted(allowing, { functional: true, analytics: true });
  await navigateAsWix(withConsent.shop, `?site=${allowing}&page=quilts`);
  await expect.poll(() => pagesSeen(allowing), { timeout: 10_000 }).toContain(`?site=${allowing}&page=quilts`);
  expect(withConsent.console).toEqual([]);
  await withConsent.close();
});

it('still loads on a site whose embed has the legacy parameters', async () => {
  const siteId = await newSite();
  await suite.stack.api.sites.save(siteId, { launcherSide: 'left', accentColor: '#ffd400' }, Date.now());
  const { shop, console, close } = await shopperWhoChatted(siteId, undefined, '&embed=legacy');
  expect(await shop.locator('script[data-site][data-accent]').count()).toBe(1);
  const launcher = shop.locator('#kotha-widget [data-kotha="launcher"]');
  expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 212, 0)');
  expect(console).toEqual([]);
  await close();
});
