/** The merchant sets the widget's look in the dashboard; the shop's launcher takes it at once, readable. */
import { expect, it } from 'vitest';
import { browserSuite } from '../support/e2e-suite';
import { newSiteId } from '../support/api-harness';
import { LEGACY_EMBEDDED_SCRIPT, templateParameters } from '../../plugin/src/manifest';
import TELUGU from '../../widget/src/locales/te';

const suite = browserSuite();

it('moves, raises and recolours the launcher as the merchant chose', async () => {
  const dashboard = await suite.browser.newPage();
  await dashboard.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#widget`);
  const hook = (name: string) => dashboard.locator(`[data-hook="${name}"]`);
  await hook('widget-team').locator('input').fill('Nakshi Crafts');
  await hook('widget-accent').fill('#ffd400');
  await dashboard.getByText('Bottom left', { exact: true }).click();
  await hook('widget-offset').locator('input').fill('80');
  await hook('widget-launcher-text').locator('input').fill('Chat with us <b>now</b>');
  // The merchant fixes the chat's language: Telugu, whatever the page or browser says.
  await hook('widget-locale').click();
  await dashboard.getByText('తెలుగు (te)').click();
  await hook('widget-save').click();
  await expect.poll(() => hook('widget-saved').count()).toBe(1);

  const shop = await suite.browser.newPage({ viewport: { width: 1200, height: 800 } });
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const launcher = shop.locator('#kotha-widget [data-kotha="launcher"]');
  await launcher.waitFor();
  const look = await launcher.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { left: box.left, bottomGap: innerHeight - box.bottom, background: style.backgroundColor, color: style.color };
  });
  expect(look.left).toBeLessThan(100);
  expect(look.bottomGap).toBeGreaterThanOrEqual(100);
  expect(look.background).toBe('rgb(255, 212, 0)');
  // Dark text on yellow: readable.
  expect(look.color).toBe('rgb(17, 17, 20)');
  // The merchant's words show as text (never markup), and lead the button's accessible name.
  expect(await launcher.innerText()).toBe('Chat with us <b>now</b>');
  expect(await launcher.getAttribute('aria-label')).toBe('Chat with us <b>now</b>');
  await launcher.click();
  await expect.poll(() => shop.locator('#kotha-widget [data-kotha="composer"]').getAttribute('placeholder')).toBe(TELUGU.placeholder);
  await dashboard.close();
  await shop.close();
});

it('asks the owner to update Kotha in Wix when the site runs an older version, on save and on every load until then', async () => {
  // A site whose app version still declares the legacy embed parameters: Wix refuses the new embed.
  const siteId = newSiteId();
  suite.stack.wix.sites.set(siteId, { embedParameters: templateParameters(LEGACY_EMBEDDED_SCRIPT.template), properties: { businessName: 'Old Crafts' } });
  await suite.stack.api.sites.provision(siteId, { teamName: 'Old Crafts' }, Date.now());
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await page.goto(`${suite.stack.dashboardUrl(siteId)}#widget`);
  await hook('widget-save').waitFor();
  expect(await hook('widget-update-required').count()).toBe(0);
  await hook('widget-greeting').locator('textarea').fill('Hello from the old site');
  await hook('widget-save').click();
  const banner = hook('widget-update-required');
  await banner.waitFor({ timeout: 10_000 });
  // What it changes and what to do, in words.
  expect(await banner.innerText()).toContain('Update Kotha in Wix');
  expect(await banner.innerText()).toContain('Manage Apps');
  await page.reload();
  await hook('widget-save').waitFor();
  await hook('widget-update-required').waitFor({ timeout: 10_000 });

  // The owner updates the app: the next save embeds, and the banner goes.
  suite.stack.wix.sites.get(siteId)!.embedParameters = undefined;
  await hook('widget-save').click();
  await expect.poll(() => hook('widget-update-required').count(), { timeout: 10_000 }).toBe(0);
  await page.close();
});
